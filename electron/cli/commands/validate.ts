import fs from 'node:fs';
import { pick, studioError, type Issue, type Lang } from '../../../model/localized';
import { validateProductFile } from '../../../model/product/validate';
import { parseIsoDate } from '../../../model/product/validators/dates';
import { stringOption } from '../args';
import { JSON_OPTION, type Command } from '../command';
import { localIsoDate } from '../../services/products/local-date';

const flat = (issues: Issue[], lang: Lang) => issues.map((i) => ({ field: i.field, message: pick(i.message, lang) }));

/**
 * Checks a product file without opening the studio's data: a cooperative can check a file
 * a partner sent before importing it, and CI can check the shipped samples. Exit codes:
 * 0 clean or warnings only, 1 errors found, 2 the file cannot be read or is not JSON.
 */
export const validateProductCommand: Command = {
  usage: 'jinxiu validate product FILE.json [--print-date YYYY-MM-DD] [--json]',
  options: {
    ...JSON_OPTION,
    'print-date': { type: 'string', description: 'planned print date: certificates must still be valid then' },
  },
  positionals: { min: 1, max: 1, names: 'FILE.json' },
  async run(args, io) {
    const file = args.positionals[0];
    const printDate = stringOption(args, 'print-date');
    if (printDate !== undefined && !parseIsoDate(printDate)) {
      throw studioError('cli.print-date', `印刷日期“${printDate}”不对：请写真实日期，格式 年-月-日，例如 2027-03-01。`, `Print date "${printDate}" is not valid: use a real date as YYYY-MM-DD, e.g. 2027-03-01.`);
    }
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw studioError('cli.unreadable-file', `无法读取文件 ${file}（${reason}）：请检查路径是否正确。`, `cannot read ${file} (${reason}): check the path.`);
    }
    let input: unknown;
    try {
      input = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const detail = (error as Error).message.split('\n')[0];
      throw studioError('cli.bad-json', `${file} 不是有效的 JSON 文件（${detail}）：请用产品页面导出的文件，或检查逗号和引号。`, `${file} is not valid JSON (${detail}): use a file exported from the Products page, or check commas and quotes.`);
    }
    const result = validateProductFile(input, { today: localIsoDate(new Date()), printDate });
    const errors = flat(result.errors, io.lang);
    const warnings = flat(result.warnings, io.lang);
    if (args.options.json) {
      io.out(JSON.stringify({ errors, warnings }));
    } else {
      io.out(pick({ zh: `${file}：${errors.length} 个错误，${warnings.length} 个提醒`, en: `${file}: ${errors.length} error(s), ${warnings.length} warning(s)` }, io.lang));
      for (const e of errors) io.out(`  ${pick({ zh: '错误', en: 'error' }, io.lang)}  ${e.field}: ${e.message}`);
      for (const w of warnings) io.out(`  ${pick({ zh: '提醒', en: 'warning' }, io.lang)}  ${w.field}: ${w.message}`);
    }
    return errors.length > 0 ? 1 : 0;
  },
};
