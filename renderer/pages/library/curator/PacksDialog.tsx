import { useState } from 'react';
import type { PackPlanDto } from '../../../../model/api/packs';
import type { Localized } from '../../../../model/localized';
import { USAGE_LABELS, type UsageLabelId } from '../../../../model/motif/labels';
import { useApi } from '../../../api/context';
import { useI18n, type MessageKey } from '../../../i18n';
import { errorText } from '../../../shell/notify';
import { Dialog } from '../Dialog';
import { downloadBase64, readFileBase64 } from '../files';
import { shortTime, statusKey } from '../names';

type PlanChange = PackPlanDto['items'][number]['changes'][number];

/**
 * Motif packs: export the selected (or all published) motifs as one .jxpack, and import
 * a pack in two steps, first the plan (new / update / unchanged / conflict / refused with
 * reasons, and every change of label, status and artwork), then apply.
 */
export function PacksDialog({ selected, onApplied, onClose }: { selected: string[]; onApplied: () => void; onClose: () => void }) {
  const api = useApi();
  const { t, l } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<Localized | null>(null);
  const [plan, setPlan] = useState<{ base64: string; plan: PackPlanDto; applied: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  /** a change's value in words: label and status names translated, artwork as stored */
  const valueText = (c: PlanChange, v: string | null) => {
    if (v === null) return '—';
    if (c.field === 'label') return v in USAGE_LABELS ? l(USAGE_LABELS[v as UsageLabelId].name) : v;
    if (c.field === 'status') return t(statusKey(v));
    return v;
  };

  async function attempt(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await work();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  const exportPack = (ids?: string[]) =>
    attempt(async () => {
      const pack = await api.call('packs.export', ids ? { ids } : {});
      downloadBase64(pack.base64, pack.fileName, 'application/zip');
      setMessage(t('packs.exported', { n: pack.count, file: pack.fileName }));
    });

  const previewPack = (file: File) =>
    attempt(async () => {
      setPlan(null);
      const base64 = await readFileBase64(file);
      setPlan({ base64, plan: await api.call('packs.preview', { base64 }), applied: false });
    });

  const applyPack = () =>
    attempt(async () => {
      if (!plan) return;
      const result = await api.call('packs.apply', { base64: plan.base64 });
      setPlan({ ...plan, plan: result, applied: true });
      setMessage(t('packs.applied'));
      onApplied();
    });

  return (
    <Dialog title={t('packs.title')} onClose={onClose} wide>
      <p className="lib-intro">{t('packs.intro')}</p>
      <div className="lib-form-actions start">
        <button type="button" disabled={busy || selected.length === 0} onClick={() => void exportPack(selected)}>
          {t('packs.exportSelected', { n: selected.length })}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void exportPack()}>
          {t('packs.exportAll')}
        </button>
      </div>
      <label className="file-pick">
        {t('packs.importFile')}
        <input
          type="file"
          accept=".jxpack,application/zip"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void previewPack(file);
          }}
        />
      </label>
      {plan && (
        <section aria-labelledby="pack-plan-title">
          <h3 id="pack-plan-title">{t('packs.plan')}</h3>
          <p className="muted">{t('packs.planFrom', { creator: plan.plan.creator, date: shortTime(plan.plan.createdAt) })}</p>
          <ul className="pack-plan">
            {plan.plan.items.map((item) => (
              <li key={item.id} className={`plan-${item.action}`}>
                <span className="plan-action">{t(`packs.action.${item.action}` as MessageKey)}</span> {item.names.zh} <span className="muted">{item.names.en}</span>
                {item.reason && <div className="muted">{l(item.reason)}</div>}
                {item.changes.length > 0 && (
                  <ul className="pack-changes" aria-label={t('packs.changes', { name: item.names.zh })}>
                    {item.changes.map((c) => (
                      <li key={c.field}>
                        {t(`packs.change.${c.field}` as MessageKey)}: {valueText(c, c.from)} → {valueText(c, c.to)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {plan.plan.signers
            .filter((s) => !s.trustedHere)
            .map((s) => (
              <p key={s.fingerprint} className="muted">
                {t('packs.untrustedSigner', { name: s.name, fingerprint: s.fingerprint.slice(0, 16) })}
              </p>
            ))}
          {!plan.applied && (
            <button type="button" className="primary" disabled={busy} onClick={() => void applyPack()}>
              {t('packs.apply')}
            </button>
          )}
        </section>
      )}
      {message && (
        <p className="lib-ok" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {l(error)}
        </p>
      )}
      <div className="lib-form-actions">
        <button type="button" onClick={onClose}>
          {t('cur.done')}
        </button>
      </div>
    </Dialog>
  );
}
