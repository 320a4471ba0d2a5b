import { useState, type FormEvent } from 'react';
import type { CuratorStatus } from '../../../../model/api/curator';
import type { Localized } from '../../../../model/localized';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { errorText } from '../../../shell/notify';
import { Dialog, DialogActions } from '../Dialog';

const MIN_PASSPHRASE = 8;

/**
 * Entering curator mode. With no curator yet this sets up the first one (name and the
 * passphrase twice); otherwise it asks for name and passphrase. Refusals, including the
 * wait after repeated wrong passphrases, are shown inside the dialog.
 */
export function CuratorDialog({ status, onDone, onClose }: { status: CuratorStatus; onDone: (s: CuratorStatus) => void; onClose: () => void }) {
  const api = useApi();
  const { t, l } = useI18n();
  const setup = status.needsSetup;
  const [name, setName] = useState(status.curators.length === 1 ? status.curators[0] : '');
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [error, setError] = useState<Localized | string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return setError(t('cur.err.name'));
    if (setup && pass.length < MIN_PASSPHRASE) return setError(t('cur.err.short'));
    if (setup && pass !== pass2) return setError(t('cur.err.mismatch'));
    setBusy(true);
    setError(null);
    try {
      const next = setup
        ? await api.call('curator.setup', { name: name.trim(), passphrase: pass })
        : await api.call('curator.unlock', { name: name.trim(), passphrase: pass });
      onDone(next);
    } catch (err) {
      setError(errorText(err));
      setPass('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t(setup ? 'cur.setup.title' : 'cur.unlock.title')} onClose={onClose}>
      <form className="lib-form" onSubmit={submit} noValidate>
        {setup && <p className="lib-intro">{t('cur.setup.intro')}</p>}
        <label>
          {t('cur.name')}
          {setup || status.curators.length === 0 ? (
            <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" maxLength={60} autoFocus />
          ) : (
            <select value={name} onChange={(e) => setName(e.target.value)} autoFocus>
              <option value="" disabled>
                —
              </option>
              {status.curators.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </label>
        <label>
          {t(setup ? 'cur.passphrase' : 'cur.passphrase.unlock')}
          <input type="password" value={pass} onChange={(e) => setPass(e.target.value)} autoComplete={setup ? 'new-password' : 'current-password'} />
        </label>
        {setup && (
          <label>
            {t('cur.passphrase2')}
            <input type="password" value={pass2} onChange={(e) => setPass2(e.target.value)} autoComplete="new-password" />
          </label>
        )}
        {error && (
          <p className="field-error" role="alert">
            {typeof error === 'string' ? error : l(error)}
          </p>
        )}
        <DialogActions cancel={t('cur.cancel')} onCancel={onClose} confirm={t(setup ? 'cur.create' : 'cur.enter')} disabled={busy} />
      </form>
    </Dialog>
  );
}
