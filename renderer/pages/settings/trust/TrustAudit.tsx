import type { TrustOverview } from '../../../../model/api/trust';
import { useI18n, type MessageKey } from '../../../i18n';
import { shortTime } from '../../library/names';

const KNOWN = ['steward-created', 'key-created', 'key-enrolled', 'key-vouched', 'trust-file-imported', 'trust-file-exported', 'key-listed'];

/** The append-only trust log: every key made, enrolled, vouched for, every trust file imported or exported. */
export function TrustAudit({ overview }: { overview: TrustOverview }) {
  const { t } = useI18n();
  const names = new Map(overview.keys.map((k) => [k.fingerprint, k.name]));
  return (
    <>
      <h3 id="trust-audit-title">{t('trust.audit')}</h3>
      {overview.audit.length === 0 ? (
        <p className="muted">{t('trust.audit.none')}</p>
      ) : (
        <ol className="history" aria-labelledby="trust-audit-title">
          {overview.audit.map((a) => (
            <li key={a.id}>
              <span className="when">{shortTime(a.at)}</span> <strong className="who">{a.actor}</strong>{' '}
              <span className="what">{KNOWN.includes(a.action) ? t(`trust.audit.${a.action}` as MessageKey) : a.action}</span>{' '}
              <span>{names.get(a.subject) ?? a.subject.slice(0, 16)}</span>
              {a.note && <div className="note">{a.note}</div>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
