import fs from 'node:fs';
import path from 'node:path';
import { studioError } from '../../../model/localized';
import { MEDIA_TYPES, sniffKind, type FileKind } from './sniff';

/**
 * The one door for files from outside (artwork, scans, packs, backups, fonts, evidence).
 * Every caller names the kinds it accepts; the kind is decided by content, the size is
 * bounded before the bytes are read, and names are reduced to a plain base name so a
 * hostile name can never steer where anything is written.
 */
export interface IntakeRule {
  accept: readonly FileKind[];
  maxBytes: number;
}

export interface IntakeFile {
  /** display name only: a base name with no directory parts */
  name: string;
  kind: FileKind;
  mediaType: string;
  bytes: Buffer;
}

export const INTAKE_RULES = {
  artwork: { accept: ['svg', 'png', 'jpeg', 'tiff', 'webp'], maxBytes: 80 * 1024 * 1024 },
  pack: { accept: ['zip'], maxBytes: 512 * 1024 * 1024 },
  designFile: { accept: ['zip'], maxBytes: 512 * 1024 * 1024 },
  backup: { accept: ['zip'], maxBytes: 4 * 1024 * 1024 * 1024 - 1 },
  font: { accept: ['ttf', 'otf'], maxBytes: 40 * 1024 * 1024 },
  evidence: { accept: ['pdf', 'png', 'jpeg'], maxBytes: 40 * 1024 * 1024 },
  photo: { accept: ['png', 'jpeg', 'tiff', 'webp'], maxBytes: 80 * 1024 * 1024 },
  logo: { accept: ['svg', 'png'], maxBytes: 10 * 1024 * 1024 },
} satisfies Record<string, IntakeRule>;

export function safeDisplayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // control characters and a leading dot would confuse listings and shells
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').replace(/^\.+/, '').slice(0, 200);
  return cleaned || 'file';
}

export function intakeBytes(name: string, bytes: Uint8Array, rule: IntakeRule): IntakeFile {
  const shown = safeDisplayName(name);
  if (bytes.length === 0) {
    throw studioError('intake.empty', `文件“${shown}”是空的。`, `The file "${shown}" is empty.`);
  }
  if (bytes.length > rule.maxBytes) {
    throw tooLarge(shown, bytes.length, rule.maxBytes);
  }
  const kind = sniffKind(bytes);
  if (!kind || !rule.accept.includes(kind)) {
    const expected = rule.accept.map((k) => k.toUpperCase()).join(', ');
    throw studioError(
      'intake.wrong-type',
      `文件“${shown}”的内容不是可以接受的类型（可接受：${expected}）。请检查是否选错了文件。`,
      `The content of "${shown}" is not an accepted type (accepted: ${expected}). Check that you chose the right file.`,
      { kind },
    );
  }
  return { name: shown, kind, mediaType: MEDIA_TYPES[kind], bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** Reads a file from disk through the same checks; refuses links and non-regular files. */
export function intakePath(filePath: string, rule: IntakeRule): IntakeFile {
  const resolved = path.resolve(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(resolved);
  } catch {
    throw studioError('intake.missing', `找不到文件：${resolved}`, `File not found: ${resolved}`);
  }
  if (stat.isSymbolicLink() || !stat.isFile()) {
    throw studioError('intake.not-a-file', `“${resolved}”不是普通文件（链接和设备文件不接受）。`, `"${resolved}" is not a regular file (links and devices are not accepted).`);
  }
  if (stat.size > rule.maxBytes) throw tooLarge(path.basename(resolved), stat.size, rule.maxBytes);
  return intakeBytes(path.basename(resolved), fs.readFileSync(resolved), rule);
}

function tooLarge(name: string, size: number, max: number) {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return studioError('intake.too-large', `文件“${name}”太大（${mb(size)} MB，上限 ${mb(max)} MB）。`, `The file "${name}" is too large (${mb(size)} MB; the limit is ${mb(max)} MB).`);
}
