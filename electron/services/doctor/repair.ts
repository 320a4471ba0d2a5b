import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import type { Localized } from '../../../model/localized';
import { fileReferenceColumns, quoteIdent } from '../backup/referenced-files';
import { finishInterruptedRestore } from '../backup/restore-swap';
import { FileStore } from '../files/file-store';
import { normalizeRaster, svgThumbnail } from '../intake/raster';
import { MEDIA_TYPES, sniffKind } from '../intake/sniff';
import type { DataPaths } from '../paths';
import { openForDoctor, type Findings } from './inspect';

export interface RepairLog {
  repaired: Localized[];
  notRepaired: Localized[];
}

/**
 * Fixes only what is safe: finishing an interrupted restore, removing files nothing
 * uses, and rebuilding thumbnails/previews from their masters. Files younger than
 * `graceMs` are left alone: they may belong to an import that is running right now in
 * another window.
 */
export async function repair(paths: DataPaths, f: Findings, graceMs: number, now: number): Promise<RepairLog> {
  const log: RepairLog = { repaired: [], notRepaired: [] };
  if (f.interruptedRestore) {
    finishInterruptedRestore(paths.dataDir);
    log.repaired.push({ zh: '已完成被中断的恢复。', en: 'Finished the interrupted restore.' });
  }
  const old = <T extends { mtimeMs: number }>(items: T[]) => items.filter((i) => now - i.mtimeMs >= graceMs);
  const removable = [...old(f.orphans), ...old(f.temporary)];
  for (const item of removable) fs.rmSync(item.file, { recursive: true, force: true });
  const skipped = f.orphans.length + f.temporary.length - removable.length;
  if (removable.length) log.repaired.push({ zh: `删除了 ${removable.length} 个没有用到的文件或临时文件。`, en: `Removed ${removable.length} unused or temporary files.` });
  if (skipped) log.notRepaired.push({ zh: `${skipped} 个文件是刚刚写入的，可能属于正在进行的导入，先不删除；稍后再运行一次修复。`, en: `${skipped} files were written moments ago and may belong to an import in progress; they were left alone. Run repair again later.` });
  if (f.badMaster.length) log.notRepaired.push({ zh: `${f.badMaster.length} 个原稿文件无法修复，需要从备份恢复。`, en: `${f.badMaster.length} master files cannot be repaired; restore a backup.` });
  if (f.badDerived.length === 0 && f.unusedRows.length === 0) return log;

  const db = openForDoctor(paths.database);
  try {
    if (f.unusedRows.length) {
      const drop = db.prepare('DELETE FROM files WHERE sha256 = ?');
      db.transaction(() => f.unusedRows.forEach((sha) => drop.run(sha)))();
      log.repaired.push({ zh: `删掉了 ${f.unusedRows.length} 条指向丢失文件的登记。`, en: `Removed ${f.unusedRows.length} register entries for missing files.` });
    }
    if (f.badDerived.length) await rebuildDerived(db, new FileStore(paths.files), f.badDerived, log);
  } finally {
    db.close();
  }
  return log;
}

async function rebuildDerived(db: Database, store: FileStore, bad: string[], log: RepairLog): Promise<void> {
  const rows = db
    .prepare<[], { motif_id: string; name: string; role: string; sha256: string }>(`SELECT motif_id, name, role, sha256 FROM motif_files WHERE sha256 IN (${bad.map(() => '?').join(',')})`)
    .all(...(bad as []));
  let rebuilt = 0;
  const failed = new Set<string>();
  for (const row of rows) {
    const masters = db.prepare<[string], { role: string; sha256: string }>("SELECT role, sha256 FROM motif_files WHERE motif_id = ? AND role IN ('vector', 'original', 'raster') ORDER BY role DESC").all(row.motif_id);
    const master = masters.find((m) => safeRead(store, m.sha256));
    if (!master) {
      failed.add(row.motif_id);
      continue;
    }
    const bytes = store.read(master.sha256);
    let derived: Buffer;
    try {
      if (master.role === 'vector') {
        if (row.role !== 'thumbnail') throw new Error('vector motifs have no preview');
        derived = await svgThumbnail(bytes.toString('utf8'), row.name);
      } else {
        const raster = await normalizeRaster(bytes, row.name);
        derived = row.role === 'thumbnail' ? raster.thumbnail : raster.preview;
      }
    } catch {
      failed.add(row.motif_id);
      continue;
    }
    if (fs.existsSync(store.pathFor(row.sha256))) store.remove(row.sha256); // damaged bytes under a name they do not match
    const sha = store.put(derived);
    db.transaction(() => {
      db.prepare('INSERT OR IGNORE INTO files (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?)').run(sha, derived.length, MEDIA_TYPES[sniffKind(derived) ?? 'png'], new Date().toISOString());
      db.prepare('UPDATE motif_files SET sha256 = ? WHERE motif_id = ? AND name = ?').run(sha, row.motif_id, row.name);
      if (sha !== row.sha256 && !stillUsed(db, row.sha256)) db.prepare('DELETE FROM files WHERE sha256 = ?').run(row.sha256);
    })();
    rebuilt++;
  }
  if (rebuilt) log.repaired.push({ zh: `从原稿重新生成了 ${rebuilt} 个缩略图或预览图。`, en: `Rebuilt ${rebuilt} thumbnails or previews from their masters.` });
  if (failed.size) log.notRepaired.push({ zh: `${failed.size} 个纹样的缩略图无法重建（原稿也丢失或无法读取），需要从备份恢复。`, en: `${failed.size} motifs' thumbnails could not be rebuilt (their masters are missing or unreadable); restore a backup.` });
}

function safeRead(store: FileStore, sha: string): boolean {
  try {
    return store.has(sha);
  } catch {
    return false;
  }
}

function stillUsed(db: Database, sha: string): boolean {
  return fileReferenceColumns(db).some((ref) => ref.table !== 'files' && db.prepare(`SELECT 1 FROM ${quoteIdent(ref.table)} WHERE ${quoteIdent(ref.column)} = ? LIMIT 1`).get(sha) !== undefined);
}
