/**
 * Scene -> print-ready PDF/X-4 bytes. This file only orchestrates; each PDF/X concern lives in
 * its own module (metadata, boxes, colour, text, images, dieline, marks).
 */
import { PDFDocument, PDFName } from 'pdf-lib';
import { StudioError } from '../../../model/localized';
import type { Scene } from '../../../model/scene';
import type { FontService } from '../fonts/font-service';
import { SeparationSpaces } from './colour';
import { cropMarkOps, slugInfoOps, slugInfoText } from './crop-marks';
import { DielineLayer, type DielineName } from './dieline';
import type { PdfFont } from './embedded-font';
import { useNativeFlate } from './native-flate';
import { GraphicsStates } from './graphics-states';
import { iccProfile } from './icc-profile';
import { ImageXObjects } from './image-xobjects';
import { PrintPhotos, type LoadImage } from './print-photos';
import type { PreparedImageCache } from './prepared-image-cache';
import { PageResources } from './page-resources';
import { pageGeometry } from './page-geometry';
import { applyPdfxMetadata, fixHeader, removeEmptyAnnots } from './pdfx-metadata';
import { paintNodes } from './scene-painter';
import { SharedForms, sharedNodeLists } from './shared-forms';
import { collectText, embedFonts } from './text-fonts';
import { deflateSync } from 'node:zlib';

/** The part of FontService the writer uses (so callers may pass a stand-in). */
export type PdfFonts = Pick<FontService, 'list' | 'info' | 'hasGlyphs' | 'subset' | 'postscriptName'>;

export interface WritePdfOptions {
  fonts: PdfFonts;
  loadImage: LoadImage;
  /** CMYK profile for the OutputIntent and for converting images (assets/icc/FOGRA39L_tac300.icc) */
  iccPath: string;
  /** photos prepared by earlier exports (prepared-image-cache.ts); none: every photo converted now */
  imageCache?: PreparedImageCache;
  /** the scene's photos, already started by the caller (print-photos.ts); none: started here */
  photos?: PrintPhotos;
  cropMarks: boolean;
  dielineName: DielineName;
  title: string;
  creator: string;
  now: Date;
  /** font for the slug info line; default: the first bundled font */
  slugFontId?: string;
  /** stable design id, so every export of one design shares xmpMM:DocumentID and /ID[0] */
  documentId?: string;
  versionId?: string;
  /** defaults to FOGRA39 (ISO 12647-2:2004, coated paper), matching the bundled profile */
  outputConditionIdentifier?: string;
  outputCondition?: string;
}

const PRODUCER = 'Jinxiu Studio (pdf-lib 1.17.1)';

/** What the info line's page number and time stamp are made of (crop-marks.ts slugInfoText). */
const SLUG_DIGITS = '0123456789/:-';

export async function writePdf(scene: Scene, options: WritePdfOptions): Promise<Buffer> {
  if (scene.pages.length === 0) {
    throw new StudioError('pdf.noPages', {
      zh: '这个设计没有任何页面，无法导出。请先添加正面或背面。',
      en: 'This design has no pages, so there is nothing to export. Add a front or back first.',
    });
  }
  const icc = iccProfile(options.iccPath);
  // compressed on another core while the pages are painted
  const iccDeflated = icc.deflated();
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  useNativeFlate(ctx);
  const spaces = new SeparationSpaces(ctx);
  const states = new GraphicsStates(ctx);
  const photos = options.photos ?? new PrintPhotos(options);
  for (const page of scene.pages) photos.prefetch(page.nodes);
  const images = new ImageXObjects(ctx, photos);
  const dieline = new DielineLayer(ctx, options.dielineName);
  const forms = new SharedForms(ctx, sharedNodeLists(scene));

  // Fonts are subset once per document, so gather every string first (slug lines included).
  const slugFontId = options.slugFontId ?? options.fonts.list()[0]?.id;
  const slugTexts = scene.pages.map((p, i) => {
    const text = slugInfoText(options.title, p, i, scene.pages.length, options.now);
    // the slug is trimmed off: a character the font lacks (an emoji in the title) becomes '?'
    // rather than stopping the export
    const missing = new Set(slugFontId ? options.fonts.hasGlyphs(slugFontId, text) : []);
    return [...text].map((ch) => (missing.has(ch) ? '?' : ch)).join('');
  });
  const textByFont = new Map<string, string>();
  for (const page of scene.pages) collectText(page.nodes, textByFont);
  if (options.cropMarks && slugFontId) {
    // the info line's digits are all in the subset, used or not: the next minute's time stamp
    // then asks for the same glyph set (a subset kept in the data folder's cache) instead of a
    // new HarfBuzz run over the whole 16 MB font
    const digits = [...SLUG_DIGITS].filter((ch) => options.fonts.hasGlyphs(slugFontId, ch).length === 0).join('');
    textByFont.set(slugFontId, (textByFont.get(slugFontId) ?? '') + slugTexts.join('') + digits);
  }
  const fonts: Map<string, PdfFont> = await embedFonts(doc, options.fonts, textByFont);

  for (const [index, scenePage] of scene.pages.entries()) {
    const geo = pageGeometry(scenePage, options.cropMarks);
    const page = doc.addPage([geo.mediaBox[2], geo.mediaBox[3]]);
    page.node.set(PDFName.of('MediaBox'), ctx.obj(geo.mediaBox));
    page.node.set(PDFName.of('BleedBox'), ctx.obj(geo.bleedBox));
    page.node.set(PDFName.of('TrimBox'), ctx.obj(geo.trimBox));
    const res = new PageResources(ctx, page.node.Resources()!);
    const out: string[] = ['q', geo.sceneMatrix];
    await paintNodes(scenePage.nodes, { pdf: ctx, out, res, spaces, states, fonts, images, forms });
    if (scenePage.dieline) dieline.paint(scenePage.dieline, out, res, spaces, states);
    if (scenePage.sheet) {
      // an n-up sheet is cut by hand on a guillotine: its marks are always there, in the paper's
      // margin (which holds nothing else: no room for the info line)
      out.push(...cropMarkOps(scenePage, geo.slugMm, res, spaces));
    } else if (options.cropMarks) {
      out.push(...cropMarkOps(scenePage, geo.slugMm, res, spaces));
      const slugFont = slugFontId ? fonts.get(slugFontId) : undefined;
      if (slugFont) out.push(...slugInfoOps(slugTexts[index], scenePage, geo.slugMm, slugFont, res));
    }
    out.push('Q');
    // node's zlib: several times faster than the pako pdf-lib would use
    const content = ctx.stream(deflateSync(Buffer.from(out.join('\n'), 'latin1')), { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), ctx.register(content));
    if (states.usedTransparency || images.usedSoftMask) {
      // blend transparent objects in CMYK, the output space, never in an RGB default
      page.node.set(PDFName.of('Group'), ctx.obj({ Type: 'Group', S: 'Transparency', CS: 'DeviceCMYK' }));
    }
  }

  dieline.register(doc.catalog);
  applyPdfxMetadata(doc, {
    iccDeflated: await iccDeflated,
    title: options.title,
    creator: options.creator,
    producer: PRODUCER,
    now: options.now,
    documentId: options.documentId,
    versionId: options.versionId,
    outputConditionIdentifier: options.outputConditionIdentifier ?? 'FOGRA39',
    outputCondition: options.outputCondition ?? 'Offset printing, coated paper (ISO 12647-2:2004), FOGRA39L data, 300% TAC',
  });
  removeEmptyAnnots(doc);
  const bytes = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  return fixHeader(bytes);
}
