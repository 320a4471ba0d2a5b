import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { openStudio } from '../../../electron/services/studio';
import { makeTempDir } from '../../helpers/temp-dir';
import { CLI, requireBuiltCli } from './crash/cli-process';

/** A CLI io whose passphrases come from a queue, as a person would type them in turn. */
function capture(passphrases: string[] = [], lang: 'en' | 'zh-CN' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const io = {
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
    lang,
    passphrase: async (prompt: string) => {
      prompts.push(prompt);
      const next = passphrases.shift();
      if (next === undefined) throw new Error(`unexpected passphrase prompt: ${prompt}`);
      return next;
    },
  };
  return { io, out, err, prompts };
}

async function cli(args: string[], passphrases: string[] = [], lang: 'en' | 'zh-CN' = 'en') {
  const c = capture(passphrases, lang);
  const code = await runCli(args, c.io);
  return { code, out: c.out.join('\n'), err: c.err.join('\n'), prompts: c.prompts };
}

describe('CLI: jinxiu curator', () => {
  const tmp = makeTempDir();
  const ours = path.join(tmp.dir, 'ours');
  const partner = path.join(tmp.dir, 'partner');
  const trustFile = path.join(tmp.dir, 'partner.jinxiu-trust.json');
  let motif = '';
  let partnerFingerprint = '';

  beforeAll(async () => {
    const svg = path.join(tmp.dir, 'lozenge.svg');
    fs.writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M5 0 L10 5 L5 10 L0 5 Z" fill="#1f6f8b"/></svg>');
    const imported = await cli(['motifs', 'import', svg, '--data', ours, '--json']);
    motif = JSON.parse(imported.out)[0].id;
  });
  afterAll(() => tmp.cleanup());

  it('adds the first curator (making the studio key) and a second local account, asking for each passphrase', async () => {
    const first = await cli(['curator', 'add', 'Anna', '--data', ours], ['anna passphrase']);
    expect(first.code).toBe(0);
    expect(first.prompts).toEqual(['new passphrase for Anna (at least 8 characters)']);
    const second = await cli(['curator', 'add', 'Anna again', '--as', 'Anna', '--data', ours], ['anna passphrase', 'second passphrase']);
    expect(second.code).toBe(0);
    expect(second.prompts).toEqual(['passphrase of Anna', 'new passphrase for Anna again (at least 8 characters)']);
    const wrong = await cli(['curator', 'add', 'Mallory', '--as', 'Anna', '--data', ours], ['not her passphrase']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/Wrong name or passphrase/);
  });

  it('one person cannot publish alone from the CLI: submit and two approvals by two local accounts stay in review', async () => {
    expect((await cli(['curator', 'submit', motif, '--as', 'Anna', '--data', ours], ['anna passphrase'])).code).toBe(0);
    const a = await cli(['curator', 'approve', motif, '--as', 'Anna again', '--data', ours, '--json'], ['second passphrase']);
    const b = await cli(['curator', 'approve', motif, '--as', 'Anna', '--data', ours, '--json'], ['anna passphrase']);
    expect(JSON.parse(a.out)).toMatchObject({ status: 'in-review', approvingPeople: 1 });
    expect(JSON.parse(b.out)).toMatchObject({ status: 'in-review', approvingPeople: 1, signatures: 3 });
    const noCurator = await cli(['curator', 'approve', motif, '--data', ours]);
    expect(noCurator.code).toBe(2);
    expect(noCurator.err).toMatch(/--as NAME/);
  });

  it("exports a partner's trust file; importing it needs the confirmed fingerprint and refuses a wrong one or a tampered file, in both languages", async () => {
    expect((await cli(['curator', 'add', 'Wu', '--data', partner], ['partner passphrase'])).code).toBe(0);
    const exported = await cli(['curator', 'trust-file', 'export', '--out', trustFile, '--studio', 'Partner museum', '--as', 'Wu', '--data', partner, '--json'], ['partner passphrase']);
    expect(exported.code).toBe(0);
    partnerFingerprint = JSON.parse(exported.out).fingerprint;

    const unconfirmed = await cli(['curator', 'trust-file', 'import', trustFile, '--data', ours]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.out.replace(/\s/g, '')).toContain(partnerFingerprint);

    const wrongFp = 'f'.repeat(64);
    const wrong = await cli(['curator', 'trust-file', 'import', trustFile, '--fingerprint', wrongFp, '--as', 'Anna', '--data', ours], ['anna passphrase']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/does not match/);
    const wrongZh = await cli(['curator', 'trust-file', 'import', trustFile, '--fingerprint', wrongFp, '--as', 'Anna', '--data', ours], ['anna passphrase'], 'zh-CN');
    expect(wrongZh.err).toMatch(/指纹和文件里的不一致/);

    const tampered = path.join(tmp.dir, 'tampered.json');
    const doc = JSON.parse(fs.readFileSync(trustFile, 'utf8'));
    doc.body.studio = 'Someone else';
    fs.writeFileSync(tampered, JSON.stringify(doc));
    const bad = await cli(['curator', 'trust-file', 'import', tampered, '--fingerprint', partnerFingerprint, '--as', 'Anna', '--data', ours], ['anna passphrase'], 'zh-CN');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/签名对不上/);

    const grouped = partnerFingerprint.toUpperCase().replace(/(.{4})/g, '$1 ');
    const ok = await cli(['curator', 'trust-file', 'import', trustFile, '--fingerprint', grouped, '--as', 'Anna', '--data', ours, '--json'], ['anna passphrase']);
    expect(ok.code).toBe(0);
    const list = JSON.parse((await cli(['curator', 'list', '--data', ours, '--json'])).out);
    const wu = list.keys.find((k: any) => k.name === 'Wu');
    expect(wu).toMatchObject({ trusted: true, local: false, reason: 'trust-file', studio: 'Partner museum' });
    expect(list.keys.filter((k: any) => k.local).map((k: any) => k.name).sort()).toEqual(['Anna', 'Anna again', '本工坊密钥 studio key'].sort());
    expect(list.trustFiles).toHaveLength(1);
  });

  it("publishes once the partner's approval arrives, and a key vouched for by one person stays untrusted", async () => {
    // the partner signs an approval of our record (packs carry such signatures between studios)
    const ourStudio = await openStudio({ dataDir: ours, runtime: 'cli' });
    const theirs = await openStudio({ dataDir: partner, runtime: 'cli' });
    try {
      theirs.curators.unlock('Wu', 'partner passphrase');
      const record = ourStudio.motifs.get(motif)!.record;
      const approval = theirs.trust.signMotif(theirs.curators.requireSigner().key, record, 'approve', { label: record.usageLabel });
      expect(ourStudio.motifs.update({ ...record, signatures: ourStudio.trust.mergeSignatures(record.signatures, [approval]) }).status).toBe('published');
    } finally {
      ourStudio.close();
      theirs.close();
    }
    const found = JSON.parse((await cli(['motifs', 'search', 'lozenge', '--data', ours, '--json'])).out);
    expect(found.items[0].status).toBe('published');

    // a visiting researcher's key, vouched for by this studio only (both local accounts are one person)
    const stranger = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo';
    const vouched = await cli(['curator', 'certify', '--key', stranger, '--name', 'Visiting researcher', '--fingerprint', 'x', '--as', 'Anna', '--data', ours], ['anna passphrase']);
    expect(vouched.code).toBe(1);
    expect(vouched.err).toMatch(/does not match/);
    const fp = (await import('../../../electron/services/curators/keys')).fingerprintOf(stranger);
    const once = await cli(['curator', 'certify', '--key', stranger, '--name', 'Visiting researcher', '--fingerprint', fp, '--as', 'Anna', '--data', ours, '--json'], ['anna passphrase']);
    const twiceSamePerson = await cli(['curator', 'certify', '--key', stranger, '--name', 'Visiting researcher', '--fingerprint', fp, '--as', 'Anna again', '--data', ours, '--json'], ['second passphrase']);
    expect(JSON.parse(once.out).trusted).toBe(false);
    expect(JSON.parse(twiceSamePerson.out).trusted).toBe(false);
  });

  it('the built CLI reads passphrases from standard input when it is not a terminal', () => {
    requireBuiltCli();
    const run = (args: string[], input: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, JINXIU_LANG: 'en' } });
    const dir = path.join(tmp.dir, 'piped');
    expect(run(['curator', 'add', 'Piped', '--data', dir], 'piped passphrase\n').status).toBe(0);
    const second = run(['curator', 'add', 'Other', '--as', 'Piped', '--data', dir, '--json'], 'piped passphrase\nother passphrase\n');
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout).curators).toEqual(['Piped', 'Other']);
    // the passphrase never appears in the output
    expect(second.stdout + second.stderr).not.toContain('piped passphrase');
    const missing = run(['curator', 'add', 'Third', '--as', 'Piped', '--data', dir], 'piped passphrase\n');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/No passphrase on standard input/);
  }, 180_000); // three real processes, each opening the studio and running scrypt: slow on a loaded 2-core PC
});
