/**
 * Export: preflight, print-ready PDF/X-4, proof PNGs and e-commerce pictures, all from one
 * prepared scene so that the proof, the shop pictures and the press sheet show the same thing.
 */
import type { Design } from '../../../model/design/schema';
import { StudioError } from '../../../model/localized';
import { runPreflight, type PreflightReport } from '../../../model/preflight';
import type { Scene } from '../../../model/scene';
import { localIsoDate } from '../products/local-date';
import { nUp, PrintPhotos, writePdf, type DielineName, type SheetSize } from '../pdf';
import type { ExportSources } from './export-sources';
import { GlyphOutlines } from './glyph-outlines';
import { prepareDesign, type PreparedDesign } from './prepare-design';
import { mockupImage, proofImageLoader, renderProof, type ProofDeps } from './proof-images';
import { detailPicture, mainPicture, mockup3d } from './shop-pictures';

export interface PdfOptions {
  cropMarks: boolean;
  dielineName: DielineName;
  /** step-and-repeat copies of each page on a sheet (labels) */
  nUp?: { sheet: SheetSize; gapMm: number };
  /** export despite errors, where every error allows it */
  force: boolean;
  printDate?: string;
}

/** Where an export's bytes go: the motif gate's destination for that output. */
export type ExportDestination = 'pdf' | 'n-up' | 'proof' | 'shop-pictures';

export interface ReleaseOptions {
  /** go ahead despite errors, where every error allows it */
  force?: boolean;
  printDate?: string;
}

export interface PdfResult {
  bytes: Buffer;
  fileName: string;
  report: PreflightReport;
}

export interface ShopImages {
  main: Buffer;
  detail: Buffer;
  /** the front lying flat on linen */
  mockup: Buffer;
  /** the folded box in a three-quarter view, the jar with its label, or a flat piece tilted on a table */
  mockup3d: Buffer;
}

/** Keeps Chinese, letters and digits; anything a file system may reject becomes "-". */
export function pdfFileName(name: string): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${base || 'design'}.pdf`;
}

export class ExportService {
  constructor(private readonly sources: ExportSources) {}

  /** A design id of the studio's library, or a design document already opened. */
  design(designOrId: string | Design): Design {
    return typeof designOrId === 'string' ? this.sources.loadDesign(designOrId) : designOrId;
  }

  prepare(designOrId: string | Design): PreparedDesign {
    return prepareDesign(this.design(designOrId), this.sources);
  }

  /** The sources the exporter reads (a thumbnail prepares a design through the same ones, gated). */
  get exportSources(): ExportSources {
    return this.sources;
  }

  preflightPrepared(prepared: PreparedDesign, printDate?: string, destination: ExportDestination = 'pdf'): PreflightReport {
    return runPreflight({
      destination,
      design: prepared.design,
      scene: prepared.scene,
      template: prepared.template,
      motifs: prepared.motifs,
      product: prepared.product,
      today: localIsoDate(this.sources.now()),
      printDate,
      missingGlyphs: prepared.missingGlyphs,
      sceneIssues: prepared.sceneIssues,
      packagePieces: prepared.packagePieces,
    });
  }

  preflight(designOrId: string | Design, printDate?: string): PreflightReport {
    return this.preflightPrepared(this.prepare(designOrId), printDate);
  }

  /**
   * The one release check of every export output (PDF, n-up, proof, shop pictures): the
   * preflight for that destination, which asks the motif gate for every placed motif and
   * checks credit lines and blocking print errors. Refuses with export.blocked on its errors
   * (unless forced where every error allows it), so no output skips the cultural rules.
   */
  release(
    designOrId: string | Design,
    destination: ExportDestination,
    options: ReleaseOptions = {},
    /** work to start once the scene is built, while the preflight runs (the photos of a PDF) */
    whilePreflight?: (prepared: PreparedDesign) => void,
  ): { prepared: PreparedDesign; report: PreflightReport } {
    const prepared = this.prepare(designOrId);
    whilePreflight?.(prepared);
    const report = this.preflightPrepared(prepared, options.printDate, destination);
    if (!report.ok && !(options.force && report.canForce)) throw blocked(report, options.force === true, destination);
    return { prepared, report };
  }

  async pdf(designOrId: string | Design, options: PdfOptions): Promise<PdfResult> {
    // libvips converts the photos in its own threads while the preflight runs on this one
    const photos = new PrintPhotos(this.sources);
    const { prepared, report } = this.release(designOrId, options.nUp ? 'n-up' : 'pdf', options, (p) => p.scene.pages.forEach((page) => photos.prefetch(page.nodes)));
    let scene: Scene = prepared.scene;
    if (options.nUp) scene = { ...scene, pages: scene.pages.map((p) => nUp(p, options.nUp!)) };
    const bytes = await writePdf(scene, {
      fonts: this.sources.fonts,
      loadImage: (id) => this.sources.loadImage(id),
      iccPath: this.sources.iccPath,
      imageCache: this.sources.imageCache,
      photos,
      cropMarks: options.cropMarks,
      dielineName: options.dielineName,
      title: prepared.design.name,
      creator: this.sources.creator ?? 'Jinxiu Studio',
      now: this.sources.now(),
      documentId: prepared.design.id,
    });
    return { bytes, fileName: pdfFileName(prepared.design.name), report };
  }

  /** Glyph outlines and soft-proofed photos for painting scenes (proofs, shop pictures, thumbnails); cached per service. */
  proofDeps(): ProofDeps {
    const fonts = this.sources.fonts;
    const known = new Set(fonts.list().map((f) => f.id));
    return {
      glyphs: new GlyphOutlines((id) => (known.has(id) ? fonts.parsed(id) : undefined)),
      image: proofImageLoader((id) => this.sources.loadImage(id), this.sources.iccPath),
    };
  }

  /** PNG of one page (0-based) with its bleed, optionally with die lines; refused like the PDF. */
  async proof(designOrId: string | Design, pageIndex: number, dieline: boolean, dpi?: number, options: ReleaseOptions = {}): Promise<Buffer> {
    const { scene } = this.release(designOrId, 'proof', options).prepared;
    if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= scene.pages.length) {
      throw new StudioError('export.no-such-page', {
        zh: `这个设计只有 ${scene.pages.length} 页，没有第 ${pageIndex + 1} 页。`,
        en: `This design has ${scene.pages.length} page(s); there is no page ${pageIndex + 1}.`,
      });
    }
    return renderProof(scene, pageIndex, dieline, this.proofDeps(), dpi);
  }

  /** Proof of an already built scene (tests compare it with the PDF). */
  proofOfScene(scene: Scene, pageIndex: number, dieline: boolean, dpi?: number): Promise<Buffer> {
    return renderProof(scene, pageIndex, dieline, this.proofDeps(), dpi);
  }

  /** Shop pictures; refused like the PDF (the same cultural rules, credit lines and print errors). */
  async images(designOrId: string | Design, options: ReleaseOptions = {}): Promise<ShopImages> {
    const { scene, design, template } = this.release(designOrId, 'shop-pictures', options).prepared;
    const deps = this.proofDeps();
    const subject = { scene, design, template };
    const shot = await mockup3d(subject, deps);
    return {
      main: await mainPicture(subject, deps, 800, shot),
      detail: await detailPicture(subject, deps),
      mockup: await mockupImage(scene, deps),
      mockup3d: shot,
    };
  }
}

const OUTPUT_NAMES: Record<ExportDestination, { zh: string; en: string }> = {
  pdf: { zh: '导出 PDF', en: 'export the PDF' },
  'n-up': { zh: '导出拼版 PDF', en: 'export the sheet PDF' },
  proof: { zh: '生成校样', en: 'make the proof' },
  'shop-pictures': { zh: '生成网店图片', en: 'make the shop pictures' },
};

function blocked(report: PreflightReport, forced: boolean, destination: ExportDestination): StudioError {
  const first = report.errors[0];
  const n = report.errors.length;
  const what = OUTPUT_NAMES[destination];
  const forceNote = forced && !report.canForce ? { zh: '其中有的问题不允许强制导出。', en: ' Some of them cannot be overridden with force.' } : { zh: '', en: '' };
  return new StudioError(
    'export.blocked',
    {
      zh: `有 ${n} 个问题必须先解决才能${what.zh}，例如：${first.message.zh}${forceNote.zh}`,
      en: `${n} problem(s) must be fixed before you can ${what.en}, for example: ${first.message.en}${forceNote.en}`,
    },
    { report },
  );
}
