import type { DoctorProblem } from '../../../model/api/maintenance';

const RESTORE_HINT_ZH = '请在“设置 → 备份”里从备份恢复，或运行 jinxiu restore。';
const RESTORE_HINT_EN = 'Restore a backup from Settings → Backups, or run "jinxiu restore".';

function problem(code: string, severity: DoctorProblem['severity'], repairable: boolean, zh: string, en: string, details?: unknown): DoctorProblem {
  return { code, severity, repairable, message: { zh, en }, ...(details === undefined ? {} : { details }) };
}

/** Every finding doctor can report, in plain words with what to do next. */
export const problems = {
  noDatabase: (file: string) =>
    problem('db.missing', 'error', false, `数据文件夹里没有数据库：${file}。如果这是新的文件夹，打开一次锦绣工坊就会建立数据库；否则${RESTORE_HINT_ZH}`, `There is no database in the data folder: ${file}. If the folder is new, opening Jinxiu Studio once creates it; otherwise ${RESTORE_HINT_EN}`),
  damaged: (detail: string) =>
    problem('db.damaged', 'error', false, `数据库已损坏（${detail.slice(0, 300)}）。${RESTORE_HINT_ZH}`, `The database is damaged (${detail.slice(0, 300)}). ${RESTORE_HINT_EN}`),
  newer: (found: number, latest: number) =>
    problem('db.newer', 'error', false, `数据库由更新版本的锦绣工坊写入（结构版本 ${found}，本程序支持到 ${latest}）。请升级锦绣工坊。`, `The database was written by a newer Jinxiu Studio (schema ${found}; this version knows up to ${latest}). Update Jinxiu Studio.`),
  older: (found: number, latest: number) =>
    problem('db.older', 'warning', false, `数据库结构版本是 ${found}，下次打开工坊时会自动升级到 ${latest}（升级前会先自动备份）。`, `The database schema is version ${found}; the studio upgrades it to ${latest} the next time it opens (after an automatic backup).`),
  foreignKeys: (count: number, sample: unknown) =>
    problem('db.foreign-keys', 'error', false, `数据库里有 ${count} 处引用指向不存在的记录。${RESTORE_HINT_ZH}`, `The database has ${count} references to records that do not exist. ${RESTORE_HINT_EN}`, { count, sample }),
  missingMaster: (shas: string[]) =>
    problem('files.missing', 'error', false, `${shas.length} 个纹样原稿文件丢失或已损坏，无法自动修复。${RESTORE_HINT_ZH}`, `${shas.length} motif master files are missing or damaged and cannot be rebuilt. ${RESTORE_HINT_EN}`, { sha256: shas.slice(0, 50) }),
  missingDerived: (shas: string[]) =>
    problem('files.derived-missing', 'error', true, `${shas.length} 个缩略图或预览图丢失或已损坏。运行 jinxiu doctor --repair 可以从原稿重新生成。`, `${shas.length} thumbnails or previews are missing or damaged. "jinxiu doctor --repair" rebuilds them from the masters.`, { sha256: shas.slice(0, 50) }),
  unusedRow: (shas: string[]) =>
    problem('files.unused-row', 'warning', true, `文件登记表里有 ${shas.length} 条记录的文件不存在，也没有纹样用到它们；修复时会删掉这些记录。`, `${shas.length} entries in the file register point at missing files that nothing uses; repair removes the entries.`, { sha256: shas.slice(0, 50) }),
  orphans: (count: number, bytes: number) =>
    problem('files.orphan', 'warning', true, `有 ${count} 个文件（${mb(bytes)}）没有被任何记录使用，通常是导入被中断时留下的，不影响使用；修复时会删除。`, `${count} files (${mb(bytes)}) are not used by anything, usually left by an interrupted import; harmless, and repair removes them.`, { count, bytes }),
  temporary: (count: number) =>
    problem('files.temporary', 'warning', true, `有 ${count} 个临时文件是中断的写入留下的，不影响使用；修复时会删除。`, `${count} temporary files were left by interrupted writes; harmless, and repair removes them.`, { count }),
  interruptedRestore: () =>
    problem('restore.interrupted', 'error', true, '上一次从备份恢复被中断了。修复（或下次打开工坊）会把恢复做完。', 'The last restore was interrupted. Repair (or opening the studio) finishes it.'),
};

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
