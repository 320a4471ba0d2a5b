import { useEffect, useState, type FormEvent } from 'react';
import type { Localized } from '../../../../model/localized';
import { formatFingerprint } from '../../../../model/trust/statements';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { errorText } from '../../../shell/notify';

/** Exports this studio's trust file as a download and shows the fingerprint to tell the partner separately. */
export function TrustFileExport({ onExported }: { onExported: () => void }) {
  const api = useApi();
  const { t, l } = useI18n();
  const [studio, setStudio] = useState('');
  const [result, setResult] = useState<{ fileName: string; url: string; fingerprint: string } | null>(null);
  const [error, setError] = useState<Localized | string | null>(null);
  useEffect(() => () => (result ? URL.revokeObjectURL(result.url) : undefined), [result]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const file = await api.call('trust.exportFile', { studio: studio.trim() });
      setResult({ fileName: file.fileName, url: URL.createObjectURL(new Blob([file.text], { type: 'application/json' })), fingerprint: file.fingerprint });
      onExported();
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <form className="lib-form trust-form" onSubmit={submit} aria-labelledby="trust-export-title" noValidate>
      <h3 id="trust-export-title">{t('trust.export')}</h3>
      <label>
        {t('trust.export.studio')}
        <input value={studio} onChange={(e) => setStudio(e.target.value)} maxLength={200} required />
      </label>
      <button type="submit" disabled={!studio.trim()}>
        {t('trust.export.button')}
      </button>
      {result && (
        <div role="status">
          <p>{t('trust.export.done', { file: result.fileName })}</p>
          <p className="mono" data-testid="export-fingerprint">
            {formatFingerprint(result.fingerprint)}
          </p>
          <a href={result.url} download={result.fileName}>
            {t('trust.export.download', { file: result.fileName })}
          </a>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {typeof error === 'string' ? error : l(error)}
        </p>
      )}
    </form>
  );
}
