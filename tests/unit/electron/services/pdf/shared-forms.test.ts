/**
 * Art placed more than once is written once (shared-forms.ts): a node list the scene uses in
 * several places becomes one Form XObject, each copy a `Do` of it. The print must not change:
 * the same scene with every copy made a separate object (painted inline, as before) renders and
 * separates to the same pixels, spot plate included.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { FontService } from '../../../../../electron/services/fonts/font-service';
import { sharedNodeLists } from '../../../../../electron/services/pdf/shared-forms';
import { writePdf, type WritePdfOptions } from '../../../../../electron/services/pdf/write-pdf';
import type { Scene, SceneNode } from '../../../../../model/scene';
import { qpdfCheck, qpdfJson, renderPng, tiffsep } from '../../../../helpers/pdf-tools';
import { circle, rect, SILVER } from './sample-scene';

const root = resolve(__dirname, '../../../../..');
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-forms-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const options: WritePdfOptions = {
  fonts: new FontService({ bundledDir: join(root, 'assets/fonts') }),
  loadImage: () => {
    throw new Error('no photos here');
  },
  iccPath: join(root, 'assets/icc/FOGRA39L_tac300.icc'),
  cropMarks: false,
  dielineName: 'Dieline',
  title: 'forms',
  creator: 'test',
  now: new Date('2026-12-07T00:00:00Z'),
};

/** A motif's art: a silver disc, a process ring and a stroked line (5 nodes, one of them a group). */
function art(): SceneNode[] {
  return [
    { type: 'path', d: circle(0, 0, 8), fill: SILVER },
    { type: 'path', d: [...rect(-6, -6, 12, 12), ...rect(-3, -3, 6, 6)], fillRule: 'evenodd', fill: { kind: 'cmyk', c: 80, m: 20, y: 0, k: 10 } },
    { type: 'path', d: [['M', -8, 9], ['L', 8, 9]], stroke: { color: { kind: 'cmyk', c: 0, m: 90, y: 80, k: 0 }, widthMm: 0.8 } },
    { type: 'group', transform: [0.5, 0, 0, 0.5, 0, 0], children: [{ type: 'path', d: circle(0, 0, 4), fill: { kind: 'cmyk', c: 0, m: 0, y: 100, k: 0 } }] },
  ];
}

/** Four copies, turned and scaled; `shared` makes them one node list, else four equal ones. */
function scene(shared: boolean): Scene {
  const one = art();
  const copy = (i: number): SceneNode => {
    const a = (i * 35 * Math.PI) / 180;
    const s = 1 + i * 0.2;
    return { type: 'group', elementId: `m${i}`, transform: [s * Math.cos(a), s * Math.sin(a), -s * Math.sin(a), s * Math.cos(a), 20 + (i % 2) * 40, 25 + Math.floor(i / 2) * 45], children: shared ? one : art() };
  };
  return {
    title: 'forms',
    pages: [{ name: 'front', widthMm: 80, heightMm: 100, bleedMm: 3, safeMm: 3, nodes: [{ type: 'path', d: rect(-3, -3, 86, 106), fill: { kind: 'cmyk', c: 5, m: 5, y: 15, k: 0 } }, ...[0, 1, 2, 3].map(copy)] }],
  };
}

function forms(file: string): number {
  const objects = qpdfJson(file).qpdf[1];
  return Object.values(objects).filter((o) => (o.stream?.dict as Record<string, unknown> | undefined)?.['/Subtype'] === '/Form').length;
}

describe('shared forms', () => {
  it('finds the lists used more than once, looks inside each once, and leaves small ones inline', () => {
    const s = scene(true);
    const lists = sharedNodeLists(s);
    const art = (s.pages[0].nodes[1] as { children: SceneNode[] }).children;
    expect([...lists]).toEqual([art]);
    expect(sharedNodeLists(scene(false)).size).toBe(0);
  });

  it('writes repeated art once and prints exactly what the copies printed inline', async () => {
    const files = await Promise.all([true, false].map(async (shared) => {
      const file = join(tmp, shared ? 'shared.pdf' : 'inline.pdf');
      writeFileSync(file, await writePdf(scene(shared), options));
      qpdfCheck(file);
      return file;
    }));
    const [shared, inline] = files;
    expect(forms(shared)).toBe(1);
    expect(forms(inline)).toBe(0);
    const pixels = async (png: string) => (await sharp(png).raw().toBuffer());
    const [a, b] = await Promise.all([pixels(renderPng(shared, 1, 150)), pixels(renderPng(inline, 1, 150))]);
    expect(a.length).toBe(b.length);
    let differing = 0;
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 8) differing++;
    expect(differing).toBe(0);
    const [sa, sb] = [tiffsep(shared, { dpi: 100 }), tiffsep(inline, { dpi: 100 })];
    expect(sa.plates.sort()).toEqual(sb.plates.sort());
    expect(sa.plates).toContain('Silver');
    for (const plate of sa.plates) {
      const [x, y] = await Promise.all([sharp(sa.plate(plate)).raw().toBuffer(), sharp(sb.plate(plate)).raw().toBuffer()]);
      expect(x.equals(y), plate).toBe(true);
    }
  });
});
