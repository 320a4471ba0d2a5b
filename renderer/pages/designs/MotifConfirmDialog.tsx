import type { Localized } from '../../../model/localized';
import { useI18n, type MessageKey } from '../../i18n';
import { Dialog, DialogActions } from '../library/Dialog';

/**
 * "Confirm the use of these motifs first": the reasons the gate gave, a cancel button and one that
 * goes ahead with the confirmation (placing from the library panel, pasting from another design).
 */
export function MotifConfirmDialog({ reasons, confirmLabel, onConfirm, onCancel }: { reasons: Localized[]; confirmLabel: MessageKey; onConfirm: () => void; onCancel: () => void }) {
  const { t, l } = useI18n();
  return (
    <Dialog title={t('libp.confirm.title')} onClose={onCancel}>
      {reasons.map((reason, i) => (
        <p key={i} className="lib-intro">
          {l(reason)}
        </p>
      ))}
      <DialogActions cancel={t('new.cancel')} onCancel={onCancel} confirm={t(confirmLabel)} onConfirm={onConfirm} />
    </Dialog>
  );
}
