import { pick } from '../../../model/localized';
import { restoreArchive, safetyBackupOfFolder } from '../../services/backup/restore';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { resolveDataDir } from '../data-dir';

export const restoreCommand: Command = {
  usage: 'jinxiu restore FILE [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(args, io) {
    const dataDir = resolveDataDir(args);
    const report = await restoreArchive({ archive: args.positionals[0], dataDir, beforeSwap: () => safetyBackupOfFolder(dataDir, new Date()) });
    if (args.options.json) io.out(JSON.stringify(report));
    else {
      io.out(pick({ zh: `已从 ${report.restored} 恢复：${report.motifs} 个纹样，${report.files} 个文件。`, en: `Restored ${report.restored}: ${report.motifs} motifs, ${report.files} files.` }, io.lang));
      if (report.safetyBackup) io.out(pick({ zh: `恢复前的数据已备份为 backups/${report.safetyBackup}`, en: `The previous state was backed up as backups/${report.safetyBackup}` }, io.lang));
    }
    return 0;
  },
};
