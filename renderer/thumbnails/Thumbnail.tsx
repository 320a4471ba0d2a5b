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

/**
 * Thumbnails are painted one or two at a time on the main side, which also answers the composer:
 * a page with many cards must not hold up the design the user opens next. So requests queue
 * here, at most two run at once, the newest first, and a queued picture nobody shows any more (its card left the
 * screen) is dropped before it starts.
 */
const MAX_IN_FLIGHT = 2;
let inFlight = 0;

interface Job {
  promise: Promise<string>;
  run: () => void;
  waiters: number;
  started: boolean;
}

/** Renderer-side memo of pictures fetched or queued in this window, by subject + size + version. */
const jobs = new Map<string, Job>();
const queue: string[] = [];

function pump(): void {
  while (inFlight < MAX_IN_FLIGHT && queue.length > 0) {
    // newest first: what the user just opened (a form, a picker) comes before the cards behind it
    const job = jobs.get(queue.pop()!);
    if (!job || job.started) continue;
    job.started = true;
    inFlight++;
    job.run();
  }
}

/** Asks for a thumbnail; `release` says the caller no longer shows it (a queued request is then dropped). */
function requestThumbnail(api: StudioApi, subject: ThumbnailSubject, size: number, version: string | undefined): { promise: Promise<string>; release: () => void } {
  const key = JSON.stringify([subject, size, version ?? '']);
  let job = jobs.get(key);
  if (!job) {
    let run = () => {};
    const promise = new Promise<string>((resolve, reject) => {
      run = () =>
        api
          .call('thumbnails.get', { subject, size: Math.min(480, size * 2) })
          .then((r) => resolve(r.dataUrl), reject)
          .finally(() => {
            inFlight--;
            pump();
          });
    });
    // a failure may be tried again next time the thumbnail is shown
    promise.catch(() => jobs.delete(key));
    job = { promise, run: () => run(), waiters: 0, started: false };
    jobs.set(key, job);
    queue.push(key);
  }
  const held = job;
  held.waiters++;
  pump();
  return {
    promise: held.promise,
    release: () => {
      held.waiters--;
      if (held.waiters === 0 && !held.started) {
        jobs.delete(key);
        const at = queue.indexOf(key);
        if (at >= 0) queue.splice(at, 1);
      }
    },
  };
}

export function Thumbnail({ name, subject, src, size = 120, version, className }: ThumbnailProps) {
  const api = useApi();
  const [url, setUrl] = useState<string | undefined>(src);
  const subjectKey = subject ? JSON.stringify(subject) : '';
  useEffect(() => {
    if (src !== undefined || !subject) return setUrl(src);
    let alive = true;
    setUrl(undefined);
    const request = requestThumbnail(api, subject, size, version);
    request.promise.then(
      (u) => alive && setUrl(u),
      () => alive && setUrl(undefined),
    );
    return () => {
      alive = false;
      request.release();
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
