import fs from 'node:fs';
import path from 'node:path';
import { pick, studioError } from '../../../model/localized';
import { USAGE_LABEL_IDS, type UsageLabelId } from '../../../model/motif/labels';
import { formatFingerprint } from '../../../model/trust/statements';
import { trustFileName } from '../../api/handlers/trust';
import { writeFileAtomic } from '../../services/files/atomic-write';
import { trustOverview } from '../../services/curators/trust-overview';
import type { TransitionAction } from '../../services/library/library-service';
import type { StudioContext } from '../../services/studio';
import { stringOption, type ParsedArgs } from '../args';
import { DATA_OPTION, JSON_OPTION, type CliIO, type Command } from '../command';
import { withStudio } from '../with-studio';

/**
 * `jinxiu curator ...`: the same curation and trust as Settings and the library, signed with
 * a curator's key. The CLI has no identity of its own: every signing command names the
 * curator (--as) and reads their passphrase without echo (or from standard input).
 */

const AS_OPTION = { as: { type: 'string' as const, description: 'the curator who signs (their passphrase is asked for without echo, or read from stdin)' } };

async function passphrase(io: CliIO, prompt: string): Promise<string> {
  if (!io.passphrase) throw studioError('cli.no-passphrase', '这个命令需要口令，但无法读取口令。', 'This command needs a passphrase, but none can be read here.');
  return io.passphrase(prompt);
}

/** Unlocks the curator named by --as for this one command. */
async function unlockAs(studio: StudioContext, args: ParsedArgs, io: CliIO): Promise<string> {
  const name = stringOption(args, 'as');
  if (!name) throw studioError('cli.as-required', '请用 --as 姓名 说明由哪位策展人签名。', 'Say which curator signs with --as NAME.');
  studio.curators.unlock(name, await passphrase(io, pick({ zh: `${name} 的口令`, en: `passphrase of ${name}` }, io.lang)));
  return name;
}

async function newPassphrase(io: CliIO, name: string): Promise<string> {
  const value = await passphrase(io, pick({ zh: `${name} 的新口令（至少 8 个字符）`, en: `new passphrase for ${name} (at least 8 characters)` }, io.lang));
  if ([...value].length < 8) throw studioError('curator.short-passphrase', '口令至少要 8 个字符。', 'A passphrase needs at least 8 characters.');
  return value;
}

function motifId(studio: StudioContext, ref: string): string {
  const id = studio.motifs.get(ref) ? ref : studio.motifs.idBySlug(ref);
  if (!id) throw studioError('motif.not-found', `找不到纹样“${ref}”（可以用编号或英文短名，例如 bat）。`, `No motif "${ref}" (give its id or its slug, e.g. bat).`);
  return id;
}

export const curatorListCommand: Command = {
  name: 'curator list',
  summary: 'Curators, their key fingerprints, who certified whom, imported trust files.',
  usage: 'jinxiu curator list [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const overview = await withStudio(args, (studio) => trustOverview(studio.trust, studio.curators.namesById()));
    if (args.options.json) {
      io.out(JSON.stringify(overview));
      return 0;
    }
    for (const k of overview.keys) {
      const who = k.holder ? ` (${k.holder})` : k.studio ? ` (${k.studio})` : '';
      const trust = k.trusted ? pick(k.local ? { zh: '受信任·本工坊', en: 'trusted, this studio' } : { zh: '受信任', en: 'trusted' }, io.lang) : pick({ zh: '未受信任', en: 'not trusted' }, io.lang);
      io.out(`${k.role.padEnd(8)} ${k.name}${who}  [${trust}]`);
      io.out(`         ${formatFingerprint(k.fingerprint)}`);
      for (const c of k.certifiedBy) io.out(`         ${c.relation === 'enrol' ? pick({ zh: '登记', en: 'enrolled by' }, io.lang) : pick({ zh: '担保', en: 'vouched for by' }, io.lang)} ${c.name}`);
    }
    for (const f of overview.trustFiles) io.out(`trust-file ${f.studio}  ${formatFingerprint(f.steward)}  ${f.importedAt} (${f.confirmedBy})${f.active ? '' : ' [replaced]'}`);
    return 0;
  },
};

export const curatorAddCommand: Command = {
  name: 'curator add',
  summary: 'Add a curator (the first one also makes the studio key). Keys made here all count as one person.',
  usage: 'jinxiu curator add NAME [--as CURATOR] [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION, ...AS_OPTION },
  positionals: { min: 1, max: 1, names: 'NAME' },
  async run(args, io) {
    const name = args.positionals[0];
    const status = await withStudio(args, async (studio) => {
      if (studio.curators.status().needsSetup) return studio.curators.setup(name, await newPassphrase(io, name));
      await unlockAs(studio, args, io);
      return studio.curators.add(name, await newPassphrase(io, name));
    });
    if (args.options.json) io.out(JSON.stringify({ curators: status.curators }));
    else io.out(pick({ zh: `已添加策展人“${name}”。`, en: `Curator "${name}" added.` }, io.lang));
    return 0;
  },
};

export const curatorCertifyCommand: Command = {
  name: 'curator certify',
  summary: 'Vouch that a key is a distinct person; it is trusted once two different trusted people vouched.',
  usage: 'jinxiu curator certify --key PUBLIC_KEY --name NAME --fingerprint FP --as CURATOR [--data DIR] [--json]',
  options: {
    ...DATA_OPTION,
    ...JSON_OPTION,
    ...AS_OPTION,
    key: { type: 'string', description: "the key's public key (43 characters, base64url)" },
    name: { type: 'string', description: 'whose key it is' },
    fingerprint: { type: 'string', description: 'the fingerprint you compared with its holder' },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const [key, name, fingerprint] = ['key', 'name', 'fingerprint'].map((o) => stringOption(args, o));
    if (!key || !name || !fingerprint) throw studioError('cli.missing-value', '需要 --key、--name 和 --fingerprint。', '--key, --name and --fingerprint are needed.');
    const trusted = await withStudio(args, async (studio) => {
      const actor = await unlockAs(studio, args, io);
      studio.trust.vouch(studio.curators.requireSigner().key, { publicKey: key, name }, fingerprint, actor);
      const fp = studio.trust.crypto.fingerprint(key);
      return studio.trust.trustList().isTrusted(fp);
    });
    if (args.options.json) io.out(JSON.stringify({ trusted }));
    else io.out(pick(trusted ? { zh: '已担保；这把密钥现在受信任。', en: 'Vouched; the key is now trusted.' } : { zh: '已担保；还需要另一位受信任的人担保，这把密钥才受信任。', en: 'Vouched; it becomes trusted once another trusted person vouches too.' }, io.lang));
    return 0;
  },
};

export const trustFileExportCommand: Command = {
  name: 'curator trust-file export',
  summary: "Write this studio's trust file (its curators' public keys, signed by the studio key) for a partner.",
  usage: 'jinxiu curator trust-file export --out FILE --studio NAME --as CURATOR [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION, ...AS_OPTION, out: { type: 'string', description: 'file or folder to write' }, studio: { type: 'string', description: "this studio's name, as partners will see it" } },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const studioName = stringOption(args, 'studio');
    let out = stringOption(args, 'out');
    if (!studioName || !out) throw studioError('cli.missing-value', '需要 --out 和 --studio。', '--out and --studio are needed.');
    const file = await withStudio(args, async (studio) => {
      const actor = await unlockAs(studio, args, io);
      return studio.trust.exportTrustFile(studio.curators.requireSteward(), studioName, actor);
    });
    if (fs.existsSync(out) && fs.statSync(out).isDirectory()) out = path.join(out, trustFileName(studioName));
    writeFileAtomic(out, Buffer.from(JSON.stringify(file, null, 2) + '\n', 'utf8'));
    const fp = file.body.steward.fingerprint;
    if (args.options.json) io.out(JSON.stringify({ file: out, fingerprint: fp, keys: file.body.keys.length }));
    else {
      io.out(pick({ zh: `已写出 ${out}。请把下面的指纹另外告诉对方（当面或电话），对方导入时要核对：`, en: `Wrote ${out}. Tell the partner this fingerprint separately (in person or by phone); they confirm it on import:` }, io.lang));
      io.out(formatFingerprint(fp));
    }
    return 0;
  },
};

export const trustFileImportCommand: Command = {
  name: 'curator trust-file import',
  summary: "Import a partner's trust file; --fingerprint must be the steward fingerprint you confirmed with them.",
  usage: 'jinxiu curator trust-file import FILE --fingerprint FP --as CURATOR [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION, ...AS_OPTION, fingerprint: { type: 'string', description: "the partner's studio-key fingerprint, as they told you" } },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(args, io) {
    const file = args.positionals[0];
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw studioError('cli.no-file', `找不到文件 ${file}。`, `File not found: ${file}.`);
    if (fs.statSync(file).size > 256 * 1024) throw studioError('trust.file-invalid', '这个文件太大，不是信任文件。', 'This file is too large to be a trust file.');
    const text = fs.readFileSync(file, 'utf8');
    const fingerprint = stringOption(args, 'fingerprint');
    const result = await withStudio(args, async (studio) => {
      const { preview } = studio.trust.inspectTrustFile(text);
      if (!fingerprint) return { preview, imported: false };
      const actor = await unlockAs(studio, args, io);
      studio.trust.importTrustFile(text, fingerprint, actor);
      return { preview, imported: true };
    });
    if (args.options.json) io.out(JSON.stringify(result));
    else {
      io.out(`${result.preview.studio}: ${result.preview.keys.map((k) => k.name).join(', ')}`);
      io.out(formatFingerprint(result.preview.steward.fingerprint));
      io.out(
        pick(
          result.imported
            ? { zh: '已导入。', en: 'Imported.' }
            : { zh: '尚未导入：请和对方逐组核对上面的指纹，然后用 --fingerprint 指纹 再运行一次。', en: 'Not imported yet: compare the fingerprint above with the partner group by group, then run again with --fingerprint FP.' },
          io.lang,
        ),
      );
    }
    return result.imported ? 0 : 2;
  },
};

function transitionCommand(action: TransitionAction, summary: string, extra: Command['options'] = {}): Command {
  return {
    name: `curator ${action}`,
    summary,
    usage: `jinxiu curator ${action} MOTIF --as CURATOR${'note' in extra ? ' [--note TEXT]' : ''}${'label' in extra ? ' --label LABEL' : ''} [--data DIR] [--json]`,
    options: { ...DATA_OPTION, ...JSON_OPTION, ...AS_OPTION, ...extra },
    positionals: { min: 1, max: 1, names: 'MOTIF' },
    async run(args, io) {
      const label = stringOption(args, 'label');
      if (label !== undefined && !(USAGE_LABEL_IDS as readonly string[]).includes(label)) {
        throw studioError('cli.bad-option', `没有“${label}”这个标签；可用：${USAGE_LABEL_IDS.join(', ')}`, `no label "${label}"; use one of ${USAGE_LABEL_IDS.join(', ')}`);
      }
      const detail = await withStudio(args, async (studio) => {
        const id = motifId(studio, args.positionals[0]);
        await unlockAs(studio, args, io);
        return studio.library.transition(id, action, stringOption(args, 'note'), studio.curators.requireActor(), studio.curators.requireSigner().key, label as UsageLabelId | undefined);
      });
      const r = detail.record;
      const summaryOut = { id: r.id, slug: r.slug, status: r.status, usageLabel: r.usageLabel, approvingPeople: detail.trust.approvingPeople, pendingLabel: detail.trust.pendingLabel ?? null, signatures: detail.trust.signatures.length };
      if (args.options.json) io.out(JSON.stringify(summaryOut));
      else {
        io.out(`${r.slug}  ${r.names.zh} / ${r.names.en}: ${r.status}, ${r.usageLabel}`);
        if (action === 'approve' && r.status !== 'published') {
          io.out(pick({ zh: `已签名批准；目前有 ${detail.trust.approvingPeople} 人批准。发布需要两位不同的受信任者（本工坊的所有账户算同一人）。`, en: `Approval signed; ${detail.trust.approvingPeople} person(s) approve so far. Publishing needs two different trusted people (all accounts of this studio are one person).` }, io.lang));
        }
      }
      return 0;
    },
  };
}

const NOTE = { note: { type: 'string' as const, description: 'reason or note (withdraw and request-changes need one)' } };

export const curatorCommands: Command[] = [
  curatorListCommand,
  curatorAddCommand,
  curatorCertifyCommand,
  trustFileExportCommand,
  trustFileImportCommand,
  transitionCommand('submit', 'Sign a submission of a draft motif for review.'),
  transitionCommand('approve', 'Sign an approval; published once two different trusted people approved the same content.'),
  transitionCommand('withdraw', 'Sign a withdrawal (one trusted signature is enough).', NOTE),
  transitionCommand('request-changes', 'Send a motif in review back to draft, saying what to change.', NOTE),
  transitionCommand('resubmit', 'Sign a new submission of a withdrawn motif.', NOTE),
  transitionCommand('relabel', 'Ask for another usage label: restricting takes one signature, loosening two people.', { label: { type: 'string', description: `one of ${USAGE_LABEL_IDS.join(', ')}` } }),
];
