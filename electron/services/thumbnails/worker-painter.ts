/**
 * The studio's side of the thumbnail worker (thumbnail-worker.ts): hands it jobs, answers its
 * requests for photo bytes, and gives each caller its picture. The worker starts with the first
 * picture and does not keep the process alive; if it dies, the pictures it was painting fail
 * (the list shows an empty frame, as for any failed picture) and the next one starts a new worker.
 *
 * A worker that cannot start at all (its script unreadable where the studio is installed, say
 * inside a packaged app's archive) would leave every picture empty for good. So a worker that is
 * gone before it said it was ready hands its pictures, and all later ones, to the painter on the
 * studio's own thread: slower for the studio, but every picture is painted.
 */
import { Worker } from 'node:worker_threads';
import { StudioError } from '../../../model/localized';
import type { Thumbnail, ThumbnailJob, ThumbnailPainting } from './thumbnail-painter';
import type { FromWorker, ThumbnailWorkerData, ToWorker } from './thumbnail-worker';

export interface WorkerPainterDeps {
  /** the built worker script (dist-electron/thumbnail-worker.mjs) */
  script: URL;
  data: ThumbnailWorkerData;
  /** the fonts the studio knows now (a font imported since the worker started makes it read its font folder again) */
  fontIds: () => string[];
  loadImage: (assetId: string) => Buffer | Promise<Buffer>;
  /** paints on the studio's thread when no worker can start */
  inThread: () => ThumbnailPainting;
}

function failed(detail: string): StudioError {
  return new StudioError(
    'thumbnails.failed',
    { zh: `缩略图没有画出来（${detail}）。设计本身没有受影响；重新打开这一页会再画一次。`, en: `The thumbnail could not be painted (${detail}). The design itself is unaffected; opening this page again paints it again.` },
  );
}

export class WorkerThumbnailPainter implements ThumbnailPainting {
  private worker: Worker | undefined;
  /** a worker has said it was ready once: a worker lost after that died painting, and the next one starts anew */
  private workerStarts = false;
  /** set once no worker could start: every picture is painted on this thread */
  private inThread: ThumbnailPainting | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, { job: ThumbnailJob; resolve: (t: Thumbnail) => void; reject: (e: Error) => void }>();

  constructor(private readonly deps: WorkerPainterDeps) {}

  /** Whether pictures are painted in the worker thread (false once it could not start). */
  get usesWorker(): boolean {
    return this.inThread === undefined;
  }

  paint(job: ThumbnailJob): Promise<Thumbnail> {
    if (this.inThread) return this.inThread.paint(job);
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<Thumbnail>((resolve, reject) => {
      this.waiting.set(id, { job, resolve, reject });
      worker.postMessage({ type: 'paint', id, job, fontIds: this.deps.fontIds() } satisfies ToWorker);
    });
  }

  /** Stops the worker (the studio closes); pictures still being painted fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    this.failAll('the studio closed');
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.deps.script, { workerData: this.deps.data });
    worker.on('message', (m: FromWorker) => this.onMessage(worker, m));
    const lost = (detail: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.workerStarts) this.failAll(detail);
      else this.paintAllHere();
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`worker exited with code ${code}`));
    // after the listeners: a listener added later would hold the process open again
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private onMessage(worker: Worker, m: FromWorker): void {
    if (m.type === 'ready') {
      this.workerStarts = true;
      return;
    }
    if (m.type === 'image') {
      Promise.resolve()
        .then(() => this.deps.loadImage(m.assetId))
        .then(
          (bytes) => worker.postMessage({ type: 'image', id: m.id, bytes } satisfies ToWorker),
          (e: unknown) => worker.postMessage({ type: 'image', id: m.id, error: e instanceof Error ? e.message : String(e) } satisfies ToWorker),
        );
      return;
    }
    const waiter = this.waiting.get(m.id);
    this.waiting.delete(m.id);
    if (!waiter) return;
    if (m.type === 'done') waiter.resolve({ png: Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength), widthPx: m.widthPx, heightPx: m.heightPx });
    else waiter.reject(failed(m.message));
  }

  private paintAllHere(): void {
    const inThread = (this.inThread = this.deps.inThread());
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) inThread.paint(w.job).then(w.resolve, w.reject);
  }

  private failAll(detail: string): void {
    for (const [, w] of this.waiting) w.reject(failed(detail));
    this.waiting.clear();
  }
}
