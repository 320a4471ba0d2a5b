/** Real inputs for scene-builder tests: the bundled font, real templates, plain motif art. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PathCommand, PrintColor, SceneNode } from '../../../../model/scene';
import { buildSceneReport, type MotifArt } from '../../../../model/design/scene-builder';
import type { Element } from '../../../../model/design/schema';
import { flattenPath } from '../../../../model/templates/geometry';
import type { TemplateResult } from '../../../../model/templates/types';
import type { FontMetrics } from '../../../../model/text/layout';
import { emptyDesign, withElements } from './helpers';

const FONT_PATH = join(__dirname, '../../../../assets/fonts/LXGWWenKai-Regular.ttf');
let cached: FontMetrics | undefined;

/** FontMetrics read from the real LXGW WenKai file with fontkit. */
export function wenkaiMetrics(): FontMetrics {
  if (!cached) {
    const font = fontkit.create(readFileSync(FONT_PATH));
    cached = {
      unitsPerEm: font.unitsPerEm,
      ascender: font.ascent,
      descender: font.descent,
      advance: (cp) => (font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).advanceWidth : 0),
      hasGlyph: (cp) => font.hasGlyphForCodePoint(cp),
    };
  }
  return cached;
}

const FONTS_DIR = join(__dirname, '../../../../assets/fonts');
const bundled = new Map<string, FontMetrics>();

/** FontMetrics of any bundled font (assets/fonts/fonts.json) by id, read with fontkit; undefined when not bundled. */
export function bundledMetrics(id: string): FontMetrics | undefined {
  if (!bundled.has(id)) {
    const entry = (JSON.parse(readFileSync(join(FONTS_DIR, 'fonts.json'), 'utf8')) as { id: string; file: string }[]).find((f) => f.id === id);
    if (!entry) return undefined;
    const font = fontkit.create(readFileSync(join(FONTS_DIR, entry.file)));
    bundled.set(id, {
      unitsPerEm: font.unitsPerEm,
      ascender: font.ascent,
      descender: font.descent,
      advance: (cp) => (font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).advanceWidth : 0),
      hasGlyph: (cp) => font.hasGlyphForCodePoint(cp),
    });
  }
  return bundled.get(id);
}

export const RED_HEX = '#c0392b';
const FALLBACK: PrintColor = { kind: 'cmyk', c: 0, m: 80, y: 80, k: 10 };

/**
 * A 100 x 50 motif with one shape in its "red" and one in its "white". Like svgToScene, it
 * paints each artwork colour with the print colour the design chose for it.
 */
export function artSource(calls: { motifId: string; colours: Record<string, PrintColor> }[] = []) {
  return (motifId: string, colours: Record<string, PrintColor>): MotifArt | undefined => {
    calls.push({ motifId, colours });
    if (motifId === 'missing') return undefined;
    const nodes: SceneNode[] = [
      { type: 'path', d: [['M', 0, 0], ['L', 100, 0], ['L', 100, 50], ['Z']], fill: colours[RED_HEX] ?? FALLBACK },
      { type: 'path', d: [['M', 0, 50], ['L', 50, 0], ['L', 100, 50], ['Z']], fill: colours['#ffffff'] ?? { kind: 'cmyk', c: 0, m: 0, y: 0, k: 0 } },
    ];
    return { viewBox: [0, 0, 100, 50], nodes };
  };
}

/** The nodes of the first page of a design holding `els` on `template` (real font metrics, plain motif art, no brand colours). */
export function buildPage(template: TemplateResult, els: Element[], pages: string[] = template.pages): SceneNode[] {
  const design = withElements(emptyDesign(pages), els);
  return buildSceneReport(design, { template, motifArt: artSource(), fontMetrics: () => wenkaiMetrics(), brandColours: {} }).scene.pages[0].nodes;
}

/** Nonzero winding of every ring of `d` around p: the fill rule all three painters clip with. */
export function insidePath(d: PathCommand[], p: [number, number]): boolean {
  let winding = 0;
  for (const ring of flattenPath(d)) {
    const pts = ring.points;
    for (let i = 0; i < pts.length; i++) {
      const [ax, ay] = pts[i];
      const [bx, by] = pts[(i + 1) % pts.length];
      const cross = (bx - ax) * (p[1] - ay) - (p[0] - ax) * (by - ay);
      if (ay <= p[1] && by > p[1] && cross > 0) winding++;
      else if (ay > p[1] && by <= p[1] && cross < 0) winding--;
    }
  }
  return winding !== 0;
}
