import fs from 'node:fs';
import path from 'node:path';
import { pick, studioError } from '../../../model/localized';
import { stringOption } from '../args';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { withDesign } from '../design-source';
import { writeFileAtomic } from '../../services/files/atomic-write';
import { exportServiceFor } from '../../services/export';
import { blockedReport, printReport } from './export';
import type { ShopImages } from '../../services/export';

export const imagesCommand: Command = {
  usage: 'jinxiu images DESIGN|FILE.jxdesign --out DIR [--data DIR] [--json] [--force]',
  options: {
    ...DATA_OPTION,
    ...JSON_OPTION,
    out: { type: 'string', description: 'folder for the pictures (created if missing)' },
    force: { type: 'boolean', description: 'make them despite errors that allow it (e.g. a low-resolution photo)' },
  },
  positionals: { min: 1, max: 1, names: 'DESIGN' },
  async run(args, io) {
    const out = stringOption(args, 'out');
    if (!out) throw studioError('cli.missing-option', '需要 --out DIR（保存图片的文件夹）', 'missing --out DIR (the folder for the pictures)');
    const dir = path.resolve(out);
    let images: ShopImages;
    try {
      images = await withDesign(args, (studio, design) => exportServiceFor(studio).images(design, { force: args.options.force === true }));
    } catch (error) {
      // the same check as the PDF: cultural rules, credit lines and blocking print errors
      const report = blockedReport(error);
      if (!report) throw error;
      if (args.options.json) io.out(JSON.stringify({ errors: report.errors, warnings: report.warnings }));
      else {
        printReport(report, io);
        io.out(pick({ zh: `有 ${report.errors.length} 个错误，没有生成网店图片。`, en: `${report.errors.length} error(s) block the shop pictures; nothing written.` }, io.lang));
      }
      return 1;
    }
    fs.mkdirSync(dir, { recursive: true });
    const files: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(images)) {
      files[name] = path.join(dir, `${name}.png`);
      writeFileAtomic(files[name], bytes);
    }
    if (args.options.json) io.out(JSON.stringify({ files }));
    else io.out(pick({ zh: `已写入 ${Object.values(files).join('、')}`, en: `wrote ${Object.values(files).join(', ')}` }, io.lang));
    return 0;
  },
};
