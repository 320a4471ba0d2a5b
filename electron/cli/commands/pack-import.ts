import { pick } from '../../../model/localized';
import { INTAKE_RULES, intakePath } from '../../services/intake/intake';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { cliActor, withStudio } from '../with-studio';

export const packImportCommand: Command = {
  usage: 'jinxiu pack import FILE [--dry-run] [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION, 'dry-run': { type: 'boolean', description: 'only say what importing would do' } },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(args, io) {
    const file = intakePath(args.positionals[0], INTAKE_RULES.pack);
    const plan = await withStudio(args, (studio) => (args.options['dry-run'] ? studio.packs.preview(file.bytes) : studio.packs.apply(file.bytes, cliActor())));
    if (args.options.json) {
      io.out(JSON.stringify({ ...plan, items: plan.items.map((i) => ({ ...i, reason: i.reason ? pick(i.reason, io.lang) : undefined })) }));
    } else {
      for (const item of plan.items) io.out(`${item.action.padEnd(9)} ${item.slug}  ${item.names.zh}${item.reason ? `  — ${pick(item.reason, io.lang)}` : ''}`);
      const count = (a: string) => plan.items.filter((i) => i.action === a).length;
      io.out(pick({ zh: `新增 ${count('new')}，更新 ${count('update')}，冲突 ${count('conflict')}，未变 ${count('unchanged')}`, en: `new ${count('new')}, updated ${count('update')}, conflicts ${count('conflict')}, unchanged ${count('unchanged')}` }, io.lang));
    }
    return 0;
  },
};
