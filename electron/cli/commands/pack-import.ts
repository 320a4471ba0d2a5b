import { pick } from '../../../model/localized';
import { INTAKE_RULES, intakePath } from '../../services/intake/intake';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { cliActor, withStudio } from '../with-studio';

const FIELD_NAME = {
  label: { zh: '使用标签', en: 'label' },
  status: { zh: '状态', en: 'status' },
  artwork: { zh: '图稿', en: 'artwork' },
} as const;

export const packImportCommand: Command = {
  usage: 'jinxiu pack import FILE [--dry-run] [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION, 'dry-run': { type: 'boolean', description: 'only list what importing would change (label, status, artwork per motif); nothing is written' } },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(args, io) {
    const file = intakePath(args.positionals[0], INTAKE_RULES.pack);
    const plan = await withStudio(args, (studio) => (args.options['dry-run'] ? studio.packs.preview(file.bytes) : studio.packs.apply(file.bytes, cliActor())));
    if (args.options.json) {
      io.out(JSON.stringify({ ...plan, items: plan.items.map((i) => ({ ...i, reason: i.reason ? pick(i.reason, io.lang) : undefined })) }));
    } else {
      for (const item of plan.items) {
        io.out(`${item.action.padEnd(9)} ${item.slug}  ${item.names.zh}${item.reason ? `  — ${pick(item.reason, io.lang)}` : ''}`);
        for (const c of item.changes) io.out(`          ${pick(FIELD_NAME[c.field], io.lang)}: ${c.from ?? '—'} -> ${c.to}`);
      }
      for (const s of plan.signers.filter((x) => !x.trustedHere)) {
        io.out(pick({ zh: `未被本工坊信任的签名者：${s.name}（${s.fingerprint.slice(0, 16)}…），其签名不算数`, en: `signer not trusted here: ${s.name} (${s.fingerprint.slice(0, 16)}…); their signatures do not count` }, io.lang));
      }
      const count = (a: string) => plan.items.filter((i) => i.action === a).length;
      io.out(
        pick(
          {
            zh: `${args.options['dry-run'] ? '（演练，未写入）' : ''}新增 ${count('new')}，更新 ${count('update')}，冲突 ${count('conflict')}，拒绝 ${count('refused')}，未变 ${count('unchanged')}`,
            en: `${args.options['dry-run'] ? '(dry run, nothing written) ' : ''}new ${count('new')}, updated ${count('update')}, conflicts ${count('conflict')}, refused ${count('refused')}, unchanged ${count('unchanged')}`,
          },
          io.lang,
        ),
      );
    }
    return 0;
  },
};
