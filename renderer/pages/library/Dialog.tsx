import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n';

/**
 * A modal on the native <dialog>: the browser traps focus, Escape closes, and the
 * title names the dialog for screen readers and tests (role "dialog" + name).
 */
export function Dialog({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useI18n();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'lib-dialog wide' : 'lib-dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="lib-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="lib-dialog-x" aria-label={t('lib.dialog.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="lib-dialog-body">{children}</div>
    </dialog>
  );
}

/**
 * The foot row of a dialog: "cancel" on the left, the one primary action on the right. The
 * primary button submits the dialog's form unless it has its own click; it is disabled while
 * the action runs (so a double click cannot send it twice) or while the form is not ready.
 */
export function DialogActions({ cancel, onCancel, confirm, onConfirm, disabled = false }: { cancel: string; onCancel: () => void; confirm: string; onConfirm?: () => void; disabled?: boolean }) {
  return (
    <div className="lib-form-actions">
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
      <button type={onConfirm ? 'button' : 'submit'} className="primary" disabled={disabled} onClick={onConfirm}>
        {confirm}
      </button>
    </div>
  );
}
