import { useState, type FormEvent } from 'react';
import type { TrustOverview } from '../../../../model/api/trust';
import type { Localized } from '../../../../model/localized';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { errorText } from '../../../shell/notify';

/** Vouch that an outside key is a distinct person (trusted once two different trusted people vouched). */
export function VouchForm({ onVouched }: { onVouched: (o: TrustOverview) => void }) {
  const api = useApi();
  const { t, l } = useI18n();
  const [publicKey, setPublicKey] = useState('');
  const [name, setName] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [error, setError] = useState<Localized | string | null>(null);
  const [done, setDone] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setDone(false);
    try {
      onVouched(await api.call('trust.vouch', { publicKey: publicKey.trim(), name: name.trim(), fingerprint }));
      setDone(true);
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <form className="lib-form trust-form" onSubmit={submit} aria-labelledby="trust-vouch-title" noValidate>
      <h3 id="trust-vouch-title">{t('trust.vouch')}</h3>
      <p className="muted">{t('trust.vouch.intro')}</p>
      <label>
        {t('trust.vouch.key')}
        <input value={publicKey} onChange={(e) => setPublicKey(e.target.value)} spellCheck={false} autoComplete="off" />
      </label>
      <label>
        {t('trust.vouch.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
      </label>
      <label>
        {t('trust.vouch.fingerprint')}
        <input value={fingerprint} onChange={(e) => setFingerprint(e.target.value)} spellCheck={false} autoComplete="off" />
      </label>
      <button type="submit" disabled={!publicKey.trim() || !name.trim() || !fingerprint.trim()}>
        {t('trust.vouch.button')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {typeof error === 'string' ? error : l(error)}
        </p>
      )}
      {done && <p role="status">{t('trust.vouch.done')}</p>}
    </form>
  );
}
