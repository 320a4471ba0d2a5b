/**
 * A design made ready for export: template regenerated, product facts filled in, motifs
 * looked up (records for preflight, artwork recoloured), scene built with the real font
 * metrics, and the font coverage the preflight needs.
 */
import type { Design } from '../../../model/design/schema';
import { buildSceneReport, productSceneOptions, type FieldMark } from '../../../model/design/scene-builder';
import { elementUsesMotif } from '../../../model/design/schema';
import { issue, StudioError, type Issue } from '../../../model/localized';
import type { MotifRecord } from '../../../model/motif/schema';
import type { PackageSibling } from '../../../model/preflight';
import { walkScene } from '../../../model/preflight/scene-walk';
import { motifColours } from '../../../model/preflight/silver-ink';
import type { ProductFile } from '../../../model/product/schema';
import type { Scene } from '../../../model/scene';
import { svgToScene } from '../../../model/svg/to-scene';
import { generateTemplate } from '../../../model/templates';
import type { TemplateResult } from '../../../model/templates/types';
import type { ExportSources } from './export-sources';

export interface PreparedDesign {
  design: Design;
  template: TemplateResult;
  scene: Scene;
  sceneIssues: Issue[];
  motifs: Record<string, MotifRecord | undefined>;
  product?: ProductFile;
  missingGlyphs: Record<string, string[]>;
  /** gaps left for product fields with no value (the preflight blocks the export on them) */
  fieldMarks: FieldMark[];
  /** the other pieces of the design's package, for GB 7718 items over the whole package */
  packagePieces: PackageSibling[];
}

export function prepareDesign(design: Design, sources: ExportSources): PreparedDesign {
  const template = generateTemplate(design.template.kind, design.template.params);
  const product = sources.product(design.productId);
  const motifs: Record<string, MotifRecord | undefined> = {};
  const svgs = new Map<string, string | undefined>();
  for (const el of design.elements) {
    const id = elementUsesMotif(el);
    if (!id || id in motifs) continue;
    const entry = sources.motif(id);
    motifs[id] = entry?.record;
    svgs.set(id, entry?.svg);
  }
  const artCache = new Map<string, ReturnType<typeof svgToScene> | undefined>();
  const fonts = sources.fonts;
  const known = new Set(fonts.list().map((f) => f.id));
  const { scene, issues, fieldMarks } = buildSceneReport(design, {
    template,
    brandColours: sources.brandColours(design.brandKitId),
    fontMetrics: (id) => (known.has(id) ? fonts.layoutMetrics(id) : undefined),
    motifArt: (motifId, colours) => {
      const svg = svgs.get(motifId);
      const record = motifs[motifId];
      if (!svg || !record) return undefined;
      const key = `${motifId}|${JSON.stringify(colours)}`;
      if (!artCache.has(key)) {
        try {
          const colourMap = motifColours(record.craft, svg, colours);
          const make = () => svgToScene(svg, { colourMap });
          artCache.set(key, sources.motifArtCache ? sources.motifArtCache.prepared(svg, colourMap, make) : make());
        } catch (error) {
          // damaged artwork is reported by the builder as missing art, not as a crash
          if (!(error instanceof StudioError)) throw error;
          artCache.set(key, undefined);
        }
      }
      return artCache.get(key);
    },
    ...productSceneOptions(product),
  });
  if (design.productId && !product) {
    issues.push(
      issue('productId', 'product-unavailable', 'warning',
        '这个设计关联的产品资料找不到，或者还有没填完的错误，所以食品标签和认证证书没有检查。请在“产品”里补全资料。',
        'The product this design is linked to cannot be found or its facts still have errors, so the food label and certificates were not checked. Complete the facts under Products.'),
    );
  }
  // a photo whose file is gone (deleted data, partial restore) is a finding, not a crash at export
  for (const el of design.elements) {
    if (el.kind !== 'image' || el.hidden || !sources.hasImage || sources.hasImage(el.assetId)) continue;
    issues.push(
      issue(`elements.${el.id}`, 'image-missing', 'error',
        `图片“${el.name}”的文件找不到了，无法印出。请重新上传这张图片，或删除这个元素。`,
        `The file of image "${el.name}" is missing, so it cannot be printed. Upload the image again or delete the element.`),
    );
  }
  // coverage of what is actually printed (vertical forms and filled placeholders included)
  const missingGlyphs: Record<string, string[]> = {};
  for (const page of scene.pages) {
    walkScene(page.nodes, ({ node, elementId }) => {
      if (node.type !== 'text' || !elementId || !known.has(node.fontId)) return;
      const missing = fonts.hasGlyphs(node.fontId, node.runs.map((r) => r.text).join(''));
      if (missing.length > 0) missingGlyphs[elementId] = [...new Set([...(missingGlyphs[elementId] ?? []), ...missing])];
    });
  }
  const packagePieces = (sources.packagePieces?.(design) ?? []).map((d) => ({ design: d, template: generateTemplate(d.template.kind, d.template.params) }));
  return { design, template, scene, sceneIssues: issues, motifs, product, missingGlyphs, fieldMarks, packagePieces };
}
