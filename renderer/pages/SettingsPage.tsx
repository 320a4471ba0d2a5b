import { useEffect, useState } from 'react';
import type { AppInfo } from '../../model/api';
import { useApi } from '../api/context';
import { useI18n } from '../i18n';
import { BackupsSection } from './settings/BackupsSection';
import { SyncSection } from './settings/SyncSection';
import { TrustSection } from './settings/trust/TrustSection';

export function SettingsPage() {
  const api = useApi();
  const { t } = useI18n();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    api.call('app.info', {}).then(setInfo, () => setInfo(null));
  }, [api]);
  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <h2>{t('settings.about')}</h2>
      {info ? (
        <dl className="facts">
          <dt>{t('settings.version')}</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>{t('settings.schema')}</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>{t('settings.dataDir')}</dt>
          <dd data-testid="data-dir">{info.dataDir}</dd>
        </dl>
      ) : (
        <p>{t('loading')}</p>
      )}
      <TrustSection />
      <SyncSection />
      <BackupsSection />
    </section>
  );
}
