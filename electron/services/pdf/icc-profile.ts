/**
 * The CMYK output profile, read and checked once per process: the PDF embeds it as the
 * OutputIntent and the prepared-photo cache keys on its sha256, so one export used to read and
 * hash the same file twice.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { StudioError } from '../../../model/localized';

export interface IccProfile {
  bytes: Buffer;
  sha256: string;
  /** the profile as a FlateDecode stream body, compressed once, in zlib's worker threads (started by the first call) */
  deflated(): Promise<Buffer>;
}

const deflateAsync = promisify(deflate);

const loaded = new Map<string, IccProfile & { stamp: string }>();

/** The profile at `path` (read again only when the file's size or mtime changed); pdf.iccMissing when it is not a CMYK profile. */
export function iccProfile(path: string): IccProfile {
  let stamp = '';
  try {
    const s = statSync(path);
    stamp = `${s.size}:${s.mtimeMs}`;
  } catch {
    // reported by the read below
  }
  let profile = loaded.get(path);
  if (!profile || profile.stamp !== stamp) {
    const bytes = readCmykProfile(path);
    let deflated: Promise<Buffer> | undefined;
    profile = { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), stamp, deflated: () => (deflated ??= deflateAsync(bytes)) };
    loaded.set(path, profile);
  }
  return profile;
}

function readCmykProfile(path: string): Buffer {
  try {
    const bytes = readFileSync(path);
    // ICC header: bytes 16..19 are the data colour space; PDF/X-4 CMYK output needs 'CMYK'
    if (bytes.length < 132 || bytes.toString('latin1', 16, 20) !== 'CMYK') throw new Error('not a CMYK ICC profile');
    return bytes;
  } catch (cause) {
    throw new StudioError(
      'pdf.iccMissing',
      {
        zh: `印刷色彩配置文件无法使用（${path}）。请重新安装工坊。`,
        en: `The print colour profile cannot be used (${path}). Reinstall the studio.`,
      },
      { cause: String(cause) },
    );
  }
}
