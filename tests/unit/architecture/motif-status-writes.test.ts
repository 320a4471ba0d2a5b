import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * "Published" is computed from signatures (model/trust/motif-verdict.ts) on every write, and
 * the one place that writes motif rows is MotifRepo, which asks the trust service first. This
 * enumerates every source file and finds any other SQL that writes the motifs table or its
 * status, and every caller of the repo's writes, so a new path cannot slip around the verdict.
 */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.(ts|tsx|mjs)$/.test(e.name) ? [full] : [];
  });
}

const REPO = path.join('electron', 'services', 'library', 'motif-repo.ts');
const MIGRATIONS = path.join('electron', 'services', 'db', 'migrations');

describe('motif status has one writer', () => {
  const files = [...sourceFiles('electron'), ...sourceFiles('model'), ...sourceFiles('renderer')];

  it('no SQL outside MotifRepo (and schema migrations) inserts into or updates the motifs table', () => {
    const offenders = files.filter((f) => f !== REPO && !f.startsWith(MIGRATIONS) && /\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE|REPLACE\s+INTO)\s+motifs\b/i.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('MotifRepo resolves every record it writes and refreshes with the same resolver', () => {
    const text = fs.readFileSync(REPO, 'utf8');
    const writes = [...text.matchAll(/this\.stmts\.(insert|update)\.run\(\{ \.\.\.columns\((\w+)\)/g)].map((m) => m[2]);
    expect(writes.length).toBeGreaterThanOrEqual(3);
    expect(writes.every((name) => name === 'resolved')).toBe(true);
  });

  it('the known write paths are exactly these (a new one must be added here, knowing status is decided by the repo)', () => {
    const callers = files
      .filter((f) => f !== REPO)
      .flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/\b(?:repo|motifs)\.(insert|update)\(/g)].map(() => f.replaceAll(path.sep, '/')))
      .sort();
    expect([...new Set(callers)]).toEqual([
      'electron/services/library/import-service.ts',
      'electron/services/library/library-service.ts',
      'electron/services/library/starter-library.ts',
      'electron/services/packs/pack-import.ts',
      // after a push to the hub: the same record, marked as upstream's version (the repo still decides its status)
      'electron/services/sync/sync-service.ts',
    ]);
  });
});
