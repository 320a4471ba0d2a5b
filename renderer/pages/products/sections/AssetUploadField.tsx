import { useState } from 'react';
import { useApi } from '../../../api/context';
import { useI18n, type MessageKey } from '../../../i18n';
import { useNotifyError } from '../../../shell/notify';
import { readFileBase64 } from '../../library/files';
import { Field } from '../Fields';
import { useProductForm } from '../FormContext';

/**
 * A file kept by the product as an asset hash (a certificate scan, the official GI mark): the file
 * goes through the studio's intake (assets.upload) and the form stores the hash at `path`.
 */
export function AssetUploadField({ path, label, storedLabel, accept, purpose }: { path: string; label: MessageKey; storedLabel: MessageKey; accept: string; purpose: 'evidence' | 'photo' }) {
  const { t } = useI18n();
  const api = useApi();
  const notify = useNotifyError();
  const form = useProductForm();
  const stored = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], form.draft) as string | undefined;
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const base64 = await readFileBase64(file);
      const result = await api.call('assets.upload', { name: file.name, base64, purpose });
      form.update(path, result.assetId);
      form.touch(path);
    } catch (error) {
      notify(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Field path={path} label={label} wide>
      {(p) => (
        <div className="prod-evidence">
          <input id={p.id} type="file" accept={accept} aria-describedby={p.describedBy} disabled={busy} onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
          {busy && <span>{t('cert.evidence.uploading')}</span>}
          {stored && !busy && <span className="prod-muted">{t(storedLabel, { id: stored.slice(0, 12) })}</span>}
        </div>
      )}
    </Field>
  );
}
