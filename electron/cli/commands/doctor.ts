import { pick } from '../../../model/localized';
import { runDoctor } from '../../services/doctor/doctor';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { resolveDataDir } from '../data-dir';

export const doctorCommand: Command = {
  usage: 'jinxiu doctor [--data DIR] [--json] [--repair]',
  options: { ...DATA_OPTION, ...JSON_OPTION, repair: { type: 'boolean', description: 'remove orphan/temporary files, rebuild thumbnails, finish an interrupted restore' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const report = await runDoctor(resolveDataDir(args), { repair: args.options.repair === true });
    if (args.options.json) io.out(JSON.stringify(report));
    else {
      for (const line of report.repaired) io.out(`${pick({ zh: '已修复', en: 'repaired' }, io.lang)}: ${pick(line, io.lang)}`);
      for (const line of report.notRepaired) io.out(`${pick({ zh: '未修复', en: 'not repaired' }, io.lang)}: ${pick(line, io.lang)}`);
      for (const p of report.problems) io.out(`${p.severity === 'error' ? 'ERROR' : 'warning'} ${p.code}: ${pick(p.message, io.lang)}`);
      io.out(
        report.ok
          ? pick({ zh: `检查通过（结构版本 ${report.schemaVersion}，检查了 ${report.checkedFiles} 个文件）。`, en: `All checks passed (schema ${report.schemaVersion}, ${report.checkedFiles} files checked).` }, io.lang)
          : pick({ zh: '发现问题，见上。', en: 'Problems found; see above.' }, io.lang),
      );
    }
    return report.ok ? 0 : 1;
  },
};
