import { issue, StudioError } from '../../localized';
import { layoutText } from '../../text/layout';
import type { SceneNode } from '../../scene';
import type { TextElement } from '../schema';
import { resolveColour } from './colour';
import { cutFieldMarks, markUnresolved, withFieldMarks } from './fields';
import type { BuildContext } from './types';

export function textNodes(el: TextElement, ctx: BuildContext): SceneNode[] {
  // a field with no value is laid out as a gap, never as its {{name}} (fields.ts)
  const marked = markUnresolved(el.text, ctx.placeholders);
  const text = marked.text;
  if (text.trim() === '') return [];
  const fontMetrics = ctx.fontMetrics(el.fontId);
  if (fontMetrics === undefined) {
    ctx.issues.push(
      issue(`elements.${el.id}.fontId`, 'font-missing', 'error',
        `字体“${el.fontId}”没有安装，这段文字画不出来。请在字体管理中添加它，或换成霞鹜文楷。`,
        `Font "${el.fontId}" is not installed, so this text cannot be drawn. Add it in font management or switch to LXGW WenKai.`),
    );
    return [];
  }
  // the composer asks for advances as texts change; it lays out nothing rather than a guess
  if (ctx.metricsReady && !ctx.metricsReady(el.fontId, text)) return [];
  const metrics = withFieldMarks(fontMetrics);
  let laid: ReturnType<NonNullable<BuildContext['layoutText']>>;
  try {
    laid = (ctx.layoutText ?? layoutText)(text, {
      metrics,
      sizePt: el.sizePt,
      lineHeight: el.lineHeight,
      widthMm: el.transform.width,
      heightMm: el.transform.height,
      align: el.align,
      direction: el.direction,
    });
  } catch (err) {
    // e.g. a text box squashed to zero width: report it on the element, draw the rest
    if (!(err instanceof StudioError)) throw err;
    ctx.issues.push({ field: `elements.${el.id}`, code: err.code, severity: 'error', message: err.localized });
    return [];
  }
  if (laid.overflow) {
    ctx.issues.push(
      issue(`elements.${el.id}`, 'text-overflow', 'warning',
        `“${el.name}”的文字超出了文本框，多出的部分不会印出。请放大文本框、缩小字号或删减文字。`,
        `The text of "${el.name}" does not fit its box; the overflow will not print. Enlarge the box, reduce the size or shorten the text.`),
    );
  }
  if (laid.missingGlyphs && laid.missingGlyphs.length > 0) {
    const chars = [...new Set(laid.missingGlyphs)].join(' ');
    ctx.issues.push(
      issue(`elements.${el.id}`, 'glyphs-missing', 'error',
        `字体“${el.fontId}”里没有这些字：${chars}。请换一种字体，或改写这些字。`,
        `Font "${el.fontId}" has no glyphs for: ${chars}. Choose another font or rewrite those characters.`),
    );
  }
  const color = resolveColour(el.colour, ctx, `elements.${el.id}.colour`);
  const { runs, marks } = cutFieldMarks(laid.runs, marked, fontMetrics, el.sizePt, el.id);
  ctx.fieldMarks.push(...marks);
  return [{ type: 'text', fontId: el.fontId, sizePt: el.sizePt, color, runs, elementId: el.id }];
}
