/**
 * Test helper: write scene nodes back out as a plain SVG, so an independent renderer
 * (librsvg's rsvg-convert) can draw the scene and the original side by side.
 */
import { cmykToRgb, printColorToCmyk, rgbToHex } from '../../../../../model/color';
import type { PrintColor } from '../../../../../model/scene';
import type { PathCommand, SceneNode } from '../../../../../model/scene';
import type { ViewBox } from '../../../../../model/svg/units';

/**
 * The import's colours back to the file's sRGB: the naive inverse of the naive rgbToCmyk the
 * importer proposes (this compares geometry with the original file, not the press preview).
 */
const printColorToCss = (c: PrintColor) => rgbToHex(cmykToRgb(printColorToCmyk(c)));

function d(cmds: PathCommand[]): string {
  return cmds.map((c) => `${c[0]}${c.slice(1).join(' ')}`).join(' ');
}

export function sceneToSvg(viewBox: ViewBox, nodes: SceneNode[], sizePx: number): string {
  const defs: string[] = [];
  const body = (list: SceneNode[]): string =>
    list
      .map((n) => {
        const opacity = n.opacity !== undefined ? ` opacity="${n.opacity}"` : '';
        if (n.type === 'group') {
          let clip = '';
          if (n.clip) {
            const id = `clip${defs.length}`;
            defs.push(`<clipPath id="${id}"><path d="${d(n.clip)}"/></clipPath>`);
            clip = ` clip-path="url(#${id})"`;
          }
          // the clip is in the group's own coordinates: transform outside, clip inside
          const inner = `<g${clip}>${body(n.children)}</g>`;
          const t = n.transform ? ` transform="matrix(${n.transform.join(' ')})"` : '';
          return `<g${t}${opacity}>${inner}</g>`;
        }
        if (n.type === 'path') {
          const fill = n.fill ? `fill="${printColorToCss(n.fill)}" fill-rule="${n.fillRule ?? 'nonzero'}"` : 'fill="none"';
          const s = n.stroke;
          const stroke = s ? ` stroke="${printColorToCss(s.color)}" stroke-width="${s.widthMm}"${s.dashMm ? ` stroke-dasharray="${s.dashMm.join(' ')}"` : ''}` : '';
          return `<path d="${d(n.d)}" ${fill}${stroke}${opacity}/>`;
        }
        return '';
      })
      .join('');
  const content = body(nodes);
  const vb = `${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${sizePx}" height="${sizePx}" viewBox="${vb}"><defs>${defs.join('')}</defs>${content}</svg>`;
}
