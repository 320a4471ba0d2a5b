/**
 * Decide from a file's *content* (not its name) whether it is a font we can embed in print
 * PDFs: a single TrueType/OpenType face that fontkit parses and whose licence bits allow
 * embedding. Collections and web fonts are refused with a message that says what to do.
 */
import { createRequire } from 'node:module';
import type fontkitModule from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { StudioError } from '../../../model/localized';

// fontkit takes a third of a second to load (it unpacks Brotli and Unicode tables at start),
// and every command that opens the studio reaches this file; only parsing a font needs it, so
// it is required on first use (the package is CommonJS: require gives its module object).
const requireCommonJs = createRequire(import.meta.url);
let loaded: typeof fontkitModule | undefined;
const fontkit = (): typeof fontkitModule => (loaded ??= requireCommonJs('@pdf-lib/fontkit') as typeof fontkitModule);

export const MAX_FONT_BYTES = 40 * 1024 * 1024;

export type FontFormat = 'truetype' | 'opentype';

export function sniffFontFormat(bytes: Uint8Array): FontFormat | 'collection' | 'woff' | 'unknown' {
  if (bytes.length < 12) return 'unknown';
  const tag = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (bytes[0] === 0 && bytes[1] === 1 && bytes[2] === 0 && bytes[3] === 0) return 'truetype';
  if (tag === 'true') return 'truetype';
  if (tag === 'OTTO') return 'opentype';
  if (tag === 'ttcf') return 'collection';
  if (tag === 'wOFF' || tag === 'wOF2') return 'woff';
  return 'unknown';
}

/** Throws StudioError unless the bytes are an embeddable single-face TTF/OTF; returns the parsed font. */
export function checkFontBytes(bytes: Uint8Array, fileName: string): Font {
  if (bytes.length > MAX_FONT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new StudioError('font.tooLarge', {
      zh: `字体文件“${fileName}”太大（${mb} MB）。最大 40 MB，请选择单个字重的 TTF 或 OTF 文件。`,
      en: `The font file "${fileName}" is too large (${mb} MB). The limit is 40 MB; choose a single-weight TTF or OTF file.`,
    });
  }
  const format = sniffFontFormat(bytes);
  if (format === 'collection') {
    throw new StudioError('font.collection', {
      zh: `“${fileName}”是字体合集（TTC），不能直接使用。请导入其中单个字体的 TTF 或 OTF 文件。`,
      en: `"${fileName}" is a font collection (TTC), which cannot be used directly. Import the single TTF or OTF file of one face instead.`,
    });
  }
  if (format === 'woff') {
    throw new StudioError('font.webFont', {
      zh: `“${fileName}”是网页字体（WOFF/WOFF2）。请导入桌面用的 TTF 或 OTF 文件。`,
      en: `"${fileName}" is a web font (WOFF/WOFF2). Import the desktop TTF or OTF file instead.`,
    });
  }
  if (format === 'unknown') {
    throw new StudioError('font.notAFont', {
      zh: `“${fileName}”不是字体文件（内容不是 TrueType 或 OpenType）。请选择 .ttf 或 .otf 字体。`,
      en: `"${fileName}" is not a font file (its content is neither TrueType nor OpenType). Choose a .ttf or .otf font.`,
    });
  }
  let font: Font;
  try {
    // fontkit's bundled Buffer copies any typed array byte by byte in JavaScript (0.5 s and a
    // second 18 MB for a CJK font) but wraps a whole ArrayBuffer as it is. A Buffer's slice() is
    // a view, not a copy: a small Buffer lives inside Node's shared pool, so copy it out for real
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : Uint8Array.prototype.slice.call(bytes).buffer;
    font = fontkit().create(whole as unknown as Uint8Array);
  } catch (cause) {
    throw new StudioError(
      'font.unreadable',
      {
        zh: `字体“${fileName}”已损坏或无法读取。请换一个 TTF 或 OTF 文件。`,
        en: `The font "${fileName}" is damaged or cannot be read. Try another TTF or OTF file.`,
      },
      { cause: String(cause) },
    );
  }
  if (!font.unitsPerEm || font.numGlyphs < 2 || font.characterSet.length === 0) {
    throw new StudioError('font.empty', {
      zh: `字体“${fileName}”里没有可用的字符。请换一个字体。`,
      en: `The font "${fileName}" contains no usable characters. Choose another font.`,
    });
  }
  // OS/2 fsType bit 1 = "Restricted License embedding": the foundry forbids embedding, so a
  // printer-bound PDF may not contain it. fontkit decodes fsType as named flags.
  const fsType = (font as unknown as { 'OS/2'?: { fsType?: { noEmbedding?: boolean } } })['OS/2']?.fsType;
  if (fsType?.noEmbedding) {
    throw new StudioError('font.embeddingForbidden', {
      zh: `字体“${fileName}”的授权禁止嵌入到文件中，无法用于印刷 PDF。请使用允许嵌入的字体（例如 OFL 开源字体）。`,
      en: `The licence of "${fileName}" forbids embedding it in documents, so it cannot be used for print PDFs. Use a font that allows embedding (for example an OFL font).`,
    });
  }
  return font;
}
