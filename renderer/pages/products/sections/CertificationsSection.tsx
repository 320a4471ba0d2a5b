import { CERTIFICATION_KINDS } from '../../../../model/product/schema';
import { useI18n } from '../../../i18n';
import { Section, TextField } from '../Fields';
import { useProductForm } from '../FormContext';
import { AssetUploadField } from './AssetUploadField';

type Kind = (typeof CERTIFICATION_KINDS)[number];

/** Organic, green food and other certificates, each with dates the studio watches for expiry. */
export function CertificationsSection() {
  const { t } = useI18n();
  const form = useProductForm();
  const certs: Record<string, unknown>[] = Array.isArray(form.draft.product.certifications) ? form.draft.product.certifications : [];
  const add = (kind: Kind) => form.update('product.certifications', [...certs, { kind, certificateNo: '' }]);
  const remove = (index: number) => form.update('product.certifications', certs.filter((_, i) => i !== index));
  return (
    <Section title="sec.certs">
      {certs.map((cert, i) => (
        <fieldset key={i} className="prod-cert wide" aria-label={`${t(`cert.kind.${cert.kind as Kind}`)} ${i + 1}`}>
          <legend>
            {t(`cert.kind.${cert.kind as Kind}`)} {i + 1}
          </legend>
          <div className="prod-grid">
            {cert.kind === 'other' && <TextField path={`product.certifications.${i}.name`} label="cert.name" />}
            <TextField path={`product.certifications.${i}.certificateNo`} label="cert.no" />
            <TextField path={`product.certifications.${i}.body`} label="cert.body" />
            <TextField path={`product.certifications.${i}.scope`} label="cert.scope" />
            <TextField path={`product.certifications.${i}.validFrom`} label="cert.from" kind="date" />
            <TextField path={`product.certifications.${i}.validTo`} label="cert.to" kind="date" />
            {cert.kind === 'organic' && <TextField path={`product.certifications.${i}.organicCodes`} label="cert.organicCodes" kind="list" wide />}
            {cert.kind === 'green-food' && <TextField path={`product.certifications.${i}.gfCode`} label="cert.gf" placeholder="GF522601250001" />}
            <EvidenceField index={i} />
          </div>
          <button type="button" className="prod-remove" onClick={() => remove(i)}>
            {t('cert.remove')}
          </button>
        </fieldset>
      ))}
      <div className="prod-actions wide">
        {CERTIFICATION_KINDS.map((k) => (
          <button key={k} type="button" onClick={() => add(k)}>
            {t(`cert.add.${k}`)}
          </button>
        ))}
      </div>
    </Section>
  );
}

/** The certificate scan goes through the studio's intake (assets.upload, purpose "evidence"). */
function EvidenceField({ index }: { index: number }) {
  return (
    <AssetUploadField
      path={`product.certifications.${index}.evidenceFile`}
      label="cert.evidence"
      storedLabel="cert.evidence.stored"
      accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
      purpose="evidence"
    />
  );
}
