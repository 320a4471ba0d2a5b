import { useState, type FormEvent } from 'react';
import { HUB_ROLES, type HubRole } from '../../model/hub/protocol';
import type { Localized } from '../../model/localized';
import { formatFingerprint } from '../../model/trust/statements';
import { useI18n, type MessageKey } from '../i18n';
import { errorText } from '../shell/notify';
import { useHub } from './HubContext';

/** The steward's page: add an account, issue the trust file studios import. */
export function HubStewardView() {
  const { api } = useHub();
  const { t, l } = useI18n();
  const [name, setName] = useState('');
  const [role, setRole] = useState<HubRole>('cooperative');
  const [password, setPassword] = useState('');
  const [accountResult, setAccountResult] = useState<{ ok: string } | { error: Localized } | null>(null);
  const [trustResult, setTrustResult] = useState<{ ok: string } | { error: Localized } | null>(null);
  const roleName = (r: HubRole) => t(`hub.role.${r}` as MessageKey);

  async function add(event: FormEvent) {
    event.preventDefault();
    setAccountResult(null);
    try {
      const added = await api.addAccount(name.trim(), role, password);
      setPassword('');
      setName('');
      setAccountResult({
        ok: added.keyFingerprint
          ? t('hub.accounts.addedKey', { role: roleName(added.role), name: added.name, fingerprint: formatFingerprint(added.keyFingerprint) })
          : t('hub.accounts.added', { role: roleName(added.role), name: added.name }),
      });
    } catch (e) {
      setAccountResult({ error: errorText(e) });
    }
  }

  async function issue() {
    setTrustResult(null);
    try {
      await api.issueTrust();
      setTrustResult({ ok: t('hub.trust.issued') });
    } catch (e) {
      setTrustResult({ error: errorText(e) });
    }
  }

  const outcome = (result: { ok: string } | { error: Localized } | null) =>
    result &&
    ('ok' in result ? (
      <p className="lib-ok" role="status">
        {result.ok}
      </p>
    ) : (
      <p className="field-error" role="alert">
        {l(result.error)}
      </p>
    ));

  return (
    <div className="brand-page hub-steward">
      <section aria-labelledby="hub-add-title">
        <h2 id="hub-add-title">{t('hub.accounts.add')}</h2>
        <form className="lib-form hub-form" onSubmit={(e) => void add(e)}>
          <label>
            {t('hub.accounts.name')}
            <input required autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('hub.accounts.role')}
            <select value={role} onChange={(e) => setRole(e.target.value as HubRole)}>
              {HUB_ROLES.map((r) => (
                <option key={r} value={r}>
                  {roleName(r)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('hub.accounts.password')}
            <input type="password" required minLength={10} autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          <div className="lib-form-actions">
            <button type="submit" className="primary">
              {t('hub.accounts.submit')}
            </button>
          </div>
          {outcome(accountResult)}
        </form>
      </section>
      <section aria-labelledby="hub-trust-title">
        <h2 id="hub-trust-title">{t('hub.trust.title')}</h2>
        <p className="lib-intro">{t('hub.trust.explain')}</p>
        <button type="button" onClick={() => void issue()}>
          {t('hub.trust.issue')}
        </button>
        {outcome(trustResult)}
      </section>
    </div>
  );
}
