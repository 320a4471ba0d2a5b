import { useEffect, useState } from 'react';
import { useApi } from '../api/context';
import { useI18n } from '../i18n';
import { CheckRow } from './ExportOptions';

/**
 * The proof of one page, rendered on the main side from the same scene as the PDF. It passes the
 * same check as the PDF (released: no blocking errors, or forced where allowed); until then it
 * says so instead of asking.
 */
export function ProofPanel({ designId, pages, version, released, force }: { designId: string; pages: string[]; version: number; released: boolean; force: boolean }) {
  const api = useApi();
  const { t, l } = useI18n();
  const [page, setPage] = useState(0);
  const [dieline, setDieline] = useState(true);
  const [proof, setProof] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setProof(null);
    setError(null);
    if (!released) return;
    api
      .call('export.proof', { designId, page, dieline, force })
      .then((r) => live && setProof(r.dataUrl))
      .catch((e: { localized?: { zh: string; en: string }; message: string }) => live && setError(e.localized ? l(e.localized) : e.message));
    return () => {
      live = false;
    };
  }, [api, designId, page, dieline, version, l, released, force]);
  return (
    <section aria-label={t('export.proof')}>
      <h3 style={{ fontSize: '1em' }}>{t('export.proof')}</h3>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        {pages.length > 1 && (
          <label>
            {t('export.proof.page')}{' '}
            <select value={page} onChange={(e) => setPage(Number(e.target.value))}>
              {pages.map((name, i) => (
                <option key={name} value={i}>
                  {i + 1}. {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <CheckRow checked={dieline} onChange={setDieline} label={t('export.proof.dieline')} />
      </div>
      <div style={{ marginTop: 8, background: '#f3f1ec', padding: 8, borderRadius: 8, textAlign: 'center', minHeight: 80 }}>
        {!released ? <p role="status">{t('export.proof.blocked')}</p> : error ? <p role="alert">{error}</p> : proof ? <img src={proof} alt={t('export.proof.alt', { n: page + 1 })} style={{ maxWidth: '100%', maxHeight: 420 }} /> : <p>{t('export.proof.busy')}</p>}
      </div>
      <small style={{ color: '#666' }}>{t('export.proof.note')}</small>
    </section>
  );
}
