/**
 * The painting half of a thumbnail: from a job that carries everything the picture needs (the
 * design document with the motif artwork it may show, its brand colours and product facts, or
 * a template's sizes) to a PNG, cached by a content hash of what is painted. It reads nothing
 * of the studio's database, so it runs as well in the studio's process as in the thumbnail
 * worker (thumbnail-worker.ts), whose pictures then never hold up the studio's requests.
 */
import { createHash } from 'node:crypto';
import type { ThumbnailSubject } from '../../../model/api/thumbnails';
import type { Design } from '../../../model/design/schema';
import type { ProductFile } from '../../../model/product/schema';
import type { PrintColor, ScenePage } from '../../../model/scene';
import { generateTemplate } from '../../../model/templates';
import type { ExportSources, MotifEntry } from '../export/export-sources';
import { prepareDesign } from '../export/prepare-design';
import { svgToPng, type ProofDeps } from '../export/proof-images';
import { sceneToSvg } from '../export/scene-svg';
import { CacheDirectory } from '../files/cache-directory';

/** bump when the picture's look changes, so cached thumbnails are redrawn */
const LOOK = 1;
const MEMORY_ENTRIES = 200;
/** PNGs kept on disk: the design list, the gallery and the template picker, several sizes each, with room to spare */
export const DISK_ENTRIES = 600;
/** every file in the folder is a thumbnail (earlier versions wrote the same names) */
const KIND = '';

export interface Thumbnail {
  png: Buffer;
  widthPx: number;
  heightPx: number;
}

/** What one picture is painted from: plain data, so it can cross to a worker thread. */
export type ThumbnailJob = { size: number } & (
  | Extract<ThumbnailSubject, { kind: 'template' }>
  | {
      kind: 'design';
      design: Design;
      /** every motif the design uses, as the caller may see it (undefined: left out of the picture) */
      motifs: Record<string, MotifEntry | undefined>;
      brandColours: Record<string, PrintColor>;
      product?: ProductFile;
    }
);

export interface PainterDeps {
  /** fonts, ICC profile, images and the motif-art cache; the job supplies the design's own data */
  sources: ExportSources;
  proofDeps: () => ProofDeps;
  /** folder for cached PNGs; none = memory only */
  cacheDir?: string;
  /** how many PNGs the folder keeps (least recently used go first) */
  diskEntries?: number;
}

/** Paints thumbnail jobs; the interface the studio's side holds (in-process or a worker). */
export interface ThumbnailPainting {
  paint(job: ThumbnailJob): Promise<Thumbnail>;
}

export class ThumbnailPainter implements ThumbnailPainting {
  private readonly memory = new Map<string, Thumbnail>();
  private readonly disk?: CacheDirectory;

  constructor(private readonly deps: PainterDeps) {
    if (deps.cacheDir) this.disk = new CacheDirectory(deps.cacheDir, deps.diskEntries ?? DISK_ENTRIES);
  }

  /** The page a job shows, and whether its die lines are the picture (a template) or hidden (a finished design). */
  page(job: ThumbnailJob): { page: ScenePage; lines: boolean } {
    if (job.kind === 'template') {
      const t = generateTemplate(job.template.kind, job.template.params);
      const name = t.pages[0];
      return { page: { name, widthMm: t.width, heightMm: t.height, bleedMm: 0, safeMm: 0, nodes: [], dieline: t.dielines[name] }, lines: true };
    }
    const sources: ExportSources = {
      ...this.deps.sources,
      motif: (id) => job.motifs[id],
      brandColours: () => job.brandColours,
      product: () => job.product,
    };
    return { page: prepareDesign(job.design, sources).scene.pages[0], lines: false };
  }

  async paint(job: ThumbnailJob): Promise<Thumbnail> {
    const { size } = job;
    const { page, lines } = this.page(job);
    const key = createHash('sha256').update(JSON.stringify([LOOK, size, lines, page])).digest('hex');
    const hit = this.memory.get(key) ?? this.fromDisk(key);
    if (hit) return this.remember(key, hit);
    const pxPerMm = size / Math.max(page.widthMm, page.heightMm);
    const { svg, widthPx, heightPx } = await sceneToSvg(page, {
      ...this.deps.proofDeps(),
      dpi: pxPerMm * 25.4,
      dieline: lines,
      // about 1.5 px at any size, so the die reads in a small picture
      dielineWidthMm: 1.5 / pxPerMm,
      area: 'trim',
      clipToCut: true,
      background: '#ffffff',
    });
    const thumb = { png: await svgToPng(svg), widthPx, heightPx };
    this.toDisk(key, thumb.png);
    return this.remember(key, thumb);
  }

  private remember(key: string, thumb: Thumbnail): Thumbnail {
    this.memory.delete(key);
    this.memory.set(key, thumb);
    if (this.memory.size > MEMORY_ENTRIES) this.memory.delete(this.memory.keys().next().value as string);
    return thumb;
  }

  private fromDisk(key: string): Thumbnail | undefined {
    const png = this.disk?.read(`${KIND}${key}.png`);
    // width and height from the PNG header (IHDR); a damaged entry is a miss
    if (!png || png.length < 24 || png.readUInt32BE(12) !== 0x49484452) return undefined;
    return { png, widthPx: png.readUInt32BE(16), heightPx: png.readUInt32BE(20) };
  }

  private toDisk(key: string, png: Buffer): void {
    this.disk?.write(`${KIND}${key}.png`, png, KIND);
  }
}
