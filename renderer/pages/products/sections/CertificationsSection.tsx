import { useState } from 'react';
import { CERTIFICATION_KINDS } from '../../../../model/product/schema';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { useNotifyError } from '../../../shell/notify';
import { Field, Section, TextField } from '../Fields';
import { useProductForm } from '../FormContext';

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
  const { t } = useI18n();
  const api = useApi();
  const notify = useNotifyError();
  const form = useProductForm();
  const path = `product.certifications.${index}.evidenceFile`;
  const stored = form.draft.product.certifications[index]?.evidenceFile as string | undefined;
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const base64 = await fileToBase64(file);
      const result = await api.call('assets.upload', { name: file.name, base64, purpose: 'evidence' });
      form.update(path, result.assetId);
      form.touch(path);
    } catch (error) {
      notify(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Field path={path} label="cert.evidence" wide>
      {(p) => (
        <div className="prod-evidence">
          <input id={p.id} type="file" accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" aria-describedby={p.describedBy} disabled={busy} onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
          {busy && <span>{t('cert.evidence.uploading')}</span>}
          {stored && !busy && <span className="prod-muted">{t('cert.evidence.stored', { id: stored.slice(0, 12) })}</span>}
        </div>
      )}
    </Field>
  );
}

function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.readAsDataURL(file);
  });
}
