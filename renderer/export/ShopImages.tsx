import { useState } from 'react';
import { useApi } from '../api/context';
import { useI18n, type MessageKey } from '../i18n';
import { dataUrlToBlob, downloadBlob } from './download';

type Pictures = { main: string; detail: string; mockup: string; mockup3d: string };
const LABELS: Record<keyof Pictures, MessageKey> = {
  main: 'export.images.main',
  detail: 'export.images.detail',
  mockup: 'export.images.mockup',
  mockup3d: 'export.images.mockup3d',
};
/** file names as `jinxiu images` writes them */
const FILES: Record<keyof Pictures, string> = { main: 'main', detail: 'detail', mockup: 'mockup', mockup3d: 'mockup-3d' };

/**
 * Pictures for the cooperative's online shop, made on request (they take a second or two).
 * They pass the same check as the PDF: no pictures while errors block (unless forced where allowed).
 */
export function ShopImages({ designId, baseName, released, force }: { designId: string; baseName: string; released: boolean; force: boolean }) {
  const api = useApi();
  const { t, l } = useI18n();
  const [pictures, setPictures] = useState<Pictures | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      setPictures(await api.call('export.images', { designId, force }));
    } catch (e) {
      const err = e as { localized?: { zh: string; en: string }; message: string };
      setError(err.localized ? l(err.localized) : err.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label={t('export.images')}>
      <h3 style={{ fontSize: '1em' }}>{t('export.images')}</h3>
      <button type="button" onClick={make} disabled={busy || !released}>
        {busy ? t('export.images.busy') : t('export.images.make')}
      </button>
      {!released && <p role="status">{t('export.images.blocked')}</p>}
      {error && <p role="alert">{error}</p>}
      {pictures && (
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', marginTop: 8 }}>
          {(Object.keys(LABELS) as (keyof Pictures)[]).map((key) => (
            <figure key={key} style={{ margin: 0, width: 200 }}>
              <img src={pictures[key]} alt={t(LABELS[key])} style={{ width: '100%', border: '1px solid #ddd' }} />
              <figcaption>
                {t(LABELS[key])}{' '}
                <button type="button" onClick={() => downloadBlob(dataUrlToBlob(pictures[key]), `${baseName}-${FILES[key]}.png`)}>
                  {t('export.images.save')}
                </button>
              </figcaption>
            </figure>
          ))}
        </div>
      )}
    </section>
  );
}
