import fs from 'node:fs';
import path from 'node:path';
import { studioError } from '../../../model/localized';
import { INTAKE_RULES, safeDisplayName } from '../intake/intake';
import { sniffKind } from '../intake/sniff';

/**
 * The intake door for backup archives, applying INTAKE_RULES.backup (regular file, size
 * limit, kind by content) without reading gigabytes into memory: only the first bytes are
 * sniffed here; the archive reader then checks every entry as it goes.
 */
export function intakeArchive(file: string): string {
  const resolved = path.resolve(file);
  const shown = safeDisplayName(resolved);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(resolved);
  } catch {
    throw studioError('intake.missing', `找不到备份文件：${resolved}`, `Backup file not found: ${resolved}`);
  }
  if (stat.isSymbolicLink() || !stat.isFile()) {
    throw studioError('intake.not-a-file', `“${resolved}”不是普通文件（链接和设备文件不接受）。`, `"${resolved}" is not a regular file (links and devices are not accepted).`);
  }
  const rule = INTAKE_RULES.backup;
  if (stat.size === 0) throw studioError('intake.empty', `文件“${shown}”是空的。`, `The file "${shown}" is empty.`);
  if (stat.size > rule.maxBytes) {
    throw studioError('intake.too-large', `备份文件“${shown}”太大（上限 4 GB）。`, `The backup file "${shown}" is too large (the limit is 4 GB).`);
  }
  const head = Buffer.alloc(Math.min(4096, stat.size));
  const fd = fs.openSync(resolved, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const kind = sniffKind(head);
  if (!kind || !(rule.accept as readonly string[]).includes(kind)) {
    throw studioError('intake.wrong-type', `文件“${shown}”不是备份文件（备份是 .jxbackup 压缩包）。请检查是否选错了文件。`, `"${shown}" is not a backup (backups are .jxbackup archives). Check that you chose the right file.`, { kind });
  }
  return resolved;
}
