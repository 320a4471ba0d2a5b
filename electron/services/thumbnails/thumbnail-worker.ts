/**
 * The thumbnail worker thread: paints thumbnail jobs (thumbnail-painter.ts) with fonts of its
 * own, off the studio's event loop. A 300-element design takes seconds to build and write as
 * SVG, and a fresh data folder parses its fonts first; in the studio's own thread that held
 * every request behind it (opening a design waited seconds behind the design list's pictures).
 *
 * Messages in: { type: 'paint', id, job } and { type: 'image', id, bytes | error } (answers to
 * its own requests for a photo's bytes, which only the studio can read). Out: { type: 'ready' }
 * once its code has loaded, { type: 'done', id, png, widthPx, heightPx }, { type: 'failed', id,
 * message } and { type: 'image', id, assetId }.
 */
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { GlyphOutlines } from '../export/glyph-outlines';
import { motifArtDiskCache } from '../export/motif-art-cache';
import { proofImageLoader } from '../export/proof-images';
import { FontService, type FontServiceOptions } from '../fonts/font-service';
import { ThumbnailPainter, type ThumbnailJob } from './thumbnail-painter';

export interface ThumbnailWorkerData {
  fonts: FontServiceOptions;
  iccPath: string;
  cacheDir?: string;
  diskEntries?: number;
  /** folder of the motif-art cache (prepared motif display lists), shared with the exporter */
  motifArtDir?: string;
}

export type ToWorker = { type: 'paint'; id: number; job: ThumbnailJob; /** the fonts the studio knows now */ fontIds: string[] } | { type: 'image'; id: number; bytes?: Uint8Array; error?: string };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; png: Uint8Array; widthPx: number; heightPx: number }
  | { type: 'failed'; id: number; message: string }
  | { type: 'image'; id: number; assetId: string };

/**
 * Pictures are background work: on a two-core machine the worker painting a large design at
 * full speed took a core from the window opening that very design. Linux keeps a nice value per
 * thread (setpriority on "process" 0 is the calling thread there), so the worker alone steps
 * back; elsewhere the same call would lower the whole studio, so it is left alone.
 */
const BACKGROUND_NICE = 10;
if (process.platform === 'linux') {
  try {
    os.setPriority(0, BACKGROUND_NICE);
  } catch {
    // not permitted here: the pictures are painted at the studio's own priority
  }
}

const port = parentPort!;
const data = workerData as ThumbnailWorkerData;
const images = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();
let nextImage = 0;
const loadImage = (assetId: string) =>
  new Promise<Buffer>((resolve, reject) => {
    const id = nextImage++;
    images.set(id, { resolve, reject });
    port.postMessage({ type: 'image', id, assetId } satisfies FromWorker);
  });
const image = proofImageLoader(loadImage, data.iccPath);

/** A painter over fonts of the worker's own (their parsed tables and glyph outlines stay cached between jobs). */
function painterWithFonts(): { painter: ThumbnailPainter; fontIds: Set<string> } {
  const fonts = new FontService(data.fonts);
  const fontIds = new Set(fonts.list().map((f) => f.id));
  const glyphs = new GlyphOutlines((id) => (fontIds.has(id) ? fonts.parsed(id) : undefined));
  const painter = new ThumbnailPainter({
    sources: {
      fonts,
      iccPath: data.iccPath,
      now: () => new Date(),
      loadDesign: () => {
        throw new Error('the thumbnail worker paints the design its job carries');
      },
      // the job supplies the design's motifs, brand colours and product
      motif: () => undefined,
      brandColours: () => ({}),
      product: () => undefined,
      loadImage,
      ...(data.motifArtDir ? { motifArtCache: motifArtDiskCache(data.motifArtDir) } : {}),
    },
    proofDeps: () => ({ glyphs, image }),
    ...(data.cacheDir ? { cacheDir: data.cacheDir } : {}),
    ...(data.diskEntries ? { diskEntries: data.diskEntries } : {}),
  });
  return { painter, fontIds };
}

let current = painterWithFonts();

port.on('message', (m: ToWorker) => {
  if (m.type === 'image') {
    const waiting = images.get(m.id);
    images.delete(m.id);
    if (m.bytes) waiting?.resolve(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
    else waiting?.reject(new Error(m.error ?? 'image unavailable'));
    return;
  }
  // a font the user imported since the worker started: read the font folder again
  if (m.fontIds.some((id) => !current.fontIds.has(id))) current = painterWithFonts();
  current.painter.paint(m.job).then(
    (t) => port.postMessage({ type: 'done', id: m.id, png: t.png, widthPx: t.widthPx, heightPx: t.heightPx } satisfies FromWorker),
    (e: unknown) => port.postMessage({ type: 'failed', id: m.id, message: e instanceof Error ? e.message : String(e) } satisfies FromWorker),
  );
});

// the studio tells a worker that could not start (its painter then paints in the studio's thread) from one that died painting
port.postMessage({ type: 'ready' } satisfies FromWorker);
