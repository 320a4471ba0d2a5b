/** text.overlaps-artwork: text over a motif, photo, code or other text warns; over backgrounds it does not. */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../../model/design/schema';
import { bySlug, preflight, sample, withElement } from './helpers';

/** the sample card with the upper half of its back cleared (its row of motif, credits and QR stays, y ≥ 106) */
const card = (): Design => {
  const d = sample('story-card-a6');
  return { ...d, elements: d.elements.filter((e) => e.id !== 'story-zh' && e.id !== 'story-en') };
};
const overlaps = (d: Design) => preflight(d).warnings.filter((w) => w.code === 'text.overlaps-artwork');
const story = (d: Design, transform: object) =>
  withElement(d, {
    kind: 'text', text: '苗家人用银球茶待客。', fontId: 'lxgw-wenkai-regular', sizePt: 9, lineHeight: 1.4, align: 'start', direction: 'horizontal',
    colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } }, page: 'back', transform: { rotation: 0, ...transform },
  } as never);

describe('text.overlaps-artwork', () => {
  const withMotif = () => withElement(card(), { kind: 'motif', motifId: bySlug('bat').id, colourMap: {}, page: 'back', transform: { x: 30, y: 50, width: 40, height: 40, rotation: 0 } } as never);

  it('text over a motif warns, on the text, with where and how to fix', () => {
    const { design, id: motifId } = withMotif();
    const { design: d, id } = story(design, { x: 25, y: 60, width: 50, height: 14 });
    const w = overlaps(d);
    expect(w).toHaveLength(1);
    expect(w[0].where).toMatchObject({ page: 'back', elementId: id });
    expect(w[0].message.en).toContain(design.elements.find((e) => e.id === motifId)!.name);
    expect(w[0].message.zh).toMatch(/压在纹样/);
    expect(w[0].fix.en).toMatch(/free space/);
  });

  it('text clear of the motif, or over a background shape or pattern, is fine', () => {
    const { design } = withMotif();
    expect(overlaps(story(design, { x: 10, y: 20, width: 80, height: 14 }).design)).toEqual([]);
    const bg = withElement(card(), { kind: 'shape', shape: 'rect', fill: { cmyk: { c: 20, m: 0, y: 0, k: 0 } }, page: 'back', transform: { x: 0, y: 0, width: 105, height: 148, rotation: 0 } } as never);
    expect(overlaps(story(bg.design, { x: 25, y: 60, width: 50, height: 14 }).design)).toEqual([]);
    const tiles = withElement(card(), { kind: 'pattern', motifId: bySlug('meander').id, mode: 'tile', tileMm: 10, spacingMm: 2, mirror: 'none', clipToPanel: true, colourMap: {}, page: 'back', transform: { x: 0, y: 0, width: 105, height: 148, rotation: 0 } } as never);
    expect(overlaps(story(tiles.design, { x: 25, y: 60, width: 50, height: 14 }).design)).toEqual([]);
  });

  it('judges the motif by what it paints, not its box: text in the empty side of a wide box is fine', () => {
    // a square artwork in a 90 x 30 box is drawn 30 x 30 in the middle; the box's ends are empty
    const wide = withElement(card(), { kind: 'motif', motifId: bySlug('bat').id, colourMap: {}, page: 'back', transform: { x: 7, y: 50, width: 90, height: 30, rotation: 0 } } as never);
    expect(overlaps(story(wide.design, { x: 8, y: 55, width: 20, height: 10 }).design)).toEqual([]);
    expect(overlaps(story(wide.design, { x: 40, y: 55, width: 20, height: 10 }).design)).toHaveLength(1);
  });

  it('two overlapping texts are reported once', () => {
    const a = story(card(), { x: 10, y: 60, width: 50, height: 14 });
    const b = story(a.design, { x: 30, y: 65, width: 50, height: 14 });
    const w = overlaps(b.design);
    expect(w).toHaveLength(1);
    expect(w[0].where.elementId).toBe(b.id);
  });
});
