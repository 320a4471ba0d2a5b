import { useCallback, useEffect, useState } from 'react';
import type { TrustOverview } from '../../../../model/api/trust';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { useNotifyError } from '../../../shell/notify';
import { CuratorDialog } from '../../library/curator/CuratorDialog';
import { useCuratorStatus } from '../../library/curator/useCuratorStatus';
import { KeysTable } from './KeysTable';
import { TrustAudit } from './TrustAudit';
import { TrustFileExport } from './TrustFileExport';
import { TrustFileImport } from './TrustFileImport';
import { VouchForm } from './VouchForm';
import { formatFingerprint } from '../../../../model/trust/statements';
import { shortTime } from '../../library/names';

/** Settings → Curators and trust: keys and fingerprints, who certified whom, trust files, the trust log. */
export function TrustSection() {
  const api = useApi();
  const notify = useNotifyError();
  const { t } = useI18n();
  const curator = useCuratorStatus();
  const [overview, setOverview] = useState<TrustOverview | null>(null);
  const [entering, setEntering] = useState(false);
  const refresh = useCallback(() => {
    api.call('trust.overview', {}).then(setOverview, notify);
  }, [api, notify]);
  useEffect(refresh, [refresh]);
  const active = !!curator.status?.active;

  return (
    <section aria-labelledby="trust-title" className="trust-section">
      <h2 id="trust-title">{t('trust.title')}</h2>
      <p className="lib-intro">{t('trust.intro')}</p>
      {!overview ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          {overview.steward ? (
            <dl className="facts">
              <dt>{t('trust.studioKey')}</dt>
              <dd className="mono" data-testid="studio-fingerprint">
                {formatFingerprint(overview.steward)}
              </dd>
            </dl>
          ) : (
            <p className="muted">{t('trust.noStudioKey')}</p>
          )}
          <KeysTable overview={overview} />
          <h3 id="trust-files-title">{t('trust.files')}</h3>
          {overview.trustFiles.length === 0 ? (
            <p className="muted">{t('trust.files.none')}</p>
          ) : (
            <ul className="plain" aria-labelledby="trust-files-title">
              {overview.trustFiles.map((f) => (
                <li key={f.id}>
                  {t('trust.file.row', { studio: f.studio, keys: f.keys, when: shortTime(f.importedAt), who: f.confirmedBy })}
                  {!f.active && <span className="muted"> {t('trust.file.replaced')}</span>}
                  <div className="mono small">{formatFingerprint(f.steward)}</div>
                </li>
              ))}
            </ul>
          )}
          {active ? (
            <>
              <TrustFileImport onImported={setOverview} />
              {curator.status?.holdsStudioKey && <TrustFileExport onExported={refresh} />}
              <VouchForm onVouched={setOverview} />
            </>
          ) : (
            curator.status &&
            !curator.status.needsSetup && (
              <p>
                {t('trust.needCurator')}{' '}
                <button type="button" onClick={() => setEntering(true)}>
                  {t('trust.enterCurator')}
                </button>
              </p>
            )
          )}
          <TrustAudit overview={overview} />
        </>
      )}
      {entering && curator.status && (
        <CuratorDialog
          status={curator.status}
          onDone={(s) => {
            curator.setStatus(s);
            setEntering(false);
            refresh();
          }}
          onClose={() => setEntering(false)}
        />
      )}
    </section>
  );
}
