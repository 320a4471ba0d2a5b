import { useState } from 'react';
import { useI18n } from '../../i18n';
import { Dialog, DialogActions } from '../library/Dialog';

/** Asked when a new QR code has no product to take its GS1 Digital Link from: which address it should open. */
export function QrAddressDialog({ onAdd, onClose }: { onAdd: (address: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [address, setAddress] = useState('');
  return (
    <Dialog title={t('cmp.qr.ask')} onClose={onClose}>
      <form
        className="lib-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (address.trim()) onAdd(address.trim());
        }}
      >
        <p>{t('cmp.qr.ask.why')}</p>
        <label>
          <span>{t('cmp.qr.ask.address')}</span>
          <input type="url" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="https://" required />
        </label>
        <DialogActions cancel={t('new.cancel')} onCancel={onClose} confirm={t('cmp.qr.ask.add')} disabled={!address.trim()} />
      </form>
    </Dialog>
  );
}
