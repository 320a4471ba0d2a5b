import { useEffect, useState } from 'react';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { textToBase64 } from '../files';

/**
 * The motif large. The sanitized SVG goes into an <img> as a data URL, never into the
 * DOM: an image cannot run script or reach the network, whatever the file contains.
 */
export function ArtworkView({ id, name, version }: { id: string; name: string; version: number }) {
  const api = useApi();
  const { t } = useI18n();
  const [src, setSrc] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setSrc(undefined);
    api.call('library.artwork', { id }).then(
      (art) => {
        if (!live) return;
        if (art.svg) setSrc(`data:image/svg+xml;base64,${textToBase64(art.svg)}`);
        else setSrc(art.preview ?? null);
      },
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [api, id, version]);
  if (src === undefined) return <div className="artwork-frame" aria-busy="true" />;
  if (src === null) return <div className="artwork-frame empty">{t('detail.noArtwork')}</div>;
  return (
    <div className="artwork-frame">
      <img src={src} alt={t('detail.artwork', { name })} />
    </div>
  );
}
