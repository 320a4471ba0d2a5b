import { useEffect, useState } from 'react';
import type { ThumbnailSubject } from '../../model/api/thumbnails';
import type { StudioApi } from '../../model/api';
import { useApi } from '../api/context';

/**
 * The one thumbnail of the studio: design list, samples, template picker, new-design preview,
 * motif picker (and the gallery to come). A subject (design, sample, template at given sizes) is
 * painted by the main side from the design document (`thumbnails.get`, cached there by content
 * hash); a picture the caller already has (a motif's library thumbnail) is passed as `src`.
 * Always an image with an accessible name, also while it loads or when it cannot be drawn.
 */
export interface ThumbnailProps {
  /** the accessible name, e.g. "Thumbnail of the design 雷山银球茶" */
  name: string;
  subject?: ThumbnailSubject;
  src?: string;
  /** longest side in CSS pixels (the picture is fetched at twice that for sharp screens) */
  size?: number;
  /** changes when the subject changes (a design's updatedAt), so a new picture is fetched */
  version?: string;
  className?: string;
}

/** Renderer-side memo of pictures already fetched in this window, by subject + size + version. */
const fetched = new Map<string, Promise<string>>();

function fetchThumbnail(api: StudioApi, subject: ThumbnailSubject, size: number, version: string | undefined): Promise<string> {
  const key = JSON.stringify([subject, size, version ?? '']);
  let p = fetched.get(key);
  if (!p) {
    p = api.call('thumbnails.get', { subject, size: Math.min(480, size * 2) }).then((r) => r.dataUrl);
    // a failure may be tried again next time the thumbnail is shown
    p.catch(() => fetched.delete(key));
    fetched.set(key, p);
  }
  return p;
}

export function Thumbnail({ name, subject, src, size = 120, version, className }: ThumbnailProps) {
  const api = useApi();
  const [url, setUrl] = useState<string | undefined>(src);
  const subjectKey = subject ? JSON.stringify(subject) : '';
  useEffect(() => {
    if (src !== undefined || !subject) return setUrl(src);
    let alive = true;
    setUrl(undefined);
    fetchThumbnail(api, subject, size, version).then(
      (u) => alive && setUrl(u),
      () => alive && setUrl(undefined),
    );
    return () => {
      alive = false;
    };
    // subjectKey stands for subject (a fresh object on every render)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, subjectKey, src, size, version]);
  const box = { width: size, height: size };
  return (
    <span className={`thumb ${className ?? ''}`} style={box} data-thumbnail={url ? 'ready' : 'pending'}>
      {url ? <img src={url} alt={name} /> : <span role="img" aria-label={name} className="thumb-empty" />}
    </span>
  );
}
