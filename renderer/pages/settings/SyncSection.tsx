import { useState, type FormEvent } from 'react';
import type { SyncReportDto } from '../../../model/api/sync';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';

const HUB_KEY = 'jinxiu.sync.hub';
const USER_KEY = 'jinxiu.sync.user';

/** Settings → Province hub: one button that runs the same sync as `jinxiu sync`. The password is never kept. */
export function SyncSection() {
  const api = useApi();
  const notifyError = useNotifyError();
  const { t } = useI18n();
  const [hub, setHub] = useState(() => localStorage.getItem(HUB_KEY) ?? '');
  const [user, setUser] = useState(() => localStorage.getItem(USER_KEY) ?? '');
  const [password, setPassword] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<SyncReportDto | null>(null);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setReport(null);
    try {
      const result = await api.call('sync.run', { hub, user, password, ...(fingerprint.trim() ? { fingerprint } : {}) });
      localStorage.setItem(HUB_KEY, hub);
      localStorage.setItem(USER_KEY, user);
      setReport(result);
      setPassword('');
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sync-title" className="settings-section">
      <h2 id="sync-title">{t('sync.title')}</h2>
      <p>{t('sync.explain')}</p>
      <form onSubmit={run} className="form-grid">
        <label>
          {t('sync.hub')}
          <input type="url" required value={hub} onChange={(e) => setHub(e.target.value)} placeholder="https://" />
        </label>
        <label>
          {t('sync.user')}
          <input required value={user} autoComplete="username" onChange={(e) => setUser(e.target.value)} />
        </label>
        <label>
          {t('sync.password')}
          <input type="password" required value={password} autoComplete="current-password" onChange={(e) => setPassword(e.target.value)} />
        </label>
        <label>
          {t('sync.fingerprint')}
          <input value={fingerprint} onChange={(e) => setFingerprint(e.target.value)} spellCheck={false} />
        </label>
        <button type="submit" disabled={busy}>
          {t('sync.run')}
        </button>
      </form>
      <div role="status">
        {busy ? t('sync.working') : null}
        {report ? (
          <p>
            {t('sync.done', { new: report.pulled.new, updated: report.pulled.updated, conflict: report.pulled.conflict, refused: report.pulled.refused, files: report.downloaded.files, pushed: report.pushed.accepted })}
            {report.trustFile.status === 'unconfirmed' ? ` ${t('sync.unconfirmed', { fingerprint: report.trustFile.display ?? '' })}` : ''}
          </p>
        ) : null}
      </div>
    </section>
  );
}
