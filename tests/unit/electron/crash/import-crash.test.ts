import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../helpers/temp-dir';
import { noisyJpeg } from '../../../helpers/images';
import { doctor, requireBuiltCli, runAndKill, runCliProcess, type DoctorJson } from './cli-process';

/** Orphan and temporary files are what a killed write may leave: harmless, repairable warnings. */
const HARMLESS = new Set(['files.orphan', 'files.temporary']);

function expectHealthy(report: DoctorJson): void {
  expect(report.problems.filter((p) => !HARMLESS.has(p.code))).toEqual([]);
  expect(report.ok).toBe(true);
}

/** Every motif row has its master, preview and thumbnail rows, and every file they name is on disk. */
function expectWholeMotifs(dataDir: string): number {
  const db = new BetterSqlite3(path.join(dataDir, 'studio.sqlite'), { readonly: true });
  try {
    const motifs = db.prepare<[], { id: string }>("SELECT id FROM motifs WHERE source = 'import'").all();
    for (const { id } of motifs) {
      const files = db.prepare<[string], { role: string; sha256: string }>('SELECT role, sha256 FROM motif_files WHERE motif_id = ?').all(id);
      expect(files.map((f) => f.role).sort()).toEqual(['original', 'preview', 'thumbnail']);
      for (const f of files) expect(fs.existsSync(path.join(dataDir, 'files', f.sha256.slice(0, 2), f.sha256))).toBe(true);
    }
    return motifs.length;
  } finally {
    db.close();
  }
}

describe('crash safety: motifs import killed mid-way', () => {
  const temp = makeTempDir('jinxiu-crash-');
  const scans = path.join(temp.dir, 'scans');
  const data = path.join(temp.dir, 'data');
  const TOTAL = 100;

  beforeAll(async () => {
    requireBuiltCli();
    fs.mkdirSync(scans);
    for (let i = 0; i < TOTAL; i++) fs.writeFileSync(path.join(scans, `scan-${String(i).padStart(3, '0')}.jpg`), await noisyJpeg(640, 480, i + 1));
  }, 120_000);
  afterAll(() => temp.cleanup());

  const reported = (stdout: string) => (stdout.match(/^\[\d+\/\d+\] imported/gm) ?? []).length;

  it('leaves whole motifs or none, and doctor finds at most harmless leftovers', async () => {
    // three kills at different moments: right after a report line, and a few ms into the next file
    const plans = [
      { after: 10, delayMs: 0 },
      { after: 5, delayMs: 15 },
      { after: 5, delayMs: 40 },
    ];
    let before = 0;
    for (const plan of plans) {
      const run = await runAndKill(['motifs', 'import', scans, '--data', data], { killWhen: (out) => reported(out) >= plan.after, delayMs: plan.delayMs });
      expect(run.killed).toBe(true);
      expectHealthy(doctor(data));
      const count = expectWholeMotifs(data);
      expect(count).toBeGreaterThan(before);
      expect(count).toBeLessThan(TOTAL);
      before = count;
    }
    // finishing the job afterwards: files already imported are recognised as duplicates
    const finish = runCliProcess(['motifs', 'import', scans, '--data', data]);
    expect(finish.status).toBe(0);
    expect(expectWholeMotifs(data)).toBe(TOTAL);
    const repaired = runCliProcess(['doctor', '--data', data, '--json', '--repair']);
    expect(JSON.parse(repaired.stdout).ok).toBe(true);
  }, 240_000);
});
