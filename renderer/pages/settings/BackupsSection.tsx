import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, MaintenanceStatus, RestoreReport } from '../../../model/api';
import { useApi } from '../../api/context';
import { useI18n, type MessageKey } from '../../i18n';
import { useNotifyError } from '../../shell/notify';
import { DoctorPanel } from './DoctorPanel';

const RESTORED_NOTE = 'jinxiu.restored';

type Busy = null | 'backup' | 'restore';

/** Settings → Backups: the list, "back up now", one-click restore (the current state is backed up first). */
export function BackupsSection() {
  const api = useApi();
  const notifyError = useNotifyError();
  const { t, l, lang } = useI18n();
  const [status, setStatus] = useState<MaintenanceStatus | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [notice, setNotice] = useState<string | null>(() => sessionStorage.getItem(RESTORED_NOTE));

  const when = useCallback((b: BackupInfo) => new Date(b.createdAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN'), [lang]);

  const refresh = useCallback(() => {
    api.call('maintenance.status', {}).then(setStatus, notifyError);
    api.call('maintenance.backups.list', {}).then(setBackups, notifyError);
  }, [api, notifyError]);
  useEffect(() => {
    refresh();
    sessionStorage.removeItem(RESTORED_NOTE);
  }, [refresh]);

  const backUpNow = async () => {
    setBusy('backup');
    setNotice(null);
    try {
      await api.call('maintenance.backups.create', {});
      setNotice(t('backups.done'));
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  const restore = async (backup: BackupInfo) => {
    setConfirming(null);
    setBusy('restore');
    setNotice(null);
    const wasDamaged = Boolean(status?.damaged);
    try {
      const report: RestoreReport = await api.call('maintenance.backups.restore', { name: backup.name });
      const text = [t('backups.restored', { when: when(backup), motifs: report.motifs }), report.safetyBackup ? t('backups.safety', { name: report.safetyBackup }) : ''].filter(Boolean).join(' ');
      if (wasDamaged) {
        // the rest of the app failed to load against the damaged database: start it afresh
        sessionStorage.setItem(RESTORED_NOTE, text);
        window.location.reload();
        return;
      }
      setNotice(text);
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="backups-title" className="backups-section">
      <h2 id="backups-title">{t('backups.title')}</h2>
      {status?.damaged && (
        <div role="alert" className="error-banner" data-testid="damaged-notice">
          <strong>{t('backups.damaged')}</strong>
          <span>
            {l(status.damaged)} {t('backups.damagedHelp')}
          </span>
        </div>
      )}
      <p>{t('backups.explain')}</p>
      <p>
        <button type="button" className="primary" onClick={backUpNow} disabled={busy !== null || Boolean(status?.damaged)}>
          {t('backups.now')}
        </button>
      </p>
      <p role="status" aria-live="polite" data-testid="backup-status">
        {busy === 'backup' ? t('backups.working') : busy === 'restore' ? t('backups.restoring') : notice ?? ''}
      </p>
      {backups === null ? (
        <p>{t('loading')}</p>
      ) : backups.length === 0 ? (
        <p>{t('backups.none')}</p>
      ) : (
        <table aria-label={t('backups.list')} className="backups-table">
          <thead>
            <tr>
              <th scope="col">{t('backups.when')}</th>
              <th scope="col">{t('backups.why')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name} data-backup={b.name}>
                <td>{when(b)}</td>
                <td>{t(`reason.${b.reason}` as MessageKey)}</td>
                <td>{(b.sizeBytes / 1024 / 1024).toFixed(1)} MB</td>
                <td>
                  <button type="button" onClick={() => setConfirming(b)} disabled={busy !== null} aria-label={t('backups.restoreLabel', { when: when(b) })}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="restore-confirm-text" className="restore-confirm">
          <p id="restore-confirm-text">{t('backups.confirm', { when: when(confirming) })}</p>
          <button type="button" className="danger" onClick={() => restore(confirming)}>
            {t('backups.confirmYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            {t('backups.cancel')}
          </button>
        </div>
      )}
      <DoctorPanel />
    </section>
  );
}
