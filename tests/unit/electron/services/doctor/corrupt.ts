import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';

/**
 * Damages a closed database the way a failing disk does: the WAL is folded in first, then
 * a run of pages in the middle of the file is overwritten with garbage (the header page
 * stays intact, so SQLite opens the file and the health check is what notices).
 */
export function corruptDatabase(file: string): void {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = DELETE');
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.close();
  const bytes = fs.readFileSync(file);
  const pages = Math.floor(bytes.length / pageSize);
  if (pages < 4) throw new Error('database too small to corrupt meaningfully');
  for (let p = 1; p < pages - 1; p++) {
    const at = p * pageSize;
    // keep page types plausible only sometimes: most pages get a scrambled body
    for (let i = 8; i < pageSize; i += 7) bytes[at + i] = (bytes[at + i] ^ 0x5a) & 0xff;
  }
  fs.writeFileSync(file, bytes);
}
