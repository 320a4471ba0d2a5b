import type { Database } from 'better-sqlite3';

const SHA256 = /^[0-9a-f]{64}$/;

export interface FileReference {
  table: string;
  column: string;
}

/**
 * Every column that points at a stored artwork file: the `files` register itself, every
 * column with a foreign key to files(sha256), and any column named sha256 / *_sha256.
 * Found from the schema at run time, so tables added later (designs, brand kits) are
 * covered without touching backup or doctor.
 */
export function fileReferenceColumns(db: Database): FileReference[] {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all()
    .map((r) => r.name);
  const found = new Map<string, FileReference>();
  const add = (table: string, column: string) => found.set(`${table}.${column}`, { table, column });
  if (tables.includes('files')) add('files', 'sha256');
  for (const table of tables) {
    let columns: { name: string }[];
    try {
      columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info(${quoteLiteral(table)})`).all();
    } catch {
      continue; // virtual tables whose module is missing cannot be described; they hold no file references
    }
    for (const fk of db.prepare<[], { table: string; from: string; to: string | null }>(`SELECT "table", "from", "to" FROM pragma_foreign_key_list(${quoteLiteral(table)})`).all()) {
      if (fk.table === 'files' && (fk.to === null || fk.to === 'sha256')) add(table, fk.from);
    }
    for (const c of columns) if (c.name === 'sha256' || c.name.endsWith('_sha256')) add(table, c.name);
  }
  return [...found.values()];
}

/** sha256 -> the places that reference it. */
export function referencedFiles(db: Database): Map<string, FileReference[]> {
  const out = new Map<string, FileReference[]>();
  for (const ref of fileReferenceColumns(db)) {
    const rows = db.prepare<[], { v: unknown }>(`SELECT DISTINCT ${quoteIdent(ref.column)} AS v FROM ${quoteIdent(ref.table)}`).all();
    for (const { v } of rows) {
      if (typeof v !== 'string' || !SHA256.test(v)) continue;
      const list = out.get(v) ?? [];
      list.push(ref);
      out.set(v, list);
    }
  }
  return out;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
