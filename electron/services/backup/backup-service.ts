import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { studioError } from '../../../model/localized';
import type { BackupInfo, BackupReason } from '../../../model/api/maintenance';
import type { DataPaths } from '../paths';
import { backupName, parseBackupName } from './backup-names';
import { checkBackup, randomSuffix, type CheckedBackup } from './read-backup';
import { backupsToKeep } from './retention';
import { archiveSnapshot, snapshotDatabase, snapshotDatabaseSync, type WrittenBackup } from './write-backup';

const DAY_MS = 24 * 60 * 60 * 1000;
const MB = 1024 * 1024;
const HOUR_MS = 60 * 60 * 1000;
/** a snapshot taken synchronously before migrations, turned into an archive once the studio is open */
const PENDING = /^pending-(\d+)-before-migration\.sqlite$/;

/**
 * The rotating set of backups in <data>/backups. Backups run one at a time; each new one
 * is verified (database integrity on the copy, every file's checksum) before any older
 * backup is rotated out, so a bad backup never pushes out a good one.
 */
export class BackupService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly paths: DataPaths,
    private readonly now: () => Date,
    /** the live database, or null when there is none to copy (damaged or not open) */
    private readonly database: () => Database | null,
  ) {}

  get dir(): string {
    return this.paths.backups;
  }

  list(): (BackupInfo & { at: Date })[] {
    if (!fs.existsSync(this.dir)) return [];
    const out: (BackupInfo & { at: Date })[] = [];
    for (const name of fs.readdirSync(this.dir)) {
      const parsed = parseBackupName(name);
      if (!parsed) continue;
      const stat = fs.statSync(path.join(this.dir, name));
      if (!stat.isFile()) continue;
      out.push({ name, createdAt: parsed.at.toISOString(), reason: parsed.reason, sizeBytes: stat.size, at: parsed.at });
    }
    return out.sort((a, b) => b.at.getTime() - a.at.getTime());
  }

  lastBackupAt(): Date | null {
    return this.list()[0]?.at ?? null;
  }

  /** The path of a listed backup; refuses anything that is not a plain backup name. */
  pathOf(name: string): string {
    if (!parseBackupName(name) || !fs.existsSync(path.join(this.dir, name))) {
      throw studioError('backup.not-found', `找不到备份“${name}”。请从设置里的备份列表中选择。`, `Backup "${name}" was not found. Choose one from the list in Settings.`);
    }
    return path.join(this.dir, name);
  }

  /** Takes, verifies and rotates one backup into backups/. */
  create(reason: BackupReason): Promise<BackupInfo> {
    return this.serial(async () => {
      let at = this.now();
      while (fs.existsSync(path.join(this.dir, backupName(at, reason)))) at = new Date(at.getTime() + 1);
      const written = await this.write(path.join(this.dir, backupName(at, reason)), reason);
      await this.verifyAndPrune(written);
      return this.list().find((b) => b.name === path.basename(written.file))!;
    });
  }

  /** One archive anywhere (`jinxiu backup --out FILE`): verified, never rotated. */
  writeTo(outFile: string, reason: BackupReason = 'manual'): Promise<WrittenBackup & CheckedBackup> {
    return this.serial(async () => {
      if (fs.existsSync(outFile)) {
        throw studioError('backup.exists', `文件已存在，没有覆盖：${outFile}。请换一个文件名。`, `The file already exists and was not overwritten: ${outFile}. Choose another name.`);
      }
      const written = await this.write(path.resolve(outFile), reason);
      return { ...written, ...(await checkBackup(written.file)) };
    });
  }

  verify(name: string): Promise<CheckedBackup> {
    return checkBackup(this.pathOf(name));
  }

  /** Backs up if the newest backup is older than maxAgeMs; returns the new one, or null. */
  async ensureRecent(maxAgeMs = DAY_MS): Promise<BackupInfo | null> {
    const last = this.lastBackupAt();
    if (last && this.now().getTime() - last.getTime() < maxAgeMs) return null;
    return this.create('scheduled');
  }

  /** At start and then every hour: a backup when the last one is more than a day old. */
  startSchedule(onError: (error: unknown) => void, intervalMs = HOUR_MS): () => void {
    const tick = () => {
      this.finishPendingSnapshots()
        .then(() => this.ensureRecent())
        .catch(onError);
    };
    tick();
    const timer = setInterval(tick, intervalMs);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  /** Called from openDatabase's beforeMigrate hook: must be synchronous. */
  snapshotBeforeMigrate(db: Database): void {
    snapshotDatabaseSync(db, path.join(this.dir, `pending-${this.now().getTime()}-before-migration.sqlite`));
  }

  /** Turns pre-migration snapshots into ordinary verified backups (files are unchanged by migrations). */
  finishPendingSnapshots(): Promise<void> {
    return this.serial(async () => {
      if (!fs.existsSync(this.dir)) return;
      for (const name of fs.readdirSync(this.dir)) {
        const m = PENDING.exec(name);
        if (!m) continue;
        const snapshot = path.join(this.dir, name);
        const at = new Date(Number(m[1]));
        const written = await archiveSnapshot({ snapshot, filesDir: this.paths.files, outFile: path.join(this.dir, backupName(at, 'before-migration')), reason: 'before-migration', now: at });
        await this.verifyAndPrune(written);
        fs.rmSync(snapshot, { force: true });
      }
    });
  }

  private async write(outFile: string, reason: BackupReason): Promise<WrittenBackup> {
    const db = this.database();
    if (!db) {
      throw studioError('backup.no-database', '现在没有可以备份的数据库（数据库已损坏或未打开）。请先从备份恢复。', 'There is no database to back up right now (it is damaged or not open). Restore a backup first.');
    }
    ensureSpace(path.dirname(outFile), estimateBytes(db));
    const snapshot = path.join(this.paths.tmp, `backup-${randomSuffix()}.sqlite`);
    try {
      await snapshotDatabase(db, snapshot);
      return await archiveSnapshot({ snapshot, filesDir: this.paths.files, outFile, reason, now: this.now() });
    } finally {
      fs.rmSync(snapshot, { force: true });
      fs.rmSync(`${snapshot}-journal`, { force: true });
    }
  }

  private async verifyAndPrune(written: WrittenBackup): Promise<void> {
    try {
      await checkBackup(written.file);
    } catch (error) {
      fs.rmSync(written.file, { force: true });
      throw error;
    }
    const all = this.list();
    const keep = backupsToKeep(all);
    for (const b of all) if (!keep.has(b.name)) fs.rmSync(path.join(this.dir, b.name), { force: true });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }
}

/** database pages plus every registered file: what the archive will roughly take */
function estimateBytes(db: Database): number {
  const pages = Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }));
  const hasFiles = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'files'").get();
  const files = hasFiles ? Number(db.prepare('SELECT coalesce(sum(size), 0) FROM files').pluck().get()) : 0;
  return pages + files;
}

/** Refuses before writing a byte when the disk cannot hold the backup (a half-written archive helps no one). */
function ensureSpace(dir: string, needed: number): void {
  fs.mkdirSync(dir, { recursive: true });
  let free: number;
  try {
    const stats = fs.statfsSync(dir);
    free = stats.bavail * stats.bsize;
  } catch {
    return; // cannot tell on this filesystem: try, and let a write error speak
  }
  const want = needed + 200 * MB;
  if (free < want) {
    throw studioError(
      'backup.disk-full',
      `磁盘空间不够，无法备份：需要约 ${Math.ceil(want / MB)} MB，只剩 ${Math.floor(free / MB)} MB。请清理磁盘，或把旧备份复制到 U 盘后删除。`,
      `Not enough disk space for a backup: about ${Math.ceil(want / MB)} MB needed, ${Math.floor(free / MB)} MB free. Free some space, or copy old backups to a USB drive and delete them.`,
      { needed: want, free },
    );
  }
}
