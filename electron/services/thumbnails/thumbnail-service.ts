/**
 * Thumbnails of design documents (the design list, the samples, a future gallery) and of
 * templates (the template picker: the dieline drawn at the chosen sizes), painted from the
 * scene by the proof renderer (the same display list as the canvas and the PDF, never a
 * screenshot) and cached by a content hash of what is painted: a design that did not change
 * costs one scene build and a hash, and a cold start finds the PNG in the data folder's cache.
 *
 * Motif artwork in a design thumbnail goes through the motif gate as the composer's
 * 'composer-open' (the thumbnail shows what opening the design shows): a motif the caller may
 * not see is left out of the picture.
 */
import { createHash } from 'node:crypto';
import type { ThumbnailSubject } from '../../../model/api/thumbnails';
import type { Design } from '../../../model/design/schema';
import { mayRelease, type ReleaseCaller } from '../../../model/motif/gate';
import type { ScenePage } from '../../../model/scene';
import { generateTemplate } from '../../../model/templates';
import type { ExportSources } from '../export/export-sources';
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

export interface ThumbnailDeps {
  sources: ExportSources;
  proofDeps: () => ProofDeps;
  design: (id: string) => Design;
  sample: (name: string) => Design;
  /** folder for cached PNGs; none = memory only */
  cacheDir?: string;
  /** how many PNGs the folder keeps (least recently used go first) */
  diskEntries?: number;
}

export interface Thumbnail {
  png: Buffer;
  widthPx: number;
  heightPx: number;
}

export class ThumbnailService {
  private readonly memory = new Map<string, Thumbnail>();
  private readonly disk?: CacheDirectory;

  constructor(private readonly deps: ThumbnailDeps) {
    if (deps.cacheDir) this.disk = new CacheDirectory(deps.cacheDir, deps.diskEntries ?? DISK_ENTRIES);
  }

  /** The page a subject shows, and whether its die lines are the picture (a template) or hidden (a finished design). */
  page(subject: ThumbnailSubject, caller: ReleaseCaller): { page: ScenePage; lines: boolean } {
    if (subject.kind === 'template') {
      const t = generateTemplate(subject.template.kind, subject.template.params);
      const name = t.pages[0];
      return { page: { name, widthMm: t.width, heightMm: t.height, bleedMm: 0, safeMm: 0, nodes: [], dieline: t.dielines[name] }, lines: true };
    }
    const design = subject.kind === 'design' ? this.deps.design(subject.id) : this.deps.sample(subject.sample);
    const sources: ExportSources = {
      ...this.deps.sources,
      motif: (id) => {
        const entry = this.deps.sources.motif(id);
        return entry && mayRelease(entry.record, 'composer-open', { caller }).allowed ? entry : undefined;
      },
    };
    return { page: prepareDesign(design, sources).scene.pages[0], lines: false };
  }

  async get(subject: ThumbnailSubject, size: number, caller: ReleaseCaller): Promise<Thumbnail> {
    // a picture is never more urgent than a request already waiting (opening a design): let it
    // go first; the writing below takes turns with the rest too (scene-svg.ts)
    await new Promise<void>((resolve) => setImmediate(resolve));
    const { page, lines } = this.page(subject, caller);
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
