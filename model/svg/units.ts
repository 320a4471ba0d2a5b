/**
 * Lengths and viewBox handling. In SVG the user unit of an outermost <svg> without a
 * viewBox is the CSS pixel (96 per inch), so absolute units convert through px.
 */

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const PX_PER: Record<string, number> = {
  '': 1,
  px: 1,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6,
  pt: 96 / 72,
  pc: 16,
  // font-relative units have no font here: use the CSS default of 16px (ex is about half)
  em: 16,
  ex: 8,
};

const LENGTH = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(px|in|cm|mm|q|pt|pc|em|ex|%)?\s*$/i;

export interface Length {
  value: number;
  /** lowercase unit, "" for none, "%" for percentages */
  unit: string;
}

export function parseLength(text: string | undefined): Length | null {
  if (text === undefined) return null;
  const m = LENGTH.exec(text);
  if (!m) return null;
  const value = Number(m[1]);
  if (!Number.isFinite(value)) return null;
  return { value, unit: (m[2] ?? '').toLowerCase() };
}

/**
 * A length in user units. Percentages are of `percentOf` (the viewBox width, height, or
 * its normalised diagonal, depending on the attribute); null when unparseable.
 */
export function toUserUnits(text: string | undefined, percentOf: number): number | null {
  const len = parseLength(text);
  if (!len) return null;
  if (len.unit === '%') return (len.value / 100) * percentOf;
  return len.value * PX_PER[len.unit];
}

/** Absolute physical size in mm of a width/height attribute, or null (none, %, unitless=px). */
export function toMillimetres(text: string | undefined): number | null {
  const len = parseLength(text);
  if (!len || len.unit === '%' || len.unit === 'em' || len.unit === 'ex') return null;
  return (len.value * PX_PER[len.unit] * 25.4) / 96;
}

export function parseNumberList(text: string): number[] | null {
  const parts = text.trim().split(/\s*,\s*|\s+/).filter((p) => p !== '');
  const nums = parts.map(Number);
  return nums.every((n) => Number.isFinite(n)) && parts.every((p) => /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(p)) ? nums : null;
}

/** A viewBox with positive width and height, or null. */
export function parseViewBox(text: string | undefined): ViewBox | null {
  if (text === undefined) return null;
  const n = parseNumberList(text);
  if (!n || n.length !== 4 || !(n[2] > 0) || !(n[3] > 0)) return null;
  return { x: n[0], y: n[1], width: n[2], height: n[3] };
}

/** Normalised diagonal used for percentage lengths that are neither horizontal nor vertical. */
export function diagonal(vb: ViewBox): number {
  return Math.sqrt((vb.width * vb.width + vb.height * vb.height) / 2);
}
