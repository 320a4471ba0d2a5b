import { useCallback, useEffect, useState } from 'react';
import type { MotifDetail } from '../../../../model/api/library';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { useNotifyError } from '../../../shell/notify';
import { WorkflowActions } from '../curator/WorkflowActions';
import { craftKey, statusKey } from '../names';
import { ArtworkView } from './ArtworkView';
import { HistorySection } from './HistorySection';
import { ProvenanceSection } from './ProvenanceSection';
import { RulesSection } from './RulesSection';
import { SignaturesSection } from './SignaturesSection';

/** Everything known about one motif, with the curator's actions when curator mode is on. */
export function MotifDetailPanel({ id, curatorActive, onChanged, onClose }: { id: string; curatorActive: boolean; onChanged: () => void; onClose: () => void }) {
  const api = useApi();
  const notify = useNotifyError();
  const { t, l } = useI18n();
  const [detail, setDetail] = useState<MotifDetail | null>(null);

  const load = useCallback(() => {
    api.call('library.get', { id }).then(setDetail, (e) => {
      setDetail(null);
      notify(e);
    });
  }, [api, id, notify]);
  // curator mode may see more (status, review notes): reload when it changes
  useEffect(load, [load, curatorActive]);

  if (!detail || detail.record.id !== id) {
    return (
      <aside className="detail-panel" aria-label={t('detail.title')} aria-busy="true">
        <p className="muted">{t('loading')}</p>
      </aside>
    );
  }
  const r = detail.record;
  const craft = craftKey(r.craft);
  return (
    <aside className="detail-panel" aria-label={t('detail.title')}>
      <header className="detail-head">
        <div>
          <h2 lang="zh-CN">{r.names.zh}</h2>
          <p className="detail-en" lang="en">
            {r.names.en}
            {r.names.miao && <span className="muted"> · {t('detail.miaoName')}: {r.names.miao}</span>}
          </p>
          <p className="motif-tags">
            <span className="craft-tag">{craft ? t(craft) : r.craft}</span>
            {r.techniques.length > 0 && <span className="muted">{r.techniques.join('、')}</span>}
            {curatorActive && <span className={`status-tag status-${r.status}`}>{t(statusKey(r.status))}</span>}
          </p>
        </div>
        <button type="button" className="detail-close" aria-label={t('detail.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {curatorActive && (
        <WorkflowActions
          detail={detail}
          onChanged={(next) => {
            setDetail(next);
            onChanged();
          }}
          onReload={load}
        />
      )}
      {r.withdrawnReason && (
        <p className="caution">
          <strong>{t('detail.withdrawnReason')}：</strong>
          {r.withdrawnReason}
        </p>
      )}
      {curatorActive && r.review.changesRequested && (
        <p className="caution">
          <strong>{t('detail.changesRequested')}：</strong>
          {r.review.changesRequested}
        </p>
      )}
      <ArtworkView id={r.id} name={r.names.zh} version={r.version} />
      <p className="muted small">{t('detail.minPrint', { mm: r.artwork.minPrintMm })}</p>
      <RulesSection detail={detail} />
      <section className="detail-section" aria-labelledby="summary-title">
        <h3 id="summary-title">{t('detail.summary')}</h3>
        <p>{l(r.summary)}</p>
        <h4>{t('detail.meaning')}</h4>
        <p lang="zh-CN">{r.meaning.zh.text}</p>
        <p className="source">
          {t('detail.source')}：{r.meaning.zh.source}
        </p>
        <p lang="en">{r.meaning.en.text}</p>
        <p className="source">
          {t('detail.source')}: {r.meaning.en.source}
        </p>
      </section>
      <ProvenanceSection record={r} />
      {curatorActive && <SignaturesSection detail={detail} />}
      <HistorySection detail={detail} />
    </aside>
  );
}
