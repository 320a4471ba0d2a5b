import fs from 'node:fs';
import path from 'node:path';
import { pick, studioError } from '../../../model/localized';
import { stringOption } from '../args';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { withStudio } from '../with-studio';
import { writeFileAtomic } from '../../services/files/atomic-write';
import { exportServiceFor } from '../../services/export';
import { designArgument } from './export';

export const imagesCommand: Command = {
  usage: 'jinxiu images DESIGN --out DIR [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION, out: { type: 'string', description: 'folder for the pictures (created if missing)' } },
  positionals: { min: 1, max: 1, names: 'DESIGN' },
  async run(args, io) {
    const out = stringOption(args, 'out');
    if (!out) throw studioError('cli.missing-option', '需要 --out DIR（保存图片的文件夹）', 'missing --out DIR (the folder for the pictures)');
    const dir = path.resolve(out);
    const images = await withStudio(args, (studio) => exportServiceFor(studio).images(designArgument(studio, args.positionals[0])));
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
