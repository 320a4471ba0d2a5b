import type { TrustKey, TrustOverview } from '../../../../model/api/trust';
import { formatFingerprint } from '../../../../model/trust/statements';
import { useI18n, type MessageKey } from '../../../i18n';

/** Every key the studio knows: whose it is, its fingerprint, whether and why it is trusted, who certified it. */
export function KeysTable({ overview }: { overview: TrustOverview }) {
  const { t } = useI18n();
  const trustText = (k: TrustKey) => {
    if (!k.trusted) return t('trust.untrusted');
    if (k.local) return t('trust.local');
    if (k.reason === 'trust-file') return t('trust.partner', { studio: k.studio ?? '' });
    return t('trust.vouchedPerson');
  };
  if (overview.keys.length === 0) return null;
  return (
    <>
      <h3 id="trust-keys-title">{t('trust.keys')}</h3>
      <table className="trust-keys" aria-labelledby="trust-keys-title">
        <thead>
          <tr>
            <th scope="col">{t('trust.col.name')}</th>
            <th scope="col">{t('trust.col.kind')}</th>
            <th scope="col">{t('trust.col.fingerprint')}</th>
            <th scope="col">{t('trust.col.trust')}</th>
            <th scope="col">{t('trust.col.certified')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.keys.map((k) => (
            <tr key={k.fingerprint}>
              <th scope="row">
                {k.name}
                {k.holder && <div className="muted small">{t('trust.holder', { name: k.holder })}</div>}
              </th>
              <td>{t(`trust.role.${k.role}` as MessageKey)}</td>
              <td className="mono small">{formatFingerprint(k.fingerprint)}</td>
              <td className={k.trusted ? '' : 'field-error'}>{trustText(k)}</td>
              <td>
                <ul className="plain">
                  {k.certifiedBy.map((c) => (
                    <li key={`${c.fingerprint}-${c.relation}`}>{t(c.relation === 'enrol' ? 'trust.enrolledBy' : 'trust.vouchedBy', { name: c.name })}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
