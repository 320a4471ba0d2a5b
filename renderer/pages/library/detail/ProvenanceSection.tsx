import type { MotifRecord } from '../../../../model/motif/schema';
import { useI18n, type MessageKey } from '../../../i18n';

/**
 * Where the motif comes from. The village is left out when the community asked to keep
 * the place private, and a heritage title is shown only once it was checked against the
 * official list (public sources often mix up national and provincial levels).
 */
export function ProvenanceSection({ record }: { record: MotifRecord }) {
  const { t } = useI18n();
  const o = record.origin;
  return (
    <section className="detail-section" aria-labelledby="prov-title">
      <h3 id="prov-title">{t('detail.provenance')}</h3>
      <dl className="facts">
        <dt>{t('detail.community')}</dt>
        <dd>{o.community}</dd>
        <dt>{t('detail.branch')}</dt>
        <dd>{o.branch}</dd>
        {o.locationSensitive ? (
          <>
            <dt>{t('detail.village')}</dt>
            <dd className="muted">{t('detail.locationHidden')}</dd>
          </>
        ) : (
          <>
            {o.county && (
              <>
                <dt>{t('detail.county')}</dt>
                <dd>{o.county}</dd>
              </>
            )}
            {o.village && (
              <>
                <dt>{t('detail.village')}</dt>
                <dd>{o.village}</dd>
              </>
            )}
          </>
        )}
        {o.holders.length > 0 && (
          <>
            <dt>{t('detail.holders')}</dt>
            <dd>
              <ul className="plain">
                {o.holders.map((h, i) => (
                  <li key={i}>
                    {h.name}
                    {h.role && <span className="muted">（{h.role}）</span>}
                    {h.heritageLevel?.verified && <span className="heritage">{t(`detail.heritage.${h.heritageLevel.level}` as MessageKey)}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('detail.documenter')}</dt>
        <dd>{o.documenter}</dd>
        {o.dateRecorded && (
          <>
            <dt>{t('detail.dateRecorded')}</dt>
            <dd>{o.dateRecorded}</dd>
          </>
        )}
        {o.sourceCollection && (
          <>
            <dt>{t('detail.sourceCollection')}</dt>
            <dd>{o.sourceCollection}</dd>
          </>
        )}
      </dl>
      <h4>{t('detail.custody')}</h4>
      <ul className="plain custody">
        {record.custodyEvents.map((e, i) => (
          <li key={i}>
            <span className="when">{e.date}</span> {t(`custody.${e.kind}` as MessageKey)} · {e.by}
            {e.place && ` · ${e.place}`}
            {e.note && <div className="muted">{e.note}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
