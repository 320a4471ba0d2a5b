/**
 * Text runs as vector outlines for the SVG proof. librsvg (inside sharp) cannot load web
 * fonts and Windows machines have no CJK font it would find, so proofs draw every glyph from
 * the very font file the PDF embeds (fontkit outlines), advancing by the same glyph widths
 * the layout and the PDF use.
 */
import type { Font } from '@pdf-lib/fontkit';
import type { TextNode } from '../../../model/scene';

const PT_MM = 25.4 / 72;

interface GlyphShape {
  /** outline commands in font units, y up */
  commands: { command: string; args: number[] }[];
  advance: number;
}

export type FontLookup = (fontId: string) => Font | undefined;

export class GlyphOutlines {
  private readonly cache = new Map<string, GlyphShape>();

  constructor(private readonly fonts: FontLookup) {}

  private glyph(fontId: string, font: Font, cp: number): GlyphShape {
    const key = `${fontId}:${cp}`;
    let shape = this.cache.get(key);
    if (!shape) {
      const g = font.glyphForCodePoint(cp);
      shape = { commands: (g.path as unknown as { commands: GlyphShape['commands'] }).commands, advance: g.advanceWidth };
      this.cache.set(key, shape);
    }
    return shape;
  }

  /** SVG path data (mm, y down) for all runs of a text node; "" when the font is unavailable. */
  pathData(node: TextNode, fmt: (n: number) => string): string {
    const font = this.fonts(node.fontId);
    if (!font) return '';
    const s = (node.sizePt * PT_MM) / font.unitsPerEm;
    const parts: string[] = [];
    for (const run of node.runs) {
      let pen = 0;
      for (const ch of run.text) {
        const cp = ch.codePointAt(0)!;
        if (cp === 0x0a || cp === 0x0d) continue;
        const g = this.glyph(node.fontId, font, cp);
        const ox = run.x + pen;
        const X = (x: number) => fmt(ox + x * s);
        const Y = (y: number) => fmt(run.y - y * s);
        for (const { command, args: a } of g.commands) {
          switch (command) {
            case 'moveTo': parts.push(`M${X(a[0])} ${Y(a[1])}`); break;
            case 'lineTo': parts.push(`L${X(a[0])} ${Y(a[1])}`); break;
            case 'quadraticCurveTo': parts.push(`Q${X(a[0])} ${Y(a[1])} ${X(a[2])} ${Y(a[3])}`); break;
            case 'bezierCurveTo': parts.push(`C${X(a[0])} ${Y(a[1])} ${X(a[2])} ${Y(a[3])} ${X(a[4])} ${Y(a[5])}`); break;
            case 'closePath': parts.push('Z'); break;
          }
        }
        pen += g.advance * s;
      }
    }
    return parts.join('');
  }
}
