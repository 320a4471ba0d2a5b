import { useState, type FormEvent } from 'react';
import type { TrustFilePreview, TrustOverview } from '../../../../model/api/trust';
import type { Localized } from '../../../../model/localized';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { errorText } from '../../../shell/notify';

/**
 * Two steps: the file is checked and its steward fingerprint shown; the person then types the
 * fingerprint the partner told them (by phone, in person), and only a match imports it.
 */
export function TrustFileImport({ onImported }: { onImported: (o: TrustOverview) => void }) {
  const api = useApi();
  const { t, l } = useI18n();
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<TrustFilePreview | null>(null);
  const [fingerprint, setFingerprint] = useState('');
  const [error, setError] = useState<Localized | string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    setPreview(null);
    setError(null);
    setDone(null);
    if (!file) return;
    const content = await file.text();
    setText(content);
    try {
      setPreview(await api.call('trust.inspectFile', { text: content }));
    } catch (err) {
      setError(errorText(err));
    }
  }

  async function confirm(e: FormEvent) {
    e.preventDefault();
    if (!text || !preview) return;
    setError(null);
    try {
      const next = await api.call('trust.importFile', { text, fingerprint });
      setDone(preview.studio);
      setPreview(null);
      setFingerprint('');
      onImported(next);
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <form className="lib-form trust-form" onSubmit={confirm} aria-labelledby="trust-import-title" noValidate>
      <h3 id="trust-import-title">{t('trust.import')}</h3>
      <label>
        {t('trust.import.file')}
        <input type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {preview && (
        <>
          <p role="status">{t('trust.import.check', { studio: preview.studio, keys: preview.keys.length, names: preview.keys.map((k) => k.name).join('、') })}</p>
          <p>
            {t('trust.import.fingerprintShown')}: <code data-testid="file-fingerprint">{preview.steward.display}</code>
          </p>
          <label>
            {t('trust.import.fingerprint')}
            <input value={fingerprint} onChange={(e) => setFingerprint(e.target.value)} autoComplete="off" spellCheck={false} />
          </label>
          <button type="submit" className="primary">
            {t('trust.import.confirm')}
          </button>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {typeof error === 'string' ? error : l(error)}
        </p>
      )}
      {done && <p role="status">{t('trust.import.done', { studio: done })}</p>}
    </form>
  );
}
