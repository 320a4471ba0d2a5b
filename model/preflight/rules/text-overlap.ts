/**
 * Text over other artwork: a text box that runs into a motif, photo, code or another text on the
 * same page prints the two on top of each other (the guided path once put the story over the
 * motif). Judged on what is painted: a motif's drawn shapes (not its whole box, which keeps the
 * artwork's proportions and may be partly empty), a photo's or code's area, another text's box.
 * Backgrounds (pattern fills, plain shapes) under text are intended and not counted. The same
 * obstacles steer automatic placement (model/design/free-space.ts ARTWORK_KINDS).
 */
import { ARTWORK_KINDS } from '../../design/free-space';
import { elementBounds } from '../../design/geometry';
import type { Element } from '../../design/schema';
import type { Rect } from '../../templates/types';
import { pathBounds, walkScene, type Bounds } from '../scene-walk';
import { KIND_NAMES } from '../kind-names';
import { finding, type Finding, type RuleContext } from '../types';
import { elementNodes } from './spot-flood';

/** overlaps thinner than this (mm) are touching edges, not a collision */
const MIN_OVERLAP_MM = 0.5;

function paintedBounds(ctx: RuleContext, el: Element): Rect | undefined {
  if (el.kind === 'text') return elementBounds(el.transform);
  let b: Bounds | undefined;
  const add = (n: Bounds | undefined) => {
    if (!n) return;
    b = b ? { minX: Math.min(b.minX, n.minX), minY: Math.min(b.minY, n.minY), maxX: Math.max(b.maxX, n.maxX), maxY: Math.max(b.maxY, n.maxY) } : { ...n };
  };
  walkScene(elementNodes(ctx, el), ({ node, matrix }) => {
    if (node.type === 'path' && (node.fill || node.stroke)) add(pathBounds(node.d, matrix));
    else if (node.type === 'image') add(pathBounds([['M', node.x, node.y], ['L', node.x + node.width, node.y + node.height]], matrix));
  });
  return b ? { x: b.minX, y: b.minY, width: b.maxX - b.minX, height: b.maxY - b.minY } : undefined;
}

function overlap(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.width, b.x + b.width) - x;
  const h = Math.min(a.y + a.height, b.y + b.height) - y;
  return w > MIN_OVERLAP_MM && h > MIN_OVERLAP_MM ? { x, y, width: w, height: h } : undefined;
}

export function textOverlapRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const visible = ctx.design.elements.filter((e) => !e.hidden && ARTWORK_KINDS.has(e.kind) && !(e.kind === 'text' && e.text.trim() === ''));
  const painted = new Map<string, Rect | undefined>();
  const boundsOf = (e: Element) => {
    if (!painted.has(e.id)) painted.set(e.id, paintedBounds(ctx, e));
    return painted.get(e.id);
  };
  visible.forEach((text, i) => {
    if (text.kind !== 'text') return;
    const box = elementBounds(text.transform);
    visible.forEach((other, j) => {
      if (other === text || other.page !== text.page) return;
      // two texts: reported once, on the one painted later (on top)
      if (other.kind === 'text' && j > i) return;
      const b = boundsOf(other);
      const hit = b && overlap(box, b);
      if (!hit) return;
      const kind = KIND_NAMES[other.kind]!;
      const at = `${Math.round(hit.x)}, ${Math.round(hit.y)} mm`;
      out.push(finding('warning', 'text.overlaps-artwork', ctx.whereOf(text.id),
        { zh: `文字“${text.name}”压在${kind.zh}“${other.name}”上（重叠约 ${hit.width.toFixed(1)}×${hit.height.toFixed(1)} 毫米，位置 ${at}），印出来两者会叠在一起。`,
          en: `Text "${text.name}" runs over the ${kind.en} "${other.name}" (about ${hit.width.toFixed(1)} × ${hit.height.toFixed(1)} mm at ${at}); they would print on top of each other.` },
        { zh: `请把文字拖到空白处，或把文字框缩小、把${kind.zh}移开一点。`, en: `Drag the text into free space, or make its box smaller, or move the ${kind.en} aside.` }));
    });
  });
  return out;
}
