/** Real inputs for preflight tests: the jar-label sample, the starter motifs, the bundled font, real templates. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDesign } from '../../../../model/design/open-design';
import { buildSceneReport } from '../../../../model/design/scene-builder';
import type { Design, Element } from '../../../../model/design/schema';
import { motifRecordSchema, type MotifRecord } from '../../../../model/motif/schema';
import { runPreflight, type PreflightInput, type PreflightReport } from '../../../../model/preflight';
import { ProductFileSchema, type ProductFile } from '../../../../model/product/schema';
import type { PrintColor, Scene } from '../../../../model/scene';
import { motifArtScene } from '../../../../model/preflight/silver-ink';
import { generateTemplate } from '../../../../model/templates';
import { productSceneOptions } from '../../../../model/design/scene/product';
import { bundledMetrics } from '../design/scene-helpers';

const ROOT = join(__dirname, '../../../..');

export const library = new Map<string, { record: MotifRecord; svg: string }>();
for (const dir of readdirSync(join(ROOT, 'motifs'), { withFileTypes: true })) {
  if (!dir.isDirectory() || dir.name.startsWith('_')) continue;
  const record = motifRecordSchema.parse(JSON.parse(readFileSync(join(ROOT, 'motifs', dir.name, 'motif.json'), 'utf8')));
  library.set(record.id, { record, svg: readFileSync(join(ROOT, 'motifs', dir.name, 'artwork.svg'), 'utf8') });
}
export const bySlug = (slug: string) => [...library.values()].find((e) => e.record.slug === slug)!.record;

const BRAND: Record<string, PrintColor> = {
  靛蓝: { kind: 'cmyk', c: 100, m: 75, y: 10, k: 35 },
  朱砂红: { kind: 'cmyk', c: 10, m: 95, y: 90, k: 5 },
  米白: { kind: 'cmyk', c: 2, m: 3, y: 10, k: 0 },
};

/** A shipped sample design by its id (`gallery/<name>` for the gallery, see tests/helpers/shipped-samples). */
export function sample(name: string): Design {
  return openDesign(readFileSync(join(ROOT, 'assets/samples/designs', `${name}.json`), 'utf8')).design;
}

export function product(name: string): ProductFile {
  return ProductFileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'assets/samples/products', `${name}.json`), 'utf8')));
}

/** The shipped sample product a sample design is linked to (by product id), searched among every
 *  sample product on disk so a product added to the folder is found without editing this list. */
export function linkedProduct(design: Design): ProductFile | undefined {
  const names = readdirSync(join(ROOT, 'assets/samples/products')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
  return names.map(product).find((p) => p.product.id === design.productId);
}

export interface Options {
  motifs?: Record<string, MotifRecord | undefined>;
  product?: ProductFile;
  today?: string;
  printDate?: string;
  missingGlyphs?: Record<string, string[]>;
  /** the other pieces of the design's package */
  packagePieces?: PreflightInput['packagePieces'];
}

/** Builds the scene as the exporter does and runs preflight on it. */
export function preflight(design: Design, options: Options = {}): PreflightReport {
  return preflightScene(design, options.product, options).report;
}

/** The scene the exporter would print, and the preflight report on it. */
export function preflightScene(design: Design, productFile?: ProductFile, options: Options = {}): { scene: Scene; report: PreflightReport } {
  options = { ...options, product: productFile ?? options.product };
  const template = generateTemplate(design.template.kind, design.template.params);
  const motifs: Record<string, MotifRecord | undefined> = {};
  for (const el of design.elements) if ('motifId' in el) motifs[el.motifId] = library.get(el.motifId)?.record;
  Object.assign(motifs, options.motifs ?? {});
  const { scene, issues } = buildSceneReport(design, {
    template,
    brandColours: BRAND,
    fontMetrics: bundledMetrics,
    motifArt: (id, colours) => {
      const e = library.get(id);
      return e ? motifArtScene(e.record.craft, e.svg, colours) : undefined;
    },
    ...productSceneOptions(options.product),
  });
  const input: PreflightInput = {
    design,
    scene,
    template,
    motifs,
    product: options.product,
    today: options.today ?? '2026-11-28',
    printDate: options.printDate,
    missingGlyphs: options.missingGlyphs ?? {},
    sceneIssues: issues,
    packagePieces: options.packagePieces,
  };
  return { scene, report: runPreflight(input) };
}

export const codes = (r: PreflightReport) => [...r.errors, ...r.warnings].map((f) => f.code);

let n = 0;
/** Adds an element (defaults: on the first page, 20 x 10 mm at 20,10, visible). */
export function withElement(design: Design, el: Partial<Element> & Pick<Element, 'kind'>): { design: Design; id: string } {
  const id = `test-${++n}`;
  const base = { id, name: `Test ${n}`, page: design.pages[0].name, transform: { x: 20, y: 10, width: 20, height: 10, rotation: 0 }, opacity: 1, locked: false, hidden: false };
  return { design: { ...design, elements: [...design.elements, { ...base, ...el } as Element] }, id };
}

export function updateElement(design: Design, id: string, change: Partial<Element>): Design {
  return { ...design, elements: design.elements.map((e) => (e.id === id ? ({ ...e, ...change } as Element) : e)) };
}
