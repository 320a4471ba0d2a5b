import { useState, type FormEvent } from 'react';
import type { HubSession } from '../../model/hub/protocol';
import type { Localized } from '../../model/localized';
import type { HubApi } from '../api/hub-client';
import { useI18n } from '../i18n';
import { errorText } from '../shell/notify';

/** Name and password; the hub's refusal (wrong password, too many tries) is shown in the chosen language. */
export function HubLogin({ api, ended, onLoggedIn }: { api: HubApi; ended: boolean; onLoggedIn: (session: HubSession) => void }) {
  const { t, l } = useI18n();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Localized | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await api.login(name.trim(), password);
      setPassword('');
      onLoggedIn(session);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="hub-login" aria-labelledby="hub-login-title">
      <h1 id="hub-login-title">{t('hub.login.title')}</h1>
      <p className="lib-intro">{t('hub.login.explain')}</p>
      {ended && (
        <p className="caution" role="status">
          {t('hub.login.ended')}
        </p>
      )}
      <form className="lib-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('hub.login.name')}
          <input name="username" autoComplete="username" required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('hub.login.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {l(error)}
          </p>
        )}
        <div className="lib-form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('hub.login.working') : t('hub.login.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
