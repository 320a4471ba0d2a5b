/** `jinxiu design export|import` and `jinxiu export|images FILE.jxdesign`, in text and with --json. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../../electron/cli/run';
import { exportDesignFile } from '../../../../../../electron/services/designs/file';
import { pdfinfo, qpdfCheck } from '../../../../../helpers/pdf-tools';
import { call } from '../../../../../helpers/studio';
import { makeTempDir } from '../../../../../helpers/temp-dir';
import { richDesign, studioAt, type Studio } from './design-file-fixtures';

let a: Studio;
let fixture: Awaited<ReturnType<typeof richDesign>>;
const tmp = makeTempDir('jinxiu-design-file-cli-');
const file = join(tmp.dir, 'jar.jxdesign');

function io(lang: 'en' | 'zh-CN' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), lang }, out, err };
}

beforeAll(async () => {
  a = await studioAt();
  fixture = await richDesign(a);
  // each test can run alone; the first one writes it again through the CLI
  writeFileSync(file, exportDesignFile(a.studio, fixture.designId, { name: 'fixture' }).bytes);
}, 120_000);
afterAll(() => {
  a?.cleanup();
  tmp.cleanup();
});

const entries = (dir: string) => readdirSync(dir).length;
/** the isolated workspaces `export FILE.jxdesign` makes without --data (electron/cli/design-source.ts) */
const workspaces = () => readdirSync(tmpdir()).filter((n) => n.startsWith('jinxiu-opened-design-')).length;

describe('jinxiu design export / import', () => {
  it('design export writes the file (text), and says what it holds with --json', async () => {
    const text = io();
    expect(await runCli(['design', 'export', fixture.designId, '--out', file, '--data', a.dataDir], text.io)).toBe(0);
    expect(text.err).toEqual([]);
    expect(text.out.join('\n')).toMatch(/^wrote .*jar\.jxdesign \(\d+ motif\(s\), \d+ file\(s\), product facts included\)$/);
    const json = io();
    const again = join(tmp.dir, 'again.jxdesign');
    expect(await runCli(['design', 'export', fixture.designId, '--out', again, '--data', a.dataDir, '--json'], json.io)).toBe(0);
    const result = JSON.parse(json.out.join('\n'));
    expect(result).toMatchObject({ ok: true, file: again, design: { id: fixture.designId } });
    expect(result.motifs).toBeGreaterThanOrEqual(3);
    expect(result.files).toBeGreaterThanOrEqual(2);
    expect(Object.keys(unzipSync(readFileSync(again)))).toContain('manifest.json');
  });

  it('design import --dry-run --json says what would happen and writes nothing; then the import adds the design', async () => {
    const b = makeTempDir('jinxiu-design-file-b-');
    try {
      const dry = io();
      expect(await runCli(['design', 'import', file, '--data', b.dir, '--dry-run', '--json'], dry.io)).toBe(0);
      const plan = JSON.parse(dry.out.join('\n'));
      expect(plan).toMatchObject({ ok: true, dryRun: true, design: { id: fixture.designId, action: 'new' } });
      expect(plan.motifs.find((m: { id: string }) => m.id === fixture.ownMotifId)).toMatchObject({ action: 'new', status: 'draft' });
      const list = io();
      expect(await runCli(['motifs', 'search', '合作社标志', '--data', b.dir, '--json'], list.io)).toBe(0);
      expect(list.out.join('\n')).not.toContain(fixture.ownMotifId);

      const zh = io('zh-CN');
      expect(await runCli(['design', 'import', file, '--data', b.dir], zh.io)).toBe(0);
      expect(zh.out[0]).toContain('设计');
      expect(zh.out[0]).toContain('新增');
      expect(zh.out.join('\n')).toContain('合作社标志');
      const again = io();
      expect(await runCli(['design', 'import', file, '--data', b.dir], again.io)).toBe(0);
      expect(again.out[0]).toContain('already here, unchanged');
    } finally {
      b.cleanup();
    }
  });

  it('refusals: one JSON object on stdout with --json, one translated line on stderr without; nothing written', async () => {
    const battlements = await call(a.dispatch, 'designs.createFromSample', { sample: 'jar-label-sour-soup' });
    battlements.elements.push({ id: 'x', kind: 'motif', name: 'x', page: 'front', panelId: 'label', opacity: 1, locked: false, hidden: false, motifId: '7b32c105-9b97-427d-8dcc-8e40528e5cd5', colourMap: {}, transform: { x: 100, y: 10, width: 10, height: 10, rotation: 0 } });
    await call(a.dispatch, 'designs.save', { design: battlements, reason: 'explicit' });
    const out = join(tmp.dir, 'forbidden.jxdesign');
    const json = io();
    expect(await runCli(['design', 'export', battlements.id, '--out', out, '--data', a.dataDir, '--json'], json.io)).toBe(1);
    expect(json.out).toHaveLength(1);
    expect(JSON.parse(json.out[0])).toMatchObject({ ok: false, error: { code: 'design-file.forbidden', message: { zh: expect.stringContaining('城垛纹'), en: expect.stringContaining('Battlements') } } });
    expect(existsSync(out)).toBe(false);
    const zh = io('zh-CN');
    expect(await runCli(['design', 'export', battlements.id, '--out', out, '--data', a.dataDir], zh.io)).toBe(1);
    expect(zh.err.join('\n')).toContain('城垛纹');
    expect(zh.out).toEqual([]);

    const bad = io();
    expect(await runCli(['design', 'export', fixture.designId, '--out', join(tmp.dir, 'x.zip'), '--data', a.dataDir, '--json'], bad.io)).toBe(2);
    expect(JSON.parse(bad.out[0]).error.code).toBe('cli.bad-extension');

    const files = unzipSync(readFileSync(file));
    files[`files/${fixture.photoId}`] = files[`files/${fixture.photoId}`].map((x, i) => (i === 100 ? x ^ 1 : x));
    const tampered = join(tmp.dir, 'tampered.jxdesign');
    writeFileSync(tampered, zipSync(files));
    const c = makeTempDir('jinxiu-design-file-c-');
    try {
      for (const argv of [['design', 'import', tampered], ['export', tampered, '--out', join(tmp.dir, 't.pdf')], ['images', tampered, '--out', join(tmp.dir, 't')]]) {
        const r = io();
        expect(await runCli([...argv, '--data', c.dir, '--json'], r.io)).toBe(1);
        expect(r.out).toHaveLength(1);
        expect(JSON.parse(r.out[0])).toMatchObject({ ok: false, error: { code: 'design-file.refused', message: { en: expect.stringMatching(/checksum mismatch/) } } });
        const t = io();
        expect(await runCli([...argv, '--data', c.dir], t.io)).toBe(1);
        expect(t.err.join('\n')).toMatch(/^The design file failed its checks: checksum mismatch .*Nothing was changed\.$/);
      }
      expect(existsSync(join(tmp.dir, 't.pdf'))).toBe(false);
      expect(existsSync(join(tmp.dir, 't'))).toBe(false);
      const designs = io();
      await runCli(['design', 'import', file, '--data', c.dir, '--dry-run', '--json'], designs.io);
      expect(JSON.parse(designs.out[0]).design.action).toBe('new'); // the refused imports left no design behind
    } finally {
      c.cleanup();
    }
  });
});

describe('jinxiu export / images take a .jxdesign', () => {
  it('without --data: prints from a fresh, isolated workspace that is removed afterwards; this PC\'s data folder is untouched', async () => {
    const home = makeTempDir('jinxiu-design-file-home-');
    const saved = { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, JINXIU_DATA: process.env.JINXIU_DATA };
    process.env.XDG_CONFIG_HOME = home.dir;
    delete process.env.JINXIU_DATA;
    const before = workspaces();
    try {
      const pdf = join(tmp.dir, 'isolated.pdf');
      const r = io();
      expect(await runCli(['export', file, '--out', pdf, '--json'], r.io)).toBe(0);
      expect(JSON.parse(r.out.join('\n'))).toMatchObject({ errors: [], output: pdf });
      expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors found');
      expect(pdfinfo(pdf)['PDF subtype']).toBe('PDF/X-4');
      expect(entries(home.dir)).toBe(0);
      const text = io();
      const pictures = join(tmp.dir, 'pictures');
      expect(await runCli(['images', file, '--out', pictures], text.io)).toBe(0);
      expect(text.out.join('\n')).toMatch(/^wrote /);
      expect(readdirSync(pictures).sort()).toEqual(['detail.png', 'main.png', 'mockup-3d.png', 'mockup.png']);
      expect(entries(home.dir)).toBe(0);
      expect(workspaces()).toBe(before);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
      home.cleanup();
    }
  }, 120_000);

  it('with --data: the design file is opened into that studio and stays there (text output)', async () => {
    const d = makeTempDir('jinxiu-design-file-d-');
    try {
      const pdf = join(tmp.dir, 'kept.pdf');
      const r = io();
      expect(await runCli(['export', file, '--out', pdf, '--data', d.dir], r.io)).toBe(0);
      expect(r.out.join('\n')).toMatch(/exported .*kept\.pdf/);
      expect(pdfinfo(pdf)['PDF subtype']).toBe('PDF/X-4');
      // the design is now in that studio: exporting it by id works
      const byId = io();
      expect(await runCli(['export', fixture.designId, '--out', join(tmp.dir, 'by-id.pdf'), '--data', d.dir, '--json'], byId.io)).toBe(0);
    } finally {
      d.cleanup();
    }
  }, 120_000);
});
