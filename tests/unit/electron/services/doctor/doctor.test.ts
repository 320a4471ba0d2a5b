import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/run';
import { runDoctor } from '../../../../../electron/services/doctor/doctor';
import { makeStudio, type TestStudio } from '../../../../helpers/studio';
import { noisyJpeg, solidPng } from '../../../../helpers/images';
import { corruptDatabase } from './corrupt';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function studio(starterLibrary = false): Promise<TestStudio> {
  const t = await makeStudio({ starterLibrary });
  cleanups.push(t.cleanup);
  return t;
}

const codes = (report: { problems: { code: string }[] }) => report.problems.map((p) => p.code).sort();
const fileOf = (t: TestStudio, sha: string) => path.join(t.dataDir, 'files', sha.slice(0, 2), sha);

function roleSha(t: TestStudio, motifId: string, role: string): string {
  return t.studio.db.prepare<[string, string], { sha256: string }>('SELECT sha256 FROM motif_files WHERE motif_id = ? AND role = ?').get(motifId, role)!.sha256;
}

describe('doctor', () => {
  it('passes a healthy studio with the starter library and checks every registered file', async () => {
    const t = await studio(true);
    const report = await runDoctor(t.dataDir);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const registered = Number(t.studio.db.prepare('SELECT count(*) FROM files').pluck().get());
    expect(registered).toBeGreaterThan(10);
    expect(report.checkedFiles).toBe(registered);
    expect(report.schemaVersion).toBe(report.latestSchemaVersion);
  });

  it('treats orphan and temporary files as harmless warnings, and repair removes them', async () => {
    const t = await studio();
    const orphanSha = t.studio.store.put(Buffer.from('left by a crash between put() and the insert'));
    fs.writeFileSync(path.join(t.dataDir, 'files', 'tmp', 'abc.123.tmp'), 'half a file');
    const report = await runDoctor(t.dataDir);
    expect(report.ok).toBe(true);
    expect(codes(report)).toEqual(['files.orphan', 'files.temporary']);
    expect(report.problems.every((p) => p.severity === 'warning' && p.repairable)).toBe(true);

    // fresh files are left alone by default: they may belong to an import still running
    const cautious = await runDoctor(t.dataDir, { repair: true });
    expect(codes(cautious)).toEqual(['files.orphan', 'files.temporary']);
    expect(cautious.notRepaired.length).toBe(1);

    const repaired = await runDoctor(t.dataDir, { repair: true, graceMs: 0 });
    expect(repaired.problems).toEqual([]);
    expect(fs.existsSync(fileOf(t, orphanSha))).toBe(false);
    expect(repaired.repaired[0].en).toMatch(/Removed 2/);
  });

  it('rebuilds missing or damaged thumbnails and previews from the masters', async () => {
    const t = await studio();
    const raster = await t.studio.imports.importOne('scan.jpg', await noisyJpeg(600, 400, 3), 'test');
    const vector = await t.studio.imports.importOne('v.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><rect width="20" height="10" fill="#123456"/></svg>'), 'test');
    const thumb = roleSha(t, raster.id!, 'thumbnail');
    const preview = roleSha(t, raster.id!, 'preview');
    const vThumb = roleSha(t, vector.id!, 'thumbnail');
    const previewFormat = (await sharp(fs.readFileSync(fileOf(t, preview))).metadata()).format;
    fs.rmSync(fileOf(t, thumb));
    fs.rmSync(fileOf(t, preview));
    fs.writeFileSync(fileOf(t, vThumb), 'not a png any more');

    const report = await runDoctor(t.dataDir);
    expect(report.ok).toBe(false);
    expect(codes(report)).toEqual(['files.derived-missing']);
    expect(report.problems[0].repairable).toBe(true);

    const after = await runDoctor(t.dataDir, { repair: true, graceMs: 0 });
    expect(after.problems).toEqual([]);
    expect(after.ok).toBe(true);
    for (const [id, role, format] of [[raster.id!, 'thumbnail', 'png'], [raster.id!, 'preview', previewFormat], [vector.id!, 'thumbnail', 'png']] as const) {
      const meta = await sharp(fs.readFileSync(fileOf(t, roleSha(t, id, role)))).metadata();
      expect(meta.format).toBe(format);
      expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(role === 'thumbnail' ? 256 : 1200);
    }
  });

  it('reports a missing master as an error it cannot repair', async () => {
    const t = await studio();
    const r = await t.studio.imports.importOne('red.png', await solidPng(50, 50, [200, 0, 0]), 'test');
    fs.rmSync(fileOf(t, roleSha(t, r.id!, 'original')));
    const report = await runDoctor(t.dataDir, { repair: true, graceMs: 0 });
    expect(report.ok).toBe(false);
    expect(codes(report)).toEqual(['files.missing']);
    expect(report.problems[0].repairable).toBe(false);
    expect(report.notRepaired.map((l) => l.en).join(' ')).toMatch(/cannot be repaired; restore a backup/);
  });

  it('finds file references in tables added later (any foreign key to files)', async () => {
    const t = await studio();
    const used = t.studio.store.put(Buffer.from('an image a design uses'));
    const gone = 'f'.repeat(64);
    t.studio.db.exec('CREATE TABLE later_designs (id INTEGER PRIMARY KEY, image TEXT REFERENCES files (sha256))');
    t.studio.db.prepare("INSERT INTO files VALUES (?, 22, 'image/png', 'now')").run(used);
    t.studio.db.prepare("INSERT INTO files VALUES (?, 1, 'image/png', 'now')").run(gone);
    t.studio.db.prepare('INSERT INTO later_designs (image) VALUES (?), (?)').run(used, gone);
    const report = await runDoctor(t.dataDir);
    // `used` is referenced (not an orphan); `gone` is referenced by a design and missing: an error
    expect(codes(report)).toEqual(['files.missing']);
    expect(report.problems[0].details).toEqual({ sha256: [gone] });
  });

  it('reports broken foreign keys and a damaged database, and the CLI exits non-zero', async () => {
    const t = await studio();
    t.studio.db.pragma('foreign_keys = OFF');
    t.studio.db.prepare("INSERT INTO motif_files VALUES ('no-such-motif', 'x.png', 'thumbnail', ?)").run('e'.repeat(64));
    const fk = await runDoctor(t.dataDir);
    expect(codes(fk)).toContain('db.foreign-keys');
    expect(fk.ok).toBe(false);

    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: () => {}, lang: 'en' as const };
    expect(await runCli(['doctor', '--data', t.dataDir, '--json'], io)).toBe(1);
    const printed = JSON.parse(out[0]);
    expect(printed.ok).toBe(false);
    expect(printed.problems.find((p: { code: string }) => p.code === 'db.foreign-keys').message.zh).toMatch(/引用/);

    t.studio.close();
    corruptDatabase(path.join(t.dataDir, 'studio.sqlite'));
    const damaged = await runDoctor(t.dataDir);
    expect(codes(damaged)).toEqual(['db.damaged']);
    expect(damaged.problems[0].message.en).toMatch(/Restore a backup/);
  });

  it('says plainly that an empty folder has no database', async () => {
    const t = await studio();
    t.studio.close();
    fs.rmSync(path.join(t.dataDir, 'studio.sqlite'));
    for (const f of ['studio.sqlite-wal', 'studio.sqlite-shm']) fs.rmSync(path.join(t.dataDir, f), { force: true });
    const report = await runDoctor(t.dataDir);
    expect(report.ok).toBe(false);
    expect(codes(report)).toContain('db.missing');
  });
});
