/**
 * The studio's side of the thumbnail worker (thumbnail-worker.ts): hands it jobs, answers its
 * requests for photo bytes, and gives each caller its picture. The worker starts with the first
 * picture and does not keep the process alive; if it dies, the pictures it was painting fail
 * (the list shows an empty frame, as for any failed picture) and the next one starts a new worker.
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
}

function failed(detail: string): StudioError {
  return new StudioError(
    'thumbnails.failed',
    { zh: `缩略图没有画出来（${detail}）。设计本身没有受影响；重新打开这一页会再画一次。`, en: `The thumbnail could not be painted (${detail}). The design itself is unaffected; opening this page again paints it again.` },
  );
}

export class WorkerThumbnailPainter implements ThumbnailPainting {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (t: Thumbnail) => void; reject: (e: Error) => void }>();

  constructor(private readonly deps: WorkerPainterDeps) {}

  paint(job: ThumbnailJob): Promise<Thumbnail> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<Thumbnail>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
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
    worker.on('error', (e) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(e.message);
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(`worker exited with code ${code}`);
    });
    // after the listeners: a listener added later would hold the process open again
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private onMessage(worker: Worker, m: FromWorker): void {
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

  private failAll(detail: string): void {
    for (const [, w] of this.waiting) w.reject(failed(detail));
    this.waiting.clear();
  }
}
