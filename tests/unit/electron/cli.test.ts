import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { commands } from '../../../electron/cli/commands';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), lang: 'en' as const }, out, err };
}

describe('CLI', () => {
  it('lists every command in --help', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io)).toBe(0);
    for (const command of commands) expect(c.out.join('\n')).toContain(command.name);
  });

  it('has --help for every command', async () => {
    for (const entry of commands) {
      const c = capture();
      expect(await runCli([...entry.name.split(' '), '--help'], c.io)).toBe(0);
      const command = await entry.load();
      expect(c.out.join('\n')).toContain(`usage: ${command.usage}`);
      expect(c.out.join('\n')).toContain(entry.summary);
    }
  });

  it('prints the version', async () => {
    const c = capture();
    expect(await runCli(['--version'], c.io)).toBe(0);
    expect(c.out).toEqual([expect.stringMatching(/^\d+\.\d+\.\d+/)]);
  });

  it('with --json, every failure is one JSON object on stdout and nothing on stderr', async () => {
    const cases: string[][] = [
      ['frobnicate', '--json'],
      ['export', 'no-such-design.json', '--out', '/tmp/x.pdf', '--json', '--bogus'],
      ['export', '--json'],
      ['validate', 'product', '/nonexistent/product.json', '--json'],
    ];
    for (const argv of cases) {
      const c = capture();
      expect(await runCli(argv, c.io), argv.join(' ')).not.toBe(0);
      expect(c.err, argv.join(' ')).toEqual([]);
      expect(c.out, argv.join(' ')).toHaveLength(1);
      const parsed = JSON.parse(c.out[0]);
      expect(parsed.ok).toBe(false);
      expect(parsed.error.code).toMatch(/^[a-z]+\./);
      expect(parsed.error.message.zh).toBeTruthy();
      expect(parsed.error.message.en).toBeTruthy();
    }
  });

  it('exits non-zero with one line for an unknown command or option', async () => {
    const a = capture();
    expect(await runCli(['frobnicate'], a.io)).toBe(2);
    expect(a.err).toHaveLength(1);
    const b = capture();
    expect(await runCli(['serve', '--prot', '80'], b.io)).toBe(2);
    expect(b.err).toEqual(['unknown option --prot (see --help)']);
    const c = capture();
    expect(await runCli(['serve', '--port', 'eighty'], c.io)).toBe(2);
    expect(c.err[0]).toContain('--port');
  });
});
