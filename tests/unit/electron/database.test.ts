import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../electron/services/db/database';
import { LATEST_SCHEMA_VERSION } from '../../../electron/services/db/migrations';
import { StudioError } from '../../../model/localized';
import { makeTempDir } from '../../helpers/temp-dir';

describe('database service', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (tmp = makeTempDir()));
  afterEach(() => tmp.cleanup());

  it('creates a WAL database with foreign keys and the latest schema', () => {
    const db = openDatabase(path.join(tmp.dir, 'studio.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('applies pending migrations in one transaction: a failing step leaves the old version', () => {
    const file = path.join(tmp.dir, 'studio.sqlite');
    openDatabase(file, { migrations: [{ version: 10, name: 'a', up: 'CREATE TABLE a (x INTEGER)' }] }).close();
    expect(() =>
      openDatabase(file, {
        migrations: [
          { version: 10, name: 'a', up: 'CREATE TABLE a (x INTEGER)' },
          { version: 20, name: 'b', up: 'CREATE TABLE b (y INTEGER)' },
          { version: 30, name: 'broken', up: 'CREATE TABLE nonsense (' },
        ],
      }),
    ).toThrow();
    const db = openDatabase(file, { migrations: [{ version: 10, name: 'a', up: 'CREATE TABLE a (x INTEGER)' }] });
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from a newer app', () => {
    const file = path.join(tmp.dir, 'studio.sqlite');
    openDatabase(file).close();
    expect(() => openDatabase(file, { migrations: [{ version: 5, name: 'old', up: '' }] })).toThrowError(/newer/);
  });

  it('reports a damaged file with a clear error and leaves it byte-for-byte untouched', () => {
    const file = path.join(tmp.dir, 'studio.sqlite');
    const db = openDatabase(file);
    db.exec('CREATE TABLE filler (t TEXT); ');
    const insert = db.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    // scribble over the middle of the file (b-tree pages), keeping the header readable
    for (let i = 8192; i < 40000; i++) bytes[i] = (i * 31) & 0xff;
    fs.writeFileSync(file, bytes);
    const before = fs.readFileSync(file);
    let caught: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StudioError);
    expect((caught as StudioError).code).toBe('db.damaged');
    expect((caught as StudioError).localized.zh).toContain('损坏');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a file that is not a database at all', () => {
    const file = path.join(tmp.dir, 'studio.sqlite');
    fs.writeFileSync(file, 'this is not sqlite, just text '.repeat(200));
    expect(() => openDatabase(file)).toThrowError(StudioError);
    expect(fs.readFileSync(file, 'utf8').startsWith('this is not sqlite')).toBe(true);
  });
});
