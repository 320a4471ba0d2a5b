/**
 * The shipped sample designs open cleanly and build complete scenes from the real parts:
 * template generator, starter-library SVG artwork through svgToScene, the bundled font,
 * usage-label rules and credit lines from the motif records.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncCredits } from '../../../../model/design/commands/credits';
import { openDesign } from '../../../../model/design/open-design';
import { buildSceneReport } from '../../../../model/design/scene-builder';
import { elementUsesMotif } from '../../../../model/design/schema';
import { mayPlaceOnProduct, requiredCreditLine } from '../../../../model/motif/labels';
import { motifRecordSchema, type MotifRecord } from '../../../../model/motif/schema';
import type { GroupNode, PrintColor, SceneNode } from '../../../../model/scene';
import { svgToScene } from '../../../../model/svg/to-scene';
import { generateTemplate } from '../../../../model/templates/index';
import { productSceneOptions } from '../../../../model/design/scene/product';
import { ProductFileSchema, type ProductFile } from '../../../../model/product/schema';
import { ALL_SAMPLES, TOP_LEVEL_SAMPLES } from '../../../helpers/shipped-samples';
import { bundledMetrics } from './scene-helpers';

const ROOT = join(__dirname, '../../../..');
const SAMPLES = join(ROOT, 'assets/samples/designs');
const MOTIFS = join(ROOT, 'motifs');
const PRODUCTS = join(ROOT, 'assets/samples/products');

/** sample designs are linked to sample products; their label texts are filled from them */
const products = new Map<string, ProductFile>();
for (const name of readdirSync(PRODUCTS).filter((f) => f.endsWith('.json'))) {
  const file = ProductFileSchema.parse(JSON.parse(readFileSync(join(PRODUCTS, name), 'utf8')));
  products.set(file.product.id, file);
}

const library = new Map<string, { record: MotifRecord; svg: string }>();
for (const dir of readdirSync(MOTIFS, { withFileTypes: true })) {
  if (!dir.isDirectory() || dir.name.startsWith('_')) continue;
  const record = motifRecordSchema.parse(JSON.parse(readFileSync(join(MOTIFS, dir.name, 'motif.json'), 'utf8')));
  library.set(record.id, { record, svg: readFileSync(join(MOTIFS, dir.name, 'artwork.svg'), 'utf8') });
}

const BRAND: Record<string, PrintColor> = {
  靛蓝: { kind: 'cmyk', c: 100, m: 75, y: 10, k: 35 },
  朱砂红: { kind: 'cmyk', c: 10, m: 95, y: 90, k: 5 },
  米白: { kind: 'cmyk', c: 2, m: 3, y: 10, k: 0 },
};

function countNodes(nodes: SceneNode[], type: SceneNode['type']): number {
  return nodes.reduce((n, node) => n + (node.type === type ? 1 : 0) + (node.type === 'group' ? countNodes((node as GroupNode).children, type) : 0), 0);
}

/** every shipped sample: the three top-level ones and the gallery (`gallery/<name>`) */
const files = ALL_SAMPLES.map((id) => `${id}.json`);

describe('sample designs', () => {
  it('the top level has three: a tuck-end box, a jar label and a two-sided card; the gallery adds more', () => {
    const kinds = TOP_LEVEL_SAMPLES.map((id) => JSON.parse(readFileSync(join(SAMPLES, `${id}.json`), 'utf8')).template.kind).sort();
    expect(kinds).toEqual(['label-jar', 'story-card', 'tuck-end']);
    expect(files.length).toBeGreaterThan(TOP_LEVEL_SAMPLES.length);
  });

  it('the credit-block check below is not vacuous: some samples use motifs that must be credited', () => {
    const credited = files.filter((f) => openDesign(readFileSync(join(SAMPLES, f), 'utf8')).design.credits.lines.length > 0);
    expect(credited.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    describe(file, () => {
      const { design, repairs } = openDesign(readFileSync(join(SAMPLES, file), 'utf8'));
      const template = generateTemplate(design.template.kind, design.template.params);

      it('opens without repairs and matches its template', () => {
        expect(repairs).toEqual([]);
        expect(design.pages.map((p) => p.name)).toEqual(template.pages);
        const panelIds = new Set(template.panels.map((p) => p.id));
        for (const el of design.elements) if (el.panelId) expect(panelIds.has(el.panelId), `${el.id} -> ${el.panelId}`).toBe(true);
      });

      it('uses only library motifs that may go on a product for sale', () => {
        for (const el of design.elements) {
          const id = elementUsesMotif(el);
          if (!id) continue;
          const entry = library.get(id);
          expect(entry, `motif ${id}`).toBeDefined();
          expect(mayPlaceOnProduct(entry!.record, { commercial: true, productKind: 'craft', now: '2026-11-28' }).allowed).toBe(true);
        }
      });

      it('its credit block already says exactly what the motifs require', () => {
        const needed = design.elements.flatMap((el) => {
          const id = elementUsesMotif(el);
          const line = id ? requiredCreditLine(library.get(id)!.record) : undefined;
          return id && line ? [{ motifId: id, text: line }] : [];
        });
        // a design whose motifs need no credit (open for commercial use) has an empty block
        expect(syncCredits(design, needed)).toEqual(design);
      });

      it('builds a scene with every visible element drawn and no findings', () => {
        const { scene, issues } = buildSceneReport(design, {
          template,
          motifArt: (id, colours) => {
            const entry = library.get(id);
            return entry ? svgToScene(entry.svg, { colourMap: colours }) : undefined;
          },
          fontMetrics: bundledMetrics,
          brandColours: BRAND,
          // placeholders, the product's GTIN (barcodes follow it) and its nutrition facts, as the exporter passes them
          ...productSceneOptions(design.productId ? products.get(design.productId) : undefined),
        });
        expect(issues).toEqual([]);
        const drawn = scene.pages.flatMap((p) => p.nodes.map((n) => n.elementId));
        expect(drawn).toEqual(design.elements.filter((e) => !e.hidden).map((e) => e.id));
        const all = scene.pages.flatMap((p) => p.nodes);
        // one text node per text, barcode (its digits) and nutrition table (its cells)
        expect(countNodes(all, 'text')).toBe(design.elements.filter((e) => e.kind === 'text' || e.kind === 'barcode' || e.kind === 'nutrition-table').length);
        expect(countNodes(all, 'path')).toBeGreaterThan(design.elements.length);
        for (const page of scene.pages) expect(page.widthMm).toBeCloseTo(template.width, 9);
        // the colour maps reached the artwork: every spot ink chosen for a motif is painted
        const spotsChosen = new Set(design.elements.flatMap((el) => ('colourMap' in el ? Object.values(el.colourMap) : [])).flatMap((ref) => ('spot' in ref ? [ref.spot.name] : [])));
        const spotsPainted = new Set<string>();
        const walk = (nodes: SceneNode[]): void => {
          for (const n of nodes) {
            if (n.type === 'group') walk(n.children);
            if (n.type === 'path') for (const c of [n.fill, n.stroke?.color]) if (c?.kind === 'spot') spotsPainted.add(c.name);
          }
        };
        walk(all);
        expect([...spotsPainted].sort()).toEqual([...spotsChosen].sort());
      });
    });
  }
});
