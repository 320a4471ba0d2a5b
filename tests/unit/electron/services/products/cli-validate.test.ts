import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/run';
import type { Lang } from '../../../../../model/localized';
import { makeTempDir } from '../../../../helpers/temp-dir';
import { localToday, readSample, sampleValidOn, shiftIso, SAMPLES_DIR } from './fixtures';

function capture(lang: Lang = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), lang }, out, err };
}

const tmp = makeTempDir('jinxiu-validate-');
afterAll(() => tmp.cleanup());
const write = (name: string, content: unknown) => {
  const file = path.join(tmp.dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
};

describe('jinxiu validate product', () => {
  const today = localToday();

  it('passes every shipped sample (certificates shifted to be valid today) with exit 0 and JSON output', async () => {
    for (const name of fs.readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.json'))) {
      const file = write(name, sampleValidOn(name.replace(/\.json$/, ''), today));
      const c = capture();
      const code = await runCli(['validate', 'product', file, '--json'], c.io);
      const report = JSON.parse(c.out.join('\n'));
      expect(report.errors, name).toEqual([]);
      expect(Array.isArray(report.warnings)).toBe(true);
      expect(code).toBe(0);
    }
  });

  it('exits 1 on a broken copy and names each field, in the CLI language', async () => {
    const broken = sampleValidOn('leishan-yinqiu-tea', today);
    broken.product.productionLicence = 'SC1145226340001';
    broken.product.ean13 = '6990000000016'; // wrong check digit (…15 is right)
    const file = write('broken.json', broken);
    const en = capture('en');
    expect(await runCli(['validate', 'product', file, '--json'], en.io)).toBe(1);
    const report = JSON.parse(en.out.join('\n'));
    expect(report.errors.map((e: any) => e.field).sort()).toEqual(['product.ean13', 'product.productionLicence']);
    expect(report.errors.every((e: any) => typeof e.message === 'string' && /[a-z]/.test(e.message))).toBe(true);
    const zh = capture('zh-CN');
    expect(await runCli(['validate', 'product', file], zh.io)).toBe(1);
    expect(zh.out.join('\n')).toMatch(/2 个错误/);
    expect(zh.out.join('\n')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('checks certificates against --print-date', async () => {
    const file = write('tea.json', sampleValidOn('leishan-yinqiu-tea', today));
    const after = shiftIso(today, 301);
    const c = capture();
    expect(await runCli(['validate', 'product', file, '--json', '--print-date', after], c.io)).toBe(1);
    expect(JSON.parse(c.out[0]).errors.map((e: any) => e.field)).toContain('product.certifications.0.validTo');
    const bad = capture();
    expect(await runCli(['validate', 'product', file, '--print-date', '2027-02-30'], bad.io)).toBe(2);
    expect(bad.err).toHaveLength(1);
  });

  it('bad JSON or an unreadable file: one line on stderr, exit 2', async () => {
    const text = JSON.stringify(readSample('kaili-red-sour-soup'));
    const cut = write('cut.json', text.slice(0, text.length / 2));
    const a = capture();
    expect(await runCli(['validate', 'product', cut], a.io)).toBe(2);
    expect(a.err).toHaveLength(1);
    expect(a.err[0]).toContain('not valid JSON');
    expect(a.out).toEqual([]);
    const b = capture('zh-CN');
    expect(await runCli(['validate', 'product', path.join(tmp.dir, 'missing.json')], b.io)).toBe(2);
    expect(b.err).toHaveLength(1);
    expect(b.err[0]).toContain('无法读取');
    expect(b.err[0].includes('\n')).toBe(false);
  });

  it('a file of the wrong shape is reported as findings (exit 1), not a crash', async () => {
    const file = write('shape.json', { cooperative: {}, product: { kind: 'spaceship' } });
    const c = capture();
    expect(await runCli(['validate', 'product', file, '--json'], c.io)).toBe(1);
    expect(JSON.parse(c.out[0]).errors.length).toBeGreaterThan(0);
  });
});
