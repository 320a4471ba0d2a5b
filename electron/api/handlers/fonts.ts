import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import type { FontInfo } from '../../services/fonts/font-types';
import { intakeBytes, INTAKE_RULES } from '../../services/intake/intake';
import { StudioError, studioError } from '../../../model/localized';

/** The renderer never learns file paths: it gets ids, names and bytes. */
function publicInfo(f: FontInfo) {
  return { id: f.id, family: f.family, name: f.name, licence: f.licence, source: f.source };
}

export function fontHandlers(ctx: StudioContext): HandlersFor<'fonts.list' | 'fonts.metrics' | 'fonts.file' | 'fonts.import'> {
  return {
    'fonts.list': () => ctx.fonts.list().map(publicInfo),
    'fonts.metrics': ({ fontId, text }) => {
      const m = ctx.fonts.metrics(fontId, text);
      // JSON object keys are strings: code points travel as decimal strings
      const advances: Record<string, number> = {};
      for (const [cp, width] of Object.entries(m.advances)) advances[String(cp)] = width;
      return { fontId: m.fontId, unitsPerEm: m.unitsPerEm, ascender: m.ascender, descender: m.descender, lineGap: m.lineGap, advances, missing: m.missing };
    },
    'fonts.file': async ({ fontId, text }) => {
      const info = ctx.fonts.info(fontId);
      const bytes = text === undefined ? ctx.fonts.bytes(fontId) : await ctx.fonts.subset(fontId, text);
      return { fontId: info.id, family: info.family, base64: bytes.toString('base64') };
    },
    'fonts.import': ({ name, base64 }) => {
      const file = intakeBytes(name, Buffer.from(base64, 'base64'), INTAKE_RULES.font);
      try {
        return publicInfo(ctx.fonts.importFont(file.bytes, file.name));
      } catch (error) {
        if (error instanceof StudioError) throw error;
        // fontkit reads tables lazily: a cut-off file passes the header check and breaks later
        throw studioError(
          'font.unreadable',
          `字体文件“${file.name}”无法读取，可能不完整或已损坏。请重新下载或从原来的地方再复制一次。`,
          `The font file "${file.name}" cannot be read; it may be truncated or damaged. Download it again or copy it again from where it came from.`,
        );
      }
    },
  };
}
