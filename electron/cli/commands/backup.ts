import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { pick, studioError } from '../../../model/localized';
import { BackupService } from '../../services/backup/backup-service';
import { dataPaths } from '../../services/paths';
import { stringOption } from '../args';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { resolveDataDir } from '../data-dir';

export const backupCommand: Command = {
  usage: 'jinxiu backup --out FILE [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION, out: { type: 'string', description: 'the archive to write (.jxbackup; must not exist yet)' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const out = stringOption(args, 'out');
    if (!out) throw studioError('cli.missing-out', '请用 --out 指定备份文件，例如 --out D:\\备份\\锦绣.jxbackup', 'Name the archive with --out, e.g. --out backup.jxbackup');
    const paths = dataPaths(resolveDataDir(args));
    if (!fs.existsSync(paths.database)) {
      throw studioError('backup.no-database', `这个文件夹里没有工坊数据库：${paths.database}`, `There is no studio database in this folder: ${paths.database}`);
    }
    // the database is copied as it is (no migrations): a backup must never change what it backs up
    const db = new BetterSqlite3(paths.database, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    fs.mkdirSync(paths.tmp, { recursive: true });
    try {
      const written = await new BackupService(paths, () => new Date(), () => db).writeTo(path.resolve(out), 'manual');
      if (args.options.json) io.out(JSON.stringify({ file: written.file, sizeBytes: written.sizeBytes, motifs: written.motifs, files: written.files, missing: written.manifest.missing }));
      else {
        io.out(pick({ zh: `备份完成：${written.file}（${written.motifs} 个纹样，${written.files} 个文件，${mb(written.sizeBytes)}），已校验。`, en: `Backup written and verified: ${written.file} (${written.motifs} motifs, ${written.files} files, ${mb(written.sizeBytes)}).` }, io.lang));
        if (written.manifest.missing.length) io.err(pick({ zh: `注意：${written.manifest.missing.length} 个文件在数据文件夹里已丢失或损坏，没有备份进去；运行 jinxiu doctor 查看。`, en: `Note: ${written.manifest.missing.length} files were missing or damaged in the data folder and are not in the backup; run "jinxiu doctor".` }, io.lang));
      }
      return 0;
    } finally {
      db.close();
    }
  },
};

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
