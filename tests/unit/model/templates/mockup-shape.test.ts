/** Every template kind has a 3D mockup shape, and its faces are real panels of that template at their real sizes. */
import { describe, expect, it } from 'vitest';
import { generateTemplate, templateKinds } from '../../../../model/templates';
import { mockupShape } from '../../../../model/templates/mockup-shape';

const EXPECTED: Record<string, 'box' | 'cylinder' | 'card'> = {
  'tuck-end': 'box',
  'rigid-lid-base': 'box',
  'label-jar': 'cylinder',
  pillow: 'card',
  'label-rect': 'card',
  'label-rounded': 'card',
  'label-circle': 'card',
  'hang-tag': 'card',
  'story-card': 'card',
  sticker: 'card',
};

describe('mockupShape', () => {
  it('knows every template kind', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...templateKinds].sort());
  });

  it.each([...templateKinds])('%s: the shape and its panels', (kind) => {
    const t = generateTemplate(kind);
    const shape = mockupShape(t);
    expect(shape.kind).toBe(EXPECTED[kind]);
    const ids = new Set(t.panels.map((p) => p.id));
    if (shape.kind === 'box') {
      for (const face of [shape.front, shape.side, shape.top]) for (const l of face.layers) expect(ids.has(l.panelId)).toBe(true);
      expect(shape.front.widthMm).toBe(shape.lengthMm);
      expect(shape.side.widthMm).toBe(shape.depthMm);
      expect(shape.top.heightMm).toBe(shape.depthMm);
    }
    if (shape.kind === 'cylinder') expect(shape.diameterMm * Math.PI).toBeCloseTo(shape.wrapMm, 6);
    if (shape.kind === 'card' && shape.panelId) expect(ids.has(shape.panelId)).toBe(true);
    if (shape.kind === 'card') expect(t.pages).toContain(shape.page);
  });

  it('tuck-end: front 80 x 160, side 40 deep, top lid turned to read from the front', () => {
    const shape = mockupShape(generateTemplate('tuck-end', { lengthMm: 80, widthMm: 40, heightMm: 160 }));
    expect(shape).toMatchObject({ kind: 'box', lengthMm: 80, depthMm: 40, heightMm: 160 });
    if (shape.kind === 'box') expect(shape.top.layers[0].panelId).toBe('top');
  });

  it('lid-and-base: the lid walls cover the top of the base walls', () => {
    const t = generateTemplate('rigid-lid-base');
    const shape = mockupShape(t);
    if (shape.kind !== 'box') throw new Error('box expected');
    expect(shape.front.layers.map((l) => l.panelId)).toEqual(['base-wall-front', 'lid-wall-front']);
    expect(shape.front.layers[1].rect.height).toBeLessThan(shape.front.layers[0].rect.height);
  });
});
