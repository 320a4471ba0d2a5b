import fs from 'node:fs';
import path from 'node:path';
import { studioError, pick } from '../../../model/localized';
import { stringOption } from '../args';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { cliActor, withStudio } from '../with-studio';
import { writeFileAtomic } from '../../services/files/atomic-write';

export const packExportCommand: Command = {
  usage: 'jinxiu pack export --out FILE [--ids ID,...] [--data DIR] [--json]',
  options: {
    ...DATA_OPTION,
    ...JSON_OPTION,
    out: { type: 'string', description: 'the .jxpack file to write' },
    ids: { type: 'string', description: 'comma-separated motif ids (default: every published motif)' },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const out = stringOption(args, 'out');
    if (!out) throw studioError('cli.missing-option', '需要 --out FILE（要写入的纹样包文件）', 'missing --out FILE (the pack file to write)');
    const ids = stringOption(args, 'ids')?.split(',').map((s) => s.trim()).filter(Boolean);
    const result = await withStudio(args, (studio) => studio.packs.export(ids, { name: cliActor(), curator: false }));
    writeFileAtomic(path.resolve(out), result.bytes);
    if (args.options.json) io.out(JSON.stringify({ file: path.resolve(out), count: result.count, bytes: result.bytes.length }));
    else io.out(pick({ zh: `已导出 ${result.count} 个纹样到 ${out}`, en: `exported ${result.count} motif(s) to ${out}` }, io.lang));
    return fs.existsSync(out) ? 0 : 1;
  },
};
