/** The bleed rule: quiet on the samples and on art the studio carries into the bleed; speaks up for slivers and outlines on the cut. */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../../model/design/schema';
import { ALL_SAMPLES } from '../../../helpers/shipped-samples';
import { codes, preflight, sample, updateElement, withElement } from './helpers';

const bleedCodes = (d: Design) => codes(preflight(d)).filter((c) => c.startsWith('bleed.'));
const INK = { cmyk: { c: 0, m: 0, y: 0, k: 60 } };

describe('preflight: bleed', () => {
  it.each(ALL_SAMPLES)('the %s sample has nothing to report', (name) => {
    expect(bleedCodes(sample(name))).toEqual([]);
  });

  it('a background 1 mm short of the cut: a sliver warning that says where and how to fix, in both languages', () => {
    const jar = sample('jar-label-sour-soup');
    const bg = jar.elements.find((e) => e.id === 'bg')!;
    const d = updateElement(jar, 'bg', { transform: { ...bg.transform, x: 1, width: bg.transform.width - 1 } });
    const r = preflight(d);
    const f = r.warnings.find((w) => w.code === 'bleed.sliver')!;
    expect(f).toBeDefined();
    expect(r.errors.filter((e) => e.code.startsWith('bleed.'))).toEqual([]);
    expect(f.where).toEqual({ page: 'front', panelId: 'label', elementId: 'bg' });
    expect(f.message.zh).toContain('1 毫米');
    expect(f.message.en).toMatch(/left side .* 1 mm short of the cut edge of "Label"/);
    expect(f.fix.zh).toContain('拖到裁切线上');
    expect(f.fix.en).toContain('Drag that side onto the cut line');
  });

  it('a background 0.3 mm short is carried into the bleed by the studio: nothing to report', () => {
    const jar = sample('jar-label-sour-soup');
    const bg = jar.elements.find((e) => e.id === 'bg')!;
    expect(bleedCodes(updateElement(jar, 'bg', { transform: { ...bg.transform, x: 0.3, width: bg.transform.width - 0.3 } }))).toEqual([]);
  });

  it('a background 2 mm short is a deliberate margin: nothing to report', () => {
    const jar = sample('jar-label-sour-soup');
    const bg = jar.elements.find((e) => e.id === 'bg')!;
    expect(bleedCodes(updateElement(jar, 'bg', { transform: { ...bg.transform, x: 2, width: bg.transform.width - 2 } }))).toEqual([]);
  });

  it('an outline drawn on the cut cannot be carried: bleed.missing, naming the panel whose edge it meets', () => {
    const card = sample('story-card-a6');
    const { design, id } = withElement(card, {
      kind: 'shape',
      shape: 'rect',
      stroke: { colour: INK, widthMm: 0.5 },
      transform: { x: 0, y: 20, width: 50, height: 30, rotation: 0 },
    } as never);
    const r = preflight(design);
    const f = r.warnings.find((w) => w.code === 'bleed.missing' && w.where.elementId === id)!;
    expect(f.where).toMatchObject({ page: 'front', panelId: 'card-front' });
    expect(f.message.en).toContain('left side');
    expect(f.fix.en).toContain('give it a fill');
    // with a fill the studio carries it: quiet again
    expect(bleedCodes(updateElement(design, id, { fill: INK } as never))).toEqual([]);
  });

  it('text is left to the safe-area rule', () => {
    const jar = sample('jar-label-sour-soup');
    const { design } = withElement(jar, { kind: 'text', text: '酸汤', fontId: 'lxgw-wenkai-regular', sizePt: 12, lineHeight: 1.2, align: 'start', direction: 'horizontal', colour: INK, transform: { x: 0, y: 20, width: 20, height: 8, rotation: 0 } } as never);
    const found = codes(preflight(design));
    expect(found.filter((c) => c.startsWith('bleed.'))).toEqual([]);
    expect(found).toContain('layout.outside-safe-area');
  });
});
