import { describe, expect, it } from 'vitest';
import { sceneToSvg, type SceneSvgOptions } from '../../../../../electron/services/export/scene-svg';
import type { PathNode, ScenePage } from '../../../../../model/scene';

/**
 * The studio's server writes thumbnails with sceneToSvg in the process that answers the
 * composer; a 300-element design took seconds and opening a design waited behind it. The writer
 * now lets the event loop run every few milliseconds: other work gets turns while a big picture
 * is written, and the picture is the same.
 */
const square = (i: number): PathNode => ({
  type: 'path',
  d: [['M', i % 200, Math.floor(i / 200)], ['L', (i % 200) + 0.8, Math.floor(i / 200)], ['L', (i % 200) + 0.8, Math.floor(i / 200) + 0.8], ['Z']],
  fill: { kind: 'cmyk', c: 100, m: 75, y: 10, k: 35 },
});
const page: ScenePage = { name: 'front', widthMm: 200, heightMm: 150, bleedMm: 3, safeMm: 3, nodes: Array.from({ length: 30_000 }, (_, i) => square(i)) };
const options = { glyphs: {}, image: {}, dpi: 72, dieline: false, area: 'trim' } as unknown as SceneSvgOptions;

describe('sceneToSvg on a large scene', () => {
  it('gives the event loop turns while it writes, and writes the same picture', async () => {
    let turns = 0;
    let writing = true;
    const tick = () => {
      if (!writing) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const started = performance.now();
    const first = await sceneToSvg(page, options);
    writing = false;
    const took = performance.now() - started;
    // one turn at least every 15 ms of writing (a loose bound: a busy machine stretches a slice)
    expect(took).toBeGreaterThan(30);
    expect(turns).toBeGreaterThanOrEqual(2);
    expect((await sceneToSvg(page, options)).svg).toBe(first.svg);
    expect(first.svg.match(/<path /g)).toHaveLength(30_000);
  });
});
