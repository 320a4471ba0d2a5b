/** File kinds the studio accepts from outside, recognised by their bytes, never by their name. */
export type FileKind = 'svg' | 'png' | 'jpeg' | 'tiff' | 'webp' | 'zip' | 'ttf' | 'otf' | 'pdf';

export const MEDIA_TYPES: Record<FileKind, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  webp: 'image/webp',
  zip: 'application/zip',
  ttf: 'font/ttf',
  otf: 'font/otf',
  pdf: 'application/pdf',
};

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

export function sniffKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0x00, 0x01, 0x00, 0x00]) || startsWith(bytes, [0x74, 0x72, 0x75, 0x65])) return 'ttf';
  if (startsWith(bytes, [0x4f, 0x54, 0x54, 0x4f])) return 'otf';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (looksLikeSvg(bytes)) return 'svg';
  return null;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  // text that starts (after a BOM, whitespace, an XML declaration and comments) with <svg
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const stripped = head.replace(/^\s*(<\?xml[^>]*\?>)?\s*(<!--[\s\S]*?-->\s*)*/, '');
  return /^<svg[\s>]/i.test(stripped) || /^<!DOCTYPE\s+svg/i.test(stripped);
}
