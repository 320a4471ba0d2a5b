import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore, sha256Hex } from '../../../../../electron/services/files/file-store';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
});

function store(): FileStore {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-files-'));
  roots.push(root);
  return new FileStore(root);
}

describe('FileStore.putMany (a sync page or pack stored with one flush)', () => {
  it('stores every file under its sha256, in order, like put; duplicates and files already there are fine; no temporary file stays', async () => {
    const s = store();
    const files = Array.from({ length: 40 }, (_, i) => crypto.randomBytes(100 + i));
    const before = s.put(files[3]);
    const shas = await s.putMany([...files, files[7], new Uint8Array(0)]);
    expect(shas).toEqual([...files.map((f) => sha256Hex(f)), sha256Hex(files[7]), sha256Hex(new Uint8Array(0))]);
    expect(shas[3]).toBe(before);
    for (const [i, f] of files.entries()) expect(Buffer.compare(s.read(shas[i]), f)).toBe(0);
    expect(s.list().sort()).toEqual([...new Set(shas)].sort());
    expect(s.listTemporary()).toEqual([]);
    expect(await s.putMany([])).toEqual([]);
  });
});
