import type { MotifDetail } from '../../../../model/api/library';
import { useI18n } from '../../../i18n';

/**
 * The rules of use in plain words: the community's label (only when consent is verified with
 * evidence), otherwise the studio's notices and its own guidance in words that say so; the
 * credit line that must be printed, community consent, and whether it may go on a product for sale.
 */
export function RulesSection({ detail }: { detail: MotifDetail }) {
  const { t, l } = useI18n();
  const { record, rules } = detail;
  const consent = record.consent;
  const place = rules.place;
  const usage = rules.usage;
  const placeText = place.allowed ? t('placement.allowed') : place.needsConfirmation ? t('placement.confirm') : t('placement.notAllowed');
  const scope = consent.scope.length === 0 ? t('consent.scope.none') : consent.scope.includes('*') ? t('consent.scope.any') : consent.scope.join('、');
  return (
    <>
      <section className="detail-section" aria-labelledby="label-title">
        <h3 id="label-title">{t(usage.kind === 'label' ? 'detail.label' : usage.kind === 'notice' ? 'detail.notice' : 'detail.ownWork')}</h3>
        <p>
          <span className={`label-badge big label-${record.usageLabel} usage-${usage.kind}`}>{l(usage.badge)}</span>
        </p>
        <p className="placed-by">
          <strong>{t('detail.placedBy')}：</strong>
          {l(usage.placedBy)}
        </p>
        {usage.notices.length > 0 && (
          <ul className="notices" aria-label={t('detail.notices')}>
            {usage.notices.map((n) => (
              <li key={n.id}>
                <strong>{l(n.name)}</strong> — {l(n.explanation)}
              </li>
            ))}
          </ul>
        )}
        <p className="label-explanation">{l(usage.explanation)}</p>
        {rules.credit && (
          <p className="credit">
            <strong>{t('detail.credit')}：</strong>
            {l(rules.credit)}
          </p>
        )}
        <h4>{t('detail.placement')}</h4>
        <p className={place.allowed ? 'decision ok' : 'decision no'}>
          <strong>{placeText}</strong>
          {place.reason && <span> — {l(place.reason)}</span>}
        </p>
        {place.caution && (
          <p className="caution">
            <strong>{t('detail.caution')}：</strong>
            {l(place.caution)}
          </p>
        )}
      </section>
      <section className="detail-section" aria-labelledby="consent-title">
        <h3 id="consent-title">{t('detail.consent')}</h3>
        <p className={consent.status === 'verified' ? 'decision ok' : 'caution'}>{t(consent.status === 'verified' ? 'consent.verified' : 'consent.not-verified')}</p>
        <dl className="facts">
          {consent.givenBy && (
            <>
              <dt>{t('consent.givenBy')}</dt>
              <dd>
                {consent.givenBy}
                {consent.role && `（${consent.role}）`}
                {consent.date && ` · ${consent.date}`}
              </dd>
            </>
          )}
          <dt>{t('consent.scope')}</dt>
          <dd>{scope}</dd>
          <dt>{t('consent.expires')}</dt>
          <dd>{consent.expires ?? t('consent.noExpiry')}</dd>
        </dl>
      </section>
    </>
  );
}
