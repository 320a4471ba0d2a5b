import { useCallback, useEffect, useState } from 'react';
import { hubRoleMay } from '../../model/hub/protocol';
import { USAGE_LABELS, type UsageLabelId } from '../../model/motif/labels';
import type { HubRecordDetail as Detail } from '../api/hub-client';
import { useI18n, type MessageKey } from '../i18n';
import { ProvenanceSection } from '../pages/library/detail/ProvenanceSection';
import { shortTime } from '../pages/library/names';
import { useNotifyError } from '../shell/notify';
import { useHub } from './HubContext';
import { HubReviewActions } from './HubReviewActions';

/**
 * One motif on the hub: artwork, provenance (the library's own section), every signature and,
 * for curators and the steward, the hub's audit trail. Review actions only for a role that signs.
 */
export function HubRecordDetail({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) {
  const { api, session } = useHub();
  const { t, l } = useI18n();
  const notify = useNotifyError();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [artwork, setArtwork] = useState<string | null>(null);

  const load = useCallback(() => {
    api.record(id).then(setDetail, notify);
  }, [api, id, notify]);
  useEffect(load, [load]);

  const file = detail ? (detail.record.artwork.vector ?? detail.record.artwork.rasters[0]) : undefined;
  const sha = file ? detail?.record.artwork.sha256[file] : undefined;
  useEffect(() => {
    if (!file || !sha) return;
    let url: string | null = null;
    let live = true;
    api.artworkUrl(sha, file).then((u) => {
      url = u;
      if (live) setArtwork(u);
      else URL.revokeObjectURL(u);
    }, () => setArtwork(null));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, file, sha]);

  if (!detail) return <aside className="detail-panel" aria-busy="true" />;
  const record = detail.record;
  const labelName = (label: string) => (label in USAGE_LABELS ? l(USAGE_LABELS[label as UsageLabelId].name) : label);
  const statusName = (status: string) => t(`status.${status}` as MessageKey);

  return (
    <aside className="detail-panel" aria-labelledby="hub-detail-title">
      <div className="detail-head">
        <div style={{ flex: 1 }}>
          <h2 id="hub-detail-title">{record.names.zh}</h2>
          <p className="detail-en">{record.names.en}</p>
        </div>
        <button type="button" className="detail-close" aria-label={t('hub.detail.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {artwork && (
        <div className="artwork-frame">
          <img src={artwork} alt={t('hub.detail.artwork')} style={{ maxWidth: '100%', maxHeight: '100%' }} />
        </div>
      )}
      <dl className="facts">
        <dt>{t('hub.detail.status')}</dt>
        <dd>
          <span className={`status-tag status-${detail.status}`}>{statusName(detail.status)}</span>
        </dd>
        <dt>{t('hub.detail.label')}</dt>
        <dd>
          <span className={`label-badge label-${detail.usageLabel}`}>{labelName(detail.usageLabel)}</span>
        </dd>
        {detail.owner && (
          <>
            <dt>{t('hub.detail.owner')}</dt>
            <dd>{detail.owner}</dd>
          </>
        )}
      </dl>
      {hubRoleMay(session.role, 'records.sign') && (
        <HubReviewActions
          detail={detail}
          onSigned={() => {
            load();
            onChanged();
          }}
        />
      )}
      <ProvenanceSection record={record} />
      <section className="detail-section" aria-labelledby="hub-sig-title">
        <h3 id="hub-sig-title">{t('hub.detail.signatures')}</h3>
        {(record.signatures ?? []).length === 0 ? (
          <p className="muted">{t('hub.detail.noSignatures')}</p>
        ) : (
          <ol className="history" aria-label={t('hub.detail.signatures')}>
            {(record.signatures ?? []).map((s, i) => (
              <li key={`${s.statement.key}-${s.statement.at}-${i}`}>
                <span className="when">{shortTime(s.statement.at)}</span> <strong className="who">{s.statement.signer}</strong>{' '}
                <span className="what">{t(`sig.action.${s.statement.action}` as MessageKey)}</span>
                {s.statement.target.label && <span> “{labelName(s.statement.target.label)}”</span>}
                {s.statement.target.reason && <span className="muted"> — {s.statement.target.reason}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
      {detail.audit && (
        <section className="detail-section" aria-labelledby="hub-audit-title">
          <h3 id="hub-audit-title">{t('hub.detail.audit')}</h3>
          {detail.audit.length === 0 ? (
            <p className="muted">{t('hub.detail.noAudit')}</p>
          ) : (
            <ol className="history" aria-label={t('hub.detail.audit')}>
              {detail.audit.map((entry, i) => {
                const change = entry.detail as { before?: { status: string }; after?: { status: string } } | null;
                return (
                  <li key={i}>
                    <span className="when">{shortTime(entry.at)}</span> <strong className="who">{entry.actor}</strong>{' '}
                    <span className="what">{t(`hub.audit.${entry.action}` as MessageKey)}</span>
                    {change?.before && change.after && <span className="muted"> ({t('hub.audit.change', { before: statusName(change.before.status), after: statusName(change.after.status) })})</span>}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      )}
    </aside>
  );
}
