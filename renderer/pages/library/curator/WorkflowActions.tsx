import { useState } from 'react';
import type { MotifDetail } from '../../../../model/api/library';
import type { Localized } from '../../../../model/localized';
import { USAGE_LABEL_IDS, USAGE_LABELS, type UsageLabelId } from '../../../../model/motif/labels';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { errorText } from '../../../shell/notify';
import { EditDraftDialog } from './EditDraftDialog';
import { NoteDialog } from './NoteDialog';

type Action = 'submit' | 'request-changes' | 'approve' | 'withdraw' | 'resubmit' | 'relabel';
type Asking = 'request-changes' | 'withdraw' | 'resubmit' | 'edit' | null;

/**
 * The buttons a curator sees for the motif's current status. Each action is signed with the
 * curator's key; whether it publishes is shown in the signatures section. A refusal is shown
 * right here, under the button that caused it.
 */
export function WorkflowActions({ detail, onChanged, onReload }: { detail: MotifDetail; onChanged: (d: MotifDetail) => void; onReload: () => void }) {
  const api = useApi();
  const { t, l } = useI18n();
  const [asking, setAsking] = useState<Asking>(null);
  const [error, setError] = useState<Localized | null>(null);
  const record = detail.record;
  const name = record.names.zh;

  const [label, setLabel] = useState<UsageLabelId>(record.usageLabel);

  async function run(action: Action, note?: string): Promise<Localized | null> {
    setError(null);
    try {
      const next = await api.call('library.transition', { id: record.id, action, note: note || undefined, label: action === 'relabel' ? label : undefined });
      setAsking(null);
      onChanged(next);
      return null;
    } catch (err) {
      const message = errorText(err);
      if (!asking) setError(message);
      return message;
    }
  }

  return (
    <section className="wf-actions" aria-label={t('wf.actions')}>
      <div className="wf-buttons">
        {record.status === 'draft' && (
          <>
            <button type="button" onClick={() => setAsking('edit')}>
              {t('edit.open')}
            </button>
            <button type="button" className="primary" onClick={() => void run('submit')}>
              {t('wf.submit')}
            </button>
          </>
        )}
        {record.status === 'in-review' && (
          <>
            <button type="button" className="primary" onClick={() => void run('approve')}>
              {t('wf.approve')}
            </button>
            <button type="button" onClick={() => setAsking('request-changes')}>
              {t('wf.requestChanges')}
            </button>
          </>
        )}
        {record.status === 'published' && (
          <>
            <button type="button" className="danger" onClick={() => setAsking('withdraw')}>
              {t('wf.withdraw')}
            </button>
            <span className="wf-relabel" title={t('wf.relabel.intro')}>
              <select aria-label={t('wf.relabel.label')} value={label} onChange={(e) => setLabel(e.target.value as UsageLabelId)}>
                {USAGE_LABEL_IDS.map((id) => (
                  <option key={id} value={id}>
                    {l(USAGE_LABELS[id].name)}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => void run('relabel')} disabled={label === record.usageLabel}>
                {t('wf.relabel')}
              </button>
            </span>
          </>
        )}
        {record.status === 'withdrawn' && (
          <button type="button" onClick={() => setAsking('resubmit')}>
            {t('wf.resubmit')}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {l(error)}
        </p>
      )}
      {asking === 'edit' && (
        <EditDraftDialog
          detail={detail}
          onSaved={(d) => {
            setAsking(null);
            onChanged(d);
          }}
          onReload={() => {
            setAsking(null);
            onReload();
          }}
          onClose={() => setAsking(null)}
        />
      )}
      {asking === 'request-changes' && (
        <NoteDialog title={t('wf.requestChanges.title', { name })} label={t('wf.requestChanges.note')} required onConfirm={(n) => run('request-changes', n)} onClose={() => setAsking(null)} />
      )}
      {asking === 'withdraw' && (
        <NoteDialog title={t('wf.withdraw.title', { name })} intro={t('wf.withdraw.intro')} label={t('wf.withdraw.reason')} required onConfirm={(n) => run('withdraw', n)} onClose={() => setAsking(null)} />
      )}
      {asking === 'resubmit' && (
        <NoteDialog title={t('wf.resubmit.title', { name })} label={t('wf.resubmit.note')} required={false} onConfirm={(n) => run('resubmit', n)} onClose={() => setAsking(null)} />
      )}
    </section>
  );
}
