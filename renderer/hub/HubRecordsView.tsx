import { useCallback, useEffect, useState } from 'react';
import { USAGE_LABELS, type UsageLabelId } from '../../model/motif/labels';
import type { HubRecordSummary } from '../api/hub-client';
import { useI18n, type MessageKey } from '../i18n';
import { useNotifyError } from '../shell/notify';
import { useHub } from './HubContext';
import { HubRecordDetail } from './HubRecordDetail';
import type { HubView } from './views';

/** One records view (review queue, all, published, mine): the list on the left, the chosen motif on the right. */
export function HubRecordsView({ view }: { view: HubView }) {
  const { api, session } = useHub();
  const { t, l, lang } = useI18n();
  const notify = useNotifyError();
  const [records, setRecords] = useState<HubRecordSummary[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  const reload = useCallback(() => {
    api.records().then((all) => setRecords(all.filter((r) => view.shows?.(r, session.name) ?? true)), notify);
  }, [api, view, session.name, notify]);
  useEffect(reload, [reload]);

  const labelName = (id: string) => (id in USAGE_LABELS ? l(USAGE_LABELS[id as UsageLabelId].name) : id);
  const statusName = (status: string) => t(`status.${status}` as MessageKey);

  return (
    <div className="library-page hub-records">
      <div className="lib-top">
        <h1 className="lib-title">{t(view.label)}</h1>
        <button type="button" onClick={reload}>
          {t('hub.records.reload')}
        </button>
      </div>
      <div className="lib-body">
        <div className="lib-grid-wrap">
          {records && records.length === 0 && <p className="lib-none">{t('hub.records.none')}</p>}
          <ul className="hub-list" aria-label={t('hub.records.list')}>
            {records?.map((r) => {
              const name = lang === 'en' ? r.names.en || r.names.zh : r.names.zh;
              return (
                <li key={r.id}>
                  <button type="button" className={r.id === openId ? 'hub-row active' : 'hub-row'} aria-pressed={r.id === openId} aria-label={t('hub.records.open', { name, status: statusName(r.status) })} onClick={() => setOpenId(r.id)}>
                    <span className="motif-name-zh">{name}</span>
                    <span className="motif-tags">
                      <span className={`status-tag status-${r.status}`}>{statusName(r.status)}</span>
                      <span className={`label-badge label-${r.usageLabel}`}>{labelName(r.usageLabel)}</span>
                      {r.owner && <span className="muted small">{t('hub.records.owner', { owner: r.owner })}</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
        {openId ? (
          <HubRecordDetail key={openId} id={openId} onClose={() => setOpenId(null)} onChanged={reload} />
        ) : (
          <aside className="detail-panel muted">{t('hub.detail.none')}</aside>
        )}
      </div>
    </div>
  );
}
