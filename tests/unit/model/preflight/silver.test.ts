/**
 * Silver motifs: with their default colours the metal goes on the Silver plate, tinted by tone,
 * and the dark ground stays in CMYK; a spot plate that floods an element is a warning.
 */
import { describe, expect, it } from 'vitest';
import { motifColours, motifArtScene, silverTint } from '../../../../model/preflight/silver-ink';
import { samplePaint, insidePath } from '../../../../model/preflight/paint-coverage';
import { applyToPoint } from '../../../../model/design/geometry';
import { invert as invertMatrix, multiply } from '../../../../model/matrix';
import type { Matrix, PathNode, PrintColor, SceneNode } from '../../../../model/scene';
import { bySlug, library, preflight, sample, withElement } from './helpers';

const silverButterfly = () => [...library.values()].find((e) => e.record.slug === 'silver-butterfly')!;
const card = () => sample('story-card-a6');
const fills = (nodes: SceneNode[]): PathNode[] => nodes.flatMap((n) => (n.type === 'group' ? fills(n.children) : n.type === 'path' && n.fill ? [n] : []));

describe('silver motif default colours', () => {
  it('maps the metal tones to Silver by tone; a starter silver motif has no ground, so all of it is metal', () => {
    const { svg, record } = silverButterfly();
    expect(record.craft).toBe('silver');
    const map = motifColours('silver', svg, {});
    expect(map['#8c939b']).toMatchObject({ kind: 'spot', name: 'Silver', tint: 1 });
    expect(map['#c0c4c8']).toMatchObject({ kind: 'spot', name: 'Silver', tint: 0.55 });
    expect(map['#e4e7ea']).toMatchObject({ kind: 'spot', name: 'Silver', tint: 0.2 });
    // the lighter the metal tone, the lighter the silver screen; never darker than solid
    expect(silverTint('#f0f0f0')).toBeLessThan(silverTint('#a0a0a0'));
    expect(silverTint('#505050')).toBe(1);
    // transparent ground: every painted part of the starter motif prints on the Silver plate
    const painted = fills(motifArtScene('silver', svg, {}).nodes);
    expect(painted.length).toBeGreaterThan(10);
    for (const n of painted) expect(n.fill?.kind).toBe('spot');
  });

  it('a dark ground drawn under the metal (an imported silver drawing) stays in CMYK, paper is left alone', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect x="0" y="0" width="10" height="10" fill="#1e2533"/><circle cx="5" cy="5" r="3" fill="#c0c4c8"/><circle cx="5" cy="5" r="1" fill="#ffffff"/></svg>';
    const map = motifColours('silver', svg, {});
    expect(map['#1e2533']).toBeUndefined();
    expect(map['#ffffff']).toBeUndefined();
    const [ground, metal] = fills(motifArtScene('silver', svg, {}).nodes);
    expect(ground.fill?.kind).toBe('cmyk');
    expect(metal.fill).toMatchObject({ kind: 'spot', name: 'Silver' });
  });

  it('explicit choices win, and other crafts are left alone', () => {
    const { svg } = silverButterfly();
    const indigo = { kind: 'cmyk' as const, c: 100, m: 75, y: 10, k: 35 };
    expect(motifColours('silver', svg, { '#1e2533': indigo })['#1e2533']).toEqual(indigo);
    expect(motifColours('embroidery', svg, {})).toEqual({});
  });
});

describe('colour.spot-flood', () => {
  const place = (colourMap: Record<string, unknown>, motifId = bySlug('silver-butterfly').id) =>
    withElement(card(), {
      kind: 'motif',
      motifId,
      colourMap,
      page: 'back',
      transform: { x: 30, y: 40, width: 45, height: 45, rotation: 0 },
    } as never);

  it('a silver motif placed with its default colours does not flood the silver plate', () => {
    const { design, id } = place({});
    const r = preflight(design);
    expect(r.warnings.filter((w) => w.code === 'colour.spot-flood')).toEqual([]);
    expect(r.warnings.some((w) => w.where.elementId === id && w.code === 'colour.spot-flood')).toBe(false);
  });

  it('a motif mapped entirely to Silver 100 % (a solid disc of metal) floods the element: a warning with where and how to fix', () => {
    // the bronze drum's indigo silhouette is a full disc: mapped to Silver it is a slab of ink
    const drum = [...library.values()].find((e) => e.record.slug === 'bronze-drum')!;
    const all = Object.fromEntries(drum.record.artwork.palette.map((h) => [h.toLowerCase(), { spot: { name: 'Silver', tint: 1 } }]));
    const { design, id } = place(all, drum.record.id);
    const flood = preflight(design).warnings.filter((w) => w.code === 'colour.spot-flood');
    expect(flood).toHaveLength(1);
    expect(flood[0].where).toMatchObject({ elementId: id, page: 'back' });
    expect(flood[0].message.en).toMatch(/Silver/);
    expect(flood[0].message.zh).toMatch(/银|Silver/);
    expect(flood[0].fix.en).toMatch(/ground/);
  });

  it('a rectangle filled with a spot ink floods; at a light tint or in CMYK it does not', () => {
    const rect = (fill: unknown) => withElement(card(), { kind: 'shape', shape: 'rect', fill, transform: { x: 20, y: 20, width: 30, height: 30, rotation: 15 } } as never);
    const flood = (fill: unknown) => preflight(rect(fill).design).warnings.filter((w) => w.code === 'colour.spot-flood').length;
    expect(flood({ spot: { name: 'Silver', tint: 1 } })).toBe(1);
    expect(flood({ spot: { name: 'Gold', tint: 0.8 } })).toBe(1);
    expect(flood({ spot: { name: 'Silver', tint: 0.2 } })).toBe(0);
    expect(flood({ cmyk: { c: 0, m: 0, y: 0, k: 35 } })).toBe(0);
  });
});

describe('paint coverage', () => {
  it('tests points against filled paths with both fill rules, and takes the top-most paint', () => {
    const square: PathNode['d'] = [['M', 0, 0], ['L', 10, 0], ['L', 10, 10], ['L', 0, 10], ['Z']];
    const hole: PathNode['d'] = [...square, ['M', 3, 3], ['L', 7, 3], ['L', 7, 7], ['L', 3, 7], ['Z']];
    expect(insidePath(square, 5, 5)).toBe(true);
    expect(insidePath(square, 11, 5)).toBe(false);
    expect(insidePath(hole, 5, 5, 'evenodd')).toBe(false);
    expect(insidePath(hole, 1, 5, 'evenodd')).toBe(true);
    const silver = { kind: 'spot' as const, name: 'Silver', tint: 1, alternate: { c: 0, m: 0, y: 0, k: 35 } };
    const black = { kind: 'cmyk' as const, c: 0, m: 0, y: 0, k: 100 };
    const nodes: SceneNode[] = [
      { type: 'path', d: square, fill: silver },
      { type: 'group', transform: [1, 0, 0, 1, 5, 0], children: [{ type: 'path', d: square, fill: black }] },
    ];
    const s = samplePaint(nodes, { x: 0, y: 0, width: 10, height: 10, rotation: 0 }, 10);
    // the left half stays silver, the right half is covered by black
    expect(s.filter((p) => p === silver).length).toBe(50);
    expect(s.filter((p) => p === black).length).toBe(50);
  });

  it('agrees with painting every node on the page point by point, for nested, rotated, clipped and shared art', () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const inks: PrintColor[] = [{ kind: 'spot', name: 'Silver', tint: 1, alternate: { c: 0, m: 0, y: 0, k: 35 } }, { kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 }, { kind: 'cmyk', c: 90, m: 0, y: 0, k: 0 }];
    const shape = (): PathNode['d'] => {
      const cx = rnd() * 20 - 5, cy = rnd() * 20 - 5, r = 2 + rnd() * 8;
      return [['M', cx - r, cy], ['C', cx - r, cy - r, cx + r, cy - r, cx + r, cy], ['L', cx + rnd() * r, cy + r], ['Z']];
    };
    const matrix = (): Matrix => {
      const a = rnd() * 6.3, sc = 0.5 + rnd();
      return [sc * Math.cos(a), sc * Math.sin(a), -sc * Math.sin(a), sc * Math.cos(a), rnd() * 10, rnd() * 10];
    };
    const nodesOf = (depth: number, shared: SceneNode[]): SceneNode[] =>
      Array.from({ length: 1 + Math.floor(rnd() * 4) }, (): SceneNode => {
        const r = rnd();
        if (r < 0.45 || depth === 0) return { type: 'path', d: shape(), fill: inks[Math.floor(rnd() * inks.length)], ...(rnd() < 0.3 ? { fillRule: 'evenodd' as const } : {}) };
        if (r < 0.6) return { type: 'group', transform: matrix(), children: shared };
        return { type: 'group', ...(rnd() < 0.7 ? { transform: matrix() } : {}), ...(rnd() < 0.4 ? { clip: shape() } : {}), children: nodesOf(depth - 1, shared) };
      });
    // the reference: every filled path mapped to the page with its clips, top-most hit wins
    const reference = (nodes: readonly SceneNode[], x: number, y: number): unknown => {
      const hits: { paint: unknown; ok: boolean }[] = [];
      const walk = (list: readonly SceneNode[], m: Matrix, clips: { d: PathNode['d']; m: Matrix }[]) => {
        for (const n of list) {
          if (n.type === 'group') {
            const inner = n.transform ? multiply(m, n.transform) : m;
            walk(n.children, inner, n.clip ? [...clips, { d: n.clip, m: inner }] : clips);
          } else if (n.type === 'path' && n.fill) {
            const local = (mm: Matrix) => applyToPoint(invertMatrix(mm), x, y);
            const p = local(m);
            hits.push({ paint: n.fill, ok: insidePath(n.d, p.x, p.y, n.fillRule ?? 'nonzero') && clips.every((c) => { const q = local(c.m); return insidePath(c.d, q.x, q.y); }) });
          }
        }
      };
      walk(nodes, [1, 0, 0, 1, 0, 0], []);
      return [...hits].reverse().find((h) => h.ok)?.paint;
    };
    for (let i = 0; i < 60; i++) {
      const shared = nodesOf(1, []);
      const nodes = nodesOf(3, shared);
      const box = { x: -5, y: -5, width: 30, height: 30, rotation: 0 };
      const got = samplePaint(nodes, box, 12);
      got.forEach((paint, k) => {
        const x = box.x + ((k % 12) + 0.5) * (box.width / 12);
        const y = box.y + (Math.floor(k / 12) + 0.5) * (box.height / 12);
        expect(paint, `scene ${i} point ${x.toFixed(2)},${y.toFixed(2)}`).toBe(reference(nodes, x, y));
      });
    }
  });
});

