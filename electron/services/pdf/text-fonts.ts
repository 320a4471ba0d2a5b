/**
 * Embed each font once per document, as a HarfBuzz subset of exactly the characters the
 * document uses (pdf-lib's own CJK subsetting blanks glyphs), written by embedded-font.ts and
 * named `ABCDEF+PostScriptName`: the six-letter tag (from a hash of the subset) is how PDF
 * readers and preflight tools know the font is a subset.
 */
import { createHash } from 'node:crypto';
import type { PDFDocument } from 'pdf-lib';
import { StudioError } from '../../../model/localized';
import type { SceneNode } from '../../../model/scene';
import type { FontService } from '../fonts/font-service';
import { embedSubsetFont, type PdfFont } from './embedded-font';

/** Text per font id, over a tree of scene nodes (adds to `into`). */
export function collectText(nodes: SceneNode[], into: Map<string, string>): Map<string, string> {
  for (const node of nodes) {
    if (node.type === 'text') {
      into.set(node.fontId, (into.get(node.fontId) ?? '') + node.runs.map((r) => r.text).join(''));
    } else if (node.type === 'group') {
      collectText(node.children, into);
    }
  }
  return into;
}

export function subsetTag(bytes: Uint8Array): string {
  const digest = createHash('sha256').update(bytes).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i] % 26));
  return tag;
}

export async function embedFonts(doc: PDFDocument, fonts: Pick<FontService, 'info' | 'hasGlyphs' | 'subset' | 'postscriptName'>, textByFont: Map<string, string>): Promise<Map<string, PdfFont>> {
  const embedded = new Map<string, PdfFont>();
  for (const [fontId, text] of textByFont) {
    if (text.trim() === '') continue; // nothing visible to draw: no font needed
    const missing = fonts.hasGlyphs(fontId, text);
    if (missing.length > 0) {
      const info = fonts.info(fontId);
      const list = missing.slice(0, 10).join(' ');
      throw new StudioError(
        'pdf.missingGlyphs',
        {
          zh: `字体“${info.name.zh}”里没有这些字：${list}。印出来会是空白方框。请换一个包含这些字的字体，或修改文字。`,
          en: `The font "${info.name.en}" has no glyphs for: ${list}. They would print as empty boxes. Choose a font that has them, or change the text.`,
        },
        { fontId, missing },
      );
    }
    const subset = await fonts.subset(fontId, text);
    const psName = (fonts.postscriptName(fontId) ?? fontId).replace(/[^A-Za-z0-9-]/g, '');
    embedded.set(fontId, embedSubsetFont(doc.context, subset, `${subsetTag(subset)}+${psName}`));
  }
  return embedded;
}
