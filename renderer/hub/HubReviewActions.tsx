import { useState } from 'react';
import type { Localized } from '../../model/localized';
import { USAGE_LABELS, type UsageLabelId } from '../../model/motif/labels';
import type { SignedAction } from '../../model/trust/statements';
import type { HubRecordDetail } from '../api/hub-client';
import { useI18n, type MessageKey } from '../i18n';
import { UsageLabelOptions } from '../shell/UsageLabelOptions';
import { errorText } from '../shell/notify';
import { useHub } from './HubContext';

/** What a curator may sign for each status; the hub judges the result from the signatures. */
const ACTIONS_BY_STATUS: Record<string, SignedAction[]> = {
  draft: ['submit'],
  withdrawn: ['submit'],
  'in-review': ['approve', 'request-changes'],
  published: ['withdraw', 'label'],
};
const NEEDS_LABEL = new Set<SignedAction>(['approve', 'label']);
const NEEDS_REASON = new Set<SignedAction>(['withdraw', 'request-changes']);

/**
 * A curator's signed review actions through `POST /api/records/:id/sign` (cookie + CSRF token).
 * A refusal (key not in the trust file, key locked) is shown right under the buttons.
 */
export function HubReviewActions({ detail, onSigned }: { detail: HubRecordDetail; onSigned: () => void }) {
  const { api, session } = useHub();
  const { t, l } = useI18n();
  const [label, setLabel] = useState<UsageLabelId>(detail.usageLabel as UsageLabelId);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Localized | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = ACTIONS_BY_STATUS[detail.status] ?? [];

  async function sign(action: SignedAction) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const target = { ...(NEEDS_LABEL.has(action) ? { label } : {}), ...(NEEDS_REASON.has(action) ? { reason: reason.trim() } : {}) };
      const result = await api.sign(detail.record.id, action, target);
      setReason('');
      setDone(t('hub.action.done', { status: t(`status.${result.status}` as MessageKey), label: l(USAGE_LABELS[result.usageLabel as UsageLabelId]?.name) || result.usageLabel }));
      onSigned();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="wf-actions detail-section" aria-labelledby="hub-actions-title">
      <h3 id="hub-actions-title">{t('hub.actions')}</h3>
      {!session.canSign ? (
        <p className="caution">{t('hub.keyLocked')}</p>
      ) : (
        <>
          <p className="muted small">{t('hub.actions.explain')}</p>
          {actions.some((a) => NEEDS_LABEL.has(a)) && (
            <label className="hub-field">
              {t('hub.action.labelChoice')}
              <select value={label} onChange={(e) => setLabel(e.target.value as UsageLabelId)}>
                <UsageLabelOptions />
              </select>
            </label>
          )}
          {actions.some((a) => NEEDS_REASON.has(a)) && (
            <label className="hub-field">
              {t('hub.action.reason')}
              <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
            </label>
          )}
          <div className="wf-buttons">
            {actions.map((action) => (
              <button key={action} type="button" className={action === 'approve' ? 'primary' : undefined} disabled={busy || (NEEDS_REASON.has(action) && !reason.trim())} onClick={() => void sign(action)}>
                {t(`hub.action.${action}` as MessageKey)}
              </button>
            ))}
          </div>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {l(error)}
        </p>
      )}
      {done && (
        <p className="lib-ok" role="status">
          {done}
        </p>
      )}
    </section>
  );
}
