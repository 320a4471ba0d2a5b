import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { noisyJpeg, pngBomb } from '../../helpers/images';
import { makeTempDir } from '../../helpers/temp-dir';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), lang: 'en' as const }, out, err };
}

describe('CLI: motifs and packs on a real data folder', () => {
  const tmp = makeTempDir();
  const data = path.join(tmp.dir, 'data');
  const input = path.join(tmp.dir, 'in');
  beforeAll(async () => {
    fs.mkdirSync(input);
    fs.writeFileSync(path.join(input, 'a-diamond.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M5 0 L10 5 L5 10 L0 5 Z" fill="#b3261e"/></svg>');
    fs.writeFileSync(path.join(input, 'b-scan.jpg'), await noisyJpeg(400, 300, 3));
    fs.writeFileSync(path.join(input, 'c-bomb.png'), pngBomb());
    fs.writeFileSync(path.join(input, 'notes.txt'), 'not artwork, skipped when importing a folder');
  });
  afterAll(() => tmp.cleanup());

  it('imports a folder and prints one JSON array; a rejected file makes the exit code non-zero', async () => {
    const c = capture();
    const code = await runCli(['motifs', 'import', input, '--data', data, '--json'], c.io);
    expect(code).toBe(1);
    const results = JSON.parse(c.out.join(''));
    expect(results.map((r: any) => [path.basename(r.file), r.status])).toEqual([
      ['a-diamond.svg', 'imported'],
      ['b-scan.jpg', 'imported'],
      ['c-bomb.png', 'rejected'],
    ]);
    expect(results[2].error).toMatch(/pixels/);
    expect(results[0].id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('imports the same files again as duplicates, exit 0 when nothing is rejected', async () => {
    const c = capture();
    expect(await runCli(['motifs', 'import', path.join(input, 'a-diamond.svg'), '--data', data, '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join(''))[0].status).toBe('duplicate');
  });

  it('searches with Chinese and English and prints JSON', async () => {
    const c = capture();
    expect(await runCli(['motifs', 'search', '蝴蝶', '--data', data, '--json'], c.io)).toBe(0);
    const found = JSON.parse(c.out.join(''));
    expect(found.total).toBeGreaterThan(0);
    expect(found.items[0].names.zh).toContain('蝴蝶');
    const fts = capture();
    expect(await runCli(['motifs', 'search', '"AND(', '--data', data, '--json'], fts.io)).toBe(0);
  });

  it('exports a pack and imports it into another folder; a second import changes nothing', async () => {
    const pack = path.join(tmp.dir, 'out.jxpack');
    const e = capture();
    expect(await runCli(['pack', 'export', '--out', pack, '--data', data, '--json'], e.io)).toBe(0);
    expect(JSON.parse(e.out.join('')).count).toBeGreaterThan(30);
    const other = path.join(tmp.dir, 'other');
    const dry = capture();
    expect(await runCli(['pack', 'import', pack, '--data', other, '--dry-run', '--json'], dry.io)).toBe(0);
    const plan = JSON.parse(dry.out.join(''));
    // the other folder has the same starter library: every shipped motif is already there
    expect(plan.items.every((i: any) => i.action === 'unchanged')).toBe(true);
  });

  it('refuses a pack that is not a zip with one line and a non-zero exit', async () => {
    const fake = path.join(tmp.dir, 'fake.jxpack');
    fs.writeFileSync(fake, 'not a zip at all');
    const c = capture();
    expect(await runCli(['pack', 'import', fake, '--data', data], c.io)).not.toBe(0);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/not an accepted type/);
  });
});
