import { useState, type FormEvent } from 'react';
import type { CuratorStatus } from '../../../../model/api/curator';
import type { Localized } from '../../../../model/localized';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { errorText } from '../../../shell/notify';
import { Dialog, DialogActions } from '../Dialog';

/** An active curator adds a second one: publishing needs two different people. */
export function AddCuratorDialog({ onDone, onClose }: { onDone: (s: CuratorStatus) => void; onClose: () => void }) {
  const api = useApi();
  const { t, l } = useI18n();
  const [name, setName] = useState('');
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [error, setError] = useState<Localized | string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    if (!name.trim()) return setError(t('cur.err.name'));
    if (pass.length < 8) return setError(t('cur.err.short'));
    if (pass !== pass2) return setError(t('cur.err.mismatch'));
    try {
      const next = await api.call('curator.add', { name: name.trim(), passphrase: pass });
      setError(null);
      setDone(name.trim());
      setName('');
      setPass('');
      setPass2('');
      onDone(next);
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <Dialog title={t('cur.add.title')} onClose={onClose}>
      <form className="lib-form" onSubmit={submit} noValidate>
        <label>
          {t('cur.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} autoFocus />
        </label>
        <label>
          {t('cur.passphrase')}
          <input type="password" value={pass} onChange={(e) => setPass(e.target.value)} autoComplete="new-password" />
        </label>
        <label>
          {t('cur.passphrase2')}
          <input type="password" value={pass2} onChange={(e) => setPass2(e.target.value)} autoComplete="new-password" />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {typeof error === 'string' ? error : l(error)}
          </p>
        )}
        {done && (
          <p className="lib-ok" role="status">
            {t('cur.add.done', { name: done })}
          </p>
        )}
        <DialogActions cancel={t('cur.done')} onCancel={onClose} confirm={t('cur.add.save')} />
      </form>
    </Dialog>
  );
}
