/**
 * Thumbnails of design documents (the design list, the samples, a future gallery) and of
 * templates (the template picker: the dieline drawn at the chosen sizes), painted from the
 * scene by the proof renderer (the same display list as the canvas and the PDF, never a
 * screenshot) and cached by a content hash of what is painted: a design that did not change
 * costs one scene build and a hash, and a cold start finds the PNG in the data folder's cache.
 *
 * This side reads what a picture needs from the studio (the design, the motifs it may show,
 * its brand colours and product facts) into a job; a painter turns the job into the PNG
 * (thumbnail-painter.ts), in this process or, in the running studio, in a worker thread, so a
 * 300-element design's seconds of scene building and SVG writing never stand between the
 * studio's event loop and the design the user opens next (thumbnail-worker.ts).
 *
 * Motif artwork in a design thumbnail goes through the motif gate as the composer's
 * 'composer-open' (the thumbnail shows what opening the design shows): a motif the caller may
 * not see is left out of the picture.
 */
import type { ThumbnailSubject } from '../../../model/api/thumbnails';
import type { Design } from '../../../model/design/schema';
import { elementUsesMotif } from '../../../model/design/schema';
import { mayRelease, type ReleaseCaller } from '../../../model/motif/gate';
import type { ExportSources, MotifEntry } from '../export/export-sources';
import type { ProofDeps } from '../export/proof-images';
import { ThumbnailPainter, type Thumbnail, type ThumbnailJob, type ThumbnailPainting } from './thumbnail-painter';

export { DISK_ENTRIES, type Thumbnail, type ThumbnailJob } from './thumbnail-painter';

export interface ThumbnailDeps {
  sources: ExportSources;
  proofDeps: () => ProofDeps;
  design: (id: string) => Design;
  sample: (name: string) => Design;
  /** folder for cached PNGs; none = memory only */
  cacheDir?: string;
  /** how many PNGs the folder keeps (least recently used go first) */
  diskEntries?: number;
  /** who paints the jobs; none: a painter in this process over the deps above */
  painter?: ThumbnailPainting;
}

export class ThumbnailService {
  private readonly painter: ThumbnailPainting;

  constructor(private readonly deps: ThumbnailDeps) {
    this.painter = deps.painter ?? new ThumbnailPainter(deps);
  }

  /** Everything the picture of a subject is painted from, as the caller may see it. */
  job(subject: ThumbnailSubject, size: number, caller: ReleaseCaller): ThumbnailJob {
    if (subject.kind === 'template') return { kind: 'template', template: subject.template, size };
    const design = subject.kind === 'design' ? this.deps.design(subject.id) : this.deps.sample(subject.sample);
    const { sources } = this.deps;
    const motifs: Record<string, MotifEntry | undefined> = {};
    for (const el of design.elements) {
      const id = elementUsesMotif(el);
      if (!id || id in motifs) continue;
      const entry = sources.motif(id);
      motifs[id] = entry && mayRelease(entry.record, 'composer-open', { caller }).allowed ? entry : undefined;
    }
    const product = sources.product(design.productId);
    return { kind: 'design', design, motifs, brandColours: sources.brandColours(design.brandKitId), ...(product ? { product } : {}), size };
  }

  async get(subject: ThumbnailSubject, size: number, caller: ReleaseCaller): Promise<Thumbnail> {
    // a picture is never more urgent than a request already waiting (opening a design): let it go first
    await new Promise<void>((resolve) => setImmediate(resolve));
    return this.painter.paint(this.job(subject, size, caller));
  }
}
