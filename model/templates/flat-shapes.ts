/**
 * Single-piece flat shapes shared by labels and stickers: one panel, one closed cut, no folds.
 */
import type { Localized } from '../localized';
import { ellipsePath, rectPath, roundedRectPath } from './geometry';
import { makePanel, makeResult } from './result';
import type { PathCommand } from '../scene';
import type { TemplateResult } from './types';

export type FlatShape = 'rect' | 'rounded' | 'circle';

export const SHAPE_OPTIONS = [
  { value: 'rect', zh: '矩形', en: 'rectangle' },
  { value: 'rounded', zh: '圆角矩形', en: 'rounded rectangle' },
  { value: 'circle', zh: '圆形/椭圆', en: 'circle/ellipse' },
] as const;

export function shapePath(shape: FlatShape, w: number, h: number, r: number): PathCommand[] {
  if (shape === 'circle') return ellipsePath(0, 0, w, h);
  if (shape === 'rounded') return roundedRectPath(0, 0, w, h, r);
  return rectPath(0, 0, w, h);
}

export function flatResult(kind: string, panelId: string, name: Localized, outline: PathCommand[], w: number, h: number): TemplateResult {
  return makeResult(kind, w, h, [makePanel(panelId, name, outline)], { front: { cut: [outline], fold: [] } });
}
