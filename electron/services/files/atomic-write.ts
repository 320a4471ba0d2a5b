import fs from 'node:fs';
import path from 'node:path';
import { syncDirectory } from './file-store';

/** Write to a temporary sibling, flush, rename: readers never see half a file. */
export function writeFileAtomic(target: string, bytes: Uint8Array | string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, target);
  syncDirectory(path.dirname(target));
}
