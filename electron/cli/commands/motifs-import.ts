import fs from 'node:fs';
import path from 'node:path';
import { pick } from '../../../model/localized';
import type { ImportResult } from '../../../model/api/library';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { cliActor, withStudio } from '../with-studio';

const ARTWORK = /\.(svg|png|jpe?g|tiff?|webp)$/i;

/** Files named on the command line, and artwork files directly inside named folders. */
function expand(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const stat = fs.existsSync(p) ? fs.statSync(p) : null;
    if (stat?.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (ARTWORK.test(name)) out.push(path.join(p, name));
    } else out.push(p);
  }
  return out;
}

export const motifsImportCommand: Command = {
  usage: 'jinxiu motifs import PATH... [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION },
  positionals: { min: 1, max: 10_000, names: 'PATH...' },
  async run(args, io) {
    const files = expand(args.positionals);
    const results: ImportResult[] = await withStudio(args, async (studio) => {
      const out: ImportResult[] = [];
      for (const file of files) {
        let bytes: Buffer;
        try {
          const stat = fs.lstatSync(file);
          if (!stat.isFile()) throw new Error('not a regular file');
          bytes = fs.readFileSync(file);
        } catch (error) {
          out.push({ file, status: 'rejected', error: { zh: `无法读取文件：${(error as Error).message}`, en: `Cannot read the file: ${(error as Error).message}` } });
          continue;
        }
        const result = await studio.imports.importOne(path.basename(file), bytes, cliActor());
        out.push({ ...result, file });
        if (!args.options.json) {
          const detail = result.error ? `: ${pick(result.error, io.lang)}` : result.id ? ` ${result.id}` : '';
          io.out(`[${out.length}/${files.length}] ${result.status} ${file}${detail}`);
        }
      }
      return out;
    });
    if (args.options.json) io.out(JSON.stringify(results.map((r) => ({ ...r, error: r.error ? pick(r.error, io.lang) : undefined }))));
    return results.some((r) => r.status === 'rejected') ? 1 : 0;
  },
};
