import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/run';
import { makeStudio } from '../../../../helpers/studio';
import { makeTempDir } from '../../../../helpers/temp-dir';
import { solidPng } from '../../../../helpers/images';
import { databaseFileHash, treeListing } from './state-hash';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), lang: 'en' as const }, out, err };
}

describe('jinxiu backup / restore', () => {
  it('writes a verified archive, refuses to overwrite, and restores into an empty and then a used folder', async () => {
    const t = await makeStudio({ starterLibrary: false });
    cleanups.push(t.cleanup);
    await t.studio.imports.importOne('a.png', await solidPng(32, 32, [10, 120, 60]), 'test');
    await t.studio.imports.importOne('b.png', await solidPng(32, 32, [120, 10, 60]), 'test');
    const { dir, cleanup } = makeTempDir('jinxiu-cli-backup-');
    cleanups.push(cleanup);
    const archive = path.join(dir, 'coop.jxbackup');

    const a = capture();
    expect(await runCli(['backup', '--data', t.dataDir, '--out', archive, '--json'], a.io)).toBe(0);
    expect(JSON.parse(a.out[0])).toMatchObject({ motifs: 2, missing: [] });
    const again = capture();
    expect(await runCli(['backup', '--data', t.dataDir, '--out', archive], again.io)).toBe(1);
    expect(again.err[0]).toMatch(/already exists/);
    const noOut = capture();
    expect(await runCli(['backup', '--data', t.dataDir], noOut.io)).toBe(2);

    const target = path.join(dir, 'new-pc');
    const r1 = capture();
    expect(await runCli(['restore', archive, '--data', target, '--json'], r1.io)).toBe(0);
    expect(JSON.parse(r1.out[0])).toMatchObject({ motifs: 2, safetyBackup: null });
    expect(databaseFileHash(path.join(target, 'studio.sqlite'))).toBe(databaseFileHash(path.join(t.dataDir, 'studio.sqlite')));

    const r2 = capture();
    expect(await runCli(['restore', archive, '--data', target], r2.io)).toBe(0);
    expect(r2.out.join('\n')).toMatch(/previous state was backed up as backups\/jinxiu-.*-before-restore\.jxbackup/);

    // a damaged archive: refused, exit 1, the folder exactly as it was
    const before = treeListing(target);
    const bytes = fs.readFileSync(archive);
    bytes[Math.floor(bytes.length / 3)] ^= 0xff;
    const bad = path.join(dir, 'bad.jxbackup');
    fs.writeFileSync(bad, bytes);
    const r3 = capture();
    expect(await runCli(['restore', bad, '--data', target], r3.io)).toBe(1);
    expect(r3.err[0]).toMatch(/damaged or incomplete.*not touched/);
    expect(treeListing(target)).toEqual(before);

    const d = capture();
    expect(await runCli(['doctor', '--data', target], d.io)).toBe(0);
    expect(d.out.at(-1)).toMatch(/All checks passed/);
  });
});
