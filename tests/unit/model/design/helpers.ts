/** Builders for design tests: plain documents and elements, no DOM. */
import { createDesign } from '../../../../model/design/new-design';
import type { Design, Element, MotifElement, PatternElement, ShapeElement, TextElement, Transform } from '../../../../model/design/schema';

export const NOW = '2026-11-28T12:00:00.000Z';

export function emptyDesign(pages: string[] = ['front']): Design {
  return createDesign({ id: 'd-test', name: '测试', template: { kind: 'test-box', params: { width: 100 } }, pages, now: NOW });
}

const base = (id: string, transform: Partial<Transform> = {}) => ({
  id,
  name: id,
  page: 'front',
  transform: { x: 0, y: 0, width: 10, height: 10, rotation: 0, ...transform },
  opacity: 1,
  locked: false,
  hidden: false,
});

export function shape(id: string, transform: Partial<Transform> = {}, extra: Partial<ShapeElement> = {}): ShapeElement {
  return { ...base(id, transform), kind: 'shape', shape: 'rect', fill: { cmyk: { c: 0, m: 0, y: 0, k: 50 } }, ...extra };
}

export function motif(id: string, motifId: string, transform: Partial<Transform> = {}, extra: Partial<MotifElement> = {}): MotifElement {
  return { ...base(id, transform), kind: 'motif', motifId, colourMap: {}, ...extra };
}

export function pattern(id: string, motifId: string, transform: Partial<Transform>, extra: Partial<PatternElement> = {}): PatternElement {
  return {
    ...base(id, transform),
    kind: 'pattern',
    motifId,
    mode: 'tile',
    tileMm: 10,
    spacingMm: 0,
    mirror: 'none',
    clipToPanel: true,
    colourMap: {},
    ...extra,
  };
}

export function text(id: string, value: string, transform: Partial<Transform> = {}, extra: Partial<TextElement> = {}): TextElement {
  return {
    ...base(id, transform),
    kind: 'text',
    text: value,
    fontId: 'lxgw-wenkai-regular',
    sizePt: 10,
    lineHeight: 1.4,
    align: 'start',
    direction: 'horizontal',
    colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } },
    ...extra,
  };
}

export function withElements(doc: Design, elements: Element[]): Design {
  return { ...doc, elements };
}

export const ids = (doc: Design) => doc.elements.map((e) => e.id);
