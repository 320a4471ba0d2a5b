import { useState, type FormEvent } from 'react';
import type { Localized } from '../../../../model/localized';
import { useI18n } from '../../../i18n';
import { Dialog, DialogActions } from '../Dialog';

/** Asks for the note a transition carries: required for withdraw and request-changes. */
export function NoteDialog({ title, intro, label, required, onConfirm, onClose }: {
  title: string;
  intro?: string;
  label: string;
  required: boolean;
  onConfirm: (note: string) => Promise<Localized | null>;
  onClose: () => void;
}) {
  const { t, l } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (required && !note.trim()) return setError(t('wf.noteRequired'));
    setBusy(true);
    const refused = await onConfirm(note.trim());
    setBusy(false);
    if (refused) setError(l(refused));
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="lib-form" onSubmit={submit} noValidate>
        {intro && <p className="lib-intro">{intro}</p>}
        <label>
          {label}
          <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} autoFocus aria-invalid={!!error} />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <DialogActions cancel={t('cur.cancel')} onCancel={onClose} confirm={t('wf.confirm')} disabled={busy} />
      </form>
    </Dialog>
  );
}
