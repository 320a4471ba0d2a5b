/**
 * Presentation properties of an SVG element, with inheritance as SVG defines it: fill,
 * stroke and their details inherit; opacity, display and clip-path do not. Style attribute
 * declarations win over presentation attributes.
 */
import { parseCssColor, rgbToHex } from '../color';
import { PRESENTATION, parseStyle } from './allowlist';
import { toUserUnits } from './units';
import type { XmlElement } from './xml';

/** A resolved flat colour: lowercase "#rrggbb" plus its own alpha. */
export interface Paint {
  hex: string;
  alpha: number;
}

export interface InheritedStyle {
  fill: Paint | null;
  stroke: Paint | null;
  /** user units */
  strokeWidth: number;
  dash: number[] | undefined;
  fillRule: 'nonzero' | 'evenodd';
  fillOpacity: number;
  strokeOpacity: number;
  /** the value currentColor stands for */
  color: Paint;
  visible: boolean;
}

export interface ElementStyle {
  inherited: InheritedStyle;
  opacity: number;
  display: boolean;
  /** id from clip-path="url(#id)" */
  clipId?: string;
}

export const INITIAL_STYLE: InheritedStyle = {
  fill: { hex: '#000000', alpha: 1 },
  stroke: null,
  strokeWidth: 1,
  dash: undefined,
  fillRule: 'nonzero',
  fillOpacity: 1,
  strokeOpacity: 1,
  color: { hex: '#000000', alpha: 1 },
  visible: true,
};

/** Look up gradients (and anything else) by id, for url(#id) paints. */
export type PaintServerLookup = (id: string) => Paint | null | undefined;

/** Declared presentation properties: attributes first, then style="" (later wins). */
export function declaredProperties(el: XmlElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of el.attributes) if (PRESENTATION.has(a.name)) out.set(a.name, a.value.trim());
  const style = el.attributes.find((a) => a.name === 'style');
  if (style) for (const [p, v] of parseStyle(style.value)) if (PRESENTATION.has(p)) out.set(p, v);
  return out;
}

export function colourToPaint(text: string): Paint | null {
  const c = parseCssColor(text);
  return c ? { hex: rgbToHex(c), alpha: c.a } : null;
}

function opacityValue(text: string | undefined, fallback: number): number {
  if (text === undefined || text === 'inherit') return fallback;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(%?)$/.exec(text);
  if (!m) return fallback;
  const v = Number(m[1]) / (m[2] ? 100 : 1);
  return Math.max(0, Math.min(1, v));
}

/**
 * Resolve a fill/stroke value. undefined means "as if not specified" (keep the inherited
 * value), null means no paint.
 */
function resolvePaint(text: string, current: Paint, lookup: PaintServerLookup): Paint | null | undefined {
  if (text === 'inherit') return undefined;
  if (text === 'none') return null;
  if (text.toLowerCase() === 'currentcolor') return current;
  const url = /^url\(\s*(['"]?)#([^'")\s]+)\1\s*\)\s*(.*)$/.exec(text);
  if (url) {
    const server = lookup(url[2]);
    if (server !== undefined) return server;
    // missing or unusable paint server: the fallback after url() if any, else nothing
    const fallback = url[3].trim();
    return fallback === '' ? null : resolvePaint(fallback, current, lookup) ?? null;
  }
  return colourToPaint(text) ?? undefined;
}

function dashValue(text: string, diag: number): number[] | undefined | null {
  if (text === 'none') return undefined;
  const parts = text.split(/\s*,\s*|\s+/).filter((p) => p !== '');
  const values = parts.map((p) => toUserUnits(p, diag));
  if (values.some((v) => v === null || v < 0)) return null; // invalid: keep inherited
  const nums = values as number[];
  if (nums.every((v) => v === 0)) return undefined;
  // an odd list is repeated to make it even, as SVG specifies
  return nums.length % 2 === 1 ? [...nums, ...nums] : nums;
}

/** Compute the element's style from its parent's inherited style. */
export function computeStyle(el: XmlElement, parent: InheritedStyle, diag: number, lookup: PaintServerLookup): ElementStyle {
  const p = declaredProperties(el);
  const s: InheritedStyle = { ...parent };
  const colour = p.get('color');
  if (colour !== undefined && colour !== 'inherit') s.color = colourToPaint(colour) ?? parent.color;
  const fill = p.get('fill');
  if (fill !== undefined) {
    const v = resolvePaint(fill, s.color, lookup);
    if (v !== undefined) s.fill = v;
  }
  const stroke = p.get('stroke');
  if (stroke !== undefined) {
    const v = resolvePaint(stroke, s.color, lookup);
    if (v !== undefined) s.stroke = v;
  }
  const width = p.get('stroke-width');
  if (width !== undefined) {
    const w = toUserUnits(width, diag);
    if (w !== null && w >= 0) s.strokeWidth = w;
  }
  const dash = p.get('stroke-dasharray');
  if (dash !== undefined && dash !== 'inherit') {
    const d = dashValue(dash, diag);
    if (d !== null) s.dash = d;
  }
  const rule = p.get('fill-rule');
  if (rule === 'evenodd' || rule === 'nonzero') s.fillRule = rule;
  s.fillOpacity = opacityValue(p.get('fill-opacity'), parent.fillOpacity);
  s.strokeOpacity = opacityValue(p.get('stroke-opacity'), parent.strokeOpacity);
  const visibility = p.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') s.visible = false;
  else if (visibility === 'visible') s.visible = true;
  const clip = /^url\(\s*(['"]?)#([^'")\s]+)\1\s*\)$/.exec(p.get('clip-path') ?? '');
  return {
    inherited: s,
    opacity: opacityValue(p.get('opacity'), 1),
    display: p.get('display') !== 'none',
    ...(clip ? { clipId: clip[2] } : {}),
  };
}

/** Parse a stop's colour and opacity (stop-color does not inherit; default black). */
export function stopPaint(stop: XmlElement): Paint {
  const p = declaredProperties(stop);
  const base = colourToPaint(p.get('stop-color') ?? 'black') ?? { hex: '#000000', alpha: 1 };
  return { hex: base.hex, alpha: base.alpha * opacityValue(p.get('stop-opacity'), 1) };
}
