import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStudio } from '../../../helpers/studio';
import { makeTempDir } from '../../../helpers/temp-dir';
import { noisyJpeg } from '../../../helpers/images';
import { doctor, requireBuiltCli, runAndKill, runCliProcess } from './cli-process';

const HARMLESS = new Set(['files.orphan', 'files.temporary']);

function packMotifs(dataDir: string): number {
  const db = new BetterSqlite3(path.join(dataDir, 'studio.sqlite'), { readonly: true });
  try {
    const ids = db.prepare<[], { id: string }>("SELECT id FROM motifs WHERE source = 'pack'").all();
    for (const { id } of ids) {
      const roles = db.prepare<[string], { role: string }>('SELECT role FROM motif_files WHERE motif_id = ? ORDER BY role').all(id).map((r) => r.role);
      expect(roles).toEqual(['preview', 'raster', 'thumbnail']);
    }
    return ids.length;
  } finally {
    db.close();
  }
}

describe('crash safety: pack import killed mid-way', () => {
  const temp = makeTempDir('jinxiu-pack-crash-');
  const packFile = path.join(temp.dir, 'big.jxpack');
  const TOTAL = 100;
  let fullRunMs = 0;

  beforeAll(async () => {
    requireBuiltCli();
    const source = await makeStudio({ starterLibrary: false });
    try {
      const ids: string[] = [];
      for (let i = 0; i < TOTAL; i++) ids.push((await source.studio.imports.importOne(`scan-${i}.jpg`, await noisyJpeg(640, 480, 1000 + i), 'test')).id!);
      fs.writeFileSync(packFile, source.studio.packs.export(ids, { name: 'test', curator: true }).bytes);
    } finally {
      source.cleanup();
    }
    // how long an uninterrupted import takes here, so the kills land early, midway and late
    const started = Date.now();
    const full = runCliProcess(['pack', 'import', packFile, '--data', path.join(temp.dir, 'reference')]);
    fullRunMs = Date.now() - started;
    expect(full.status).toBe(0);
    expect(packMotifs(path.join(temp.dir, 'reference'))).toBe(TOTAL);
  }, 240_000);
  afterAll(() => temp.cleanup());

  it('imports all of the pack or none of it, whenever the process dies', async () => {
    const data = path.join(temp.dir, 'data');
    runCliProcess(['doctor', '--data', data]); // nothing there yet
    for (const fraction of [0.35, 0.6, 0.8, 0.95]) {
      const run = await runAndKill(['pack', 'import', packFile, '--data', data], { afterMs: Math.round(fullRunMs * fraction) });
      const report = doctor(data);
      expect(report.problems.filter((p) => !HARMLESS.has(p.code))).toEqual([]);
      const count = packMotifs(data);
      expect([0, TOTAL]).toContain(count);
      if (!run.killed) expect(count).toBe(TOTAL);
      if (count === TOTAL) break;
    }
    expect(runCliProcess(['pack', 'import', packFile, '--data', data]).status).toBe(0);
    expect(packMotifs(data)).toBe(TOTAL);
    // every attempt that got past its checks took a "before pack import" backup first
    expect(fs.readdirSync(path.join(data, 'backups')).some((n) => n.endsWith('-before-pack.jxbackup'))).toBe(true);
  }, 240_000);
});
