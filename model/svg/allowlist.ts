/**
 * What an imported SVG may contain. An allow-list, not a block-list: anything not named here
 * is dropped, so a new browser feature (a new animation element, a new way to load a URL)
 * cannot slip through. Only static vector art survives: shapes, groups, clips, gradients,
 * internal references, and embedded PNG/JPEG pictures.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Elements kept as they are (children are checked one by one). */
export const KEPT_ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'rect',
  'line',
  'polyline',
  'polygon',
  'defs',
  'clipPath',
  'use',
  'symbol',
  'title',
  'desc',
  'linearGradient',
  'radialGradient',
  'stop',
  'image',
]);

/**
 * Harmless containers whose own meaning we cannot keep but whose drawing we must not lose:
 * a link <a> (its href is the danger, the shapes inside are art) and <switch> (Illustrator
 * wraps the art in one). They become plain groups.
 */
export const UNWRAPPED_ELEMENTS = new Set(['a', 'switch']);

/** Elements whose text content is kept. */
export const TEXT_ELEMENTS = new Set(['title', 'desc']);

/** Presentation properties: allowed as attributes and inside style="". */
export const PRESENTATION = new Set([
  'fill',
  'fill-rule',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'opacity',
  'clip-rule',
  'clip-path',
  'stop-color',
  'stop-opacity',
  'color',
  'display',
  'visibility',
]);

/** Other attributes allowed (geometry, structure). href is handled separately. */
export const OTHER_ATTRIBUTES = new Set([
  'id',
  'class',
  'version',
  'viewBox',
  'preserveAspectRatio',
  'transform',
  'x',
  'y',
  'width',
  'height',
  'rx',
  'ry',
  'cx',
  'cy',
  'r',
  'fx',
  'fy',
  'fr',
  'x1',
  'y1',
  'x2',
  'y2',
  'points',
  'd',
  'offset',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'clipPathUnits',
]);

/** Ids must be usable inside url(#id) and href="#id". */
export const ID_PATTERN = /^[A-Za-z0-9_\-.:\u00C0-\uFFFF]+$/;

/** "#id" pointing inside this same file, or null. */
export function internalFragment(href: string): string | null {
  const m = /^\s*#([^\s]+)\s*$/.exec(href);
  return m && ID_PATTERN.test(m[1]) ? m[1] : null;
}

/** data: URL of an embedded PNG or JPEG with base64 payload, or null. */
export function rasterDataUrl(href: string): string | null {
  const compact = href.replace(/\s+/g, '');
  const m = /^data:image\/(png|jpeg|jpg);base64,([A-Za-z0-9+/]+={0,2})$/i.exec(compact);
  return m ? `data:image/${m[1].toLowerCase() === 'png' ? 'png' : 'jpeg'};base64,${m[2]}` : null;
}

const URL_REF = /url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/;

/**
 * Check a presentation value. Returns the value to keep (trimmed), or null to drop it.
 * url() is allowed only as an internal url(#id) in paints and clip-path; characters that
 * could end the attribute or smuggle CSS (braces, backslashes, comments, @-rules) are refused.
 */
export function cleanPresentationValue(property: string, raw: string): string | null {
  const value = raw.trim();
  if (value === '' || value.length > 500) return null;
  if (/[<>{}\\;@"]|\/\*|expression\s*\(/i.test(value)) return null;
  const lowered = value.toLowerCase();
  if (lowered.includes('url(')) {
    if (property !== 'fill' && property !== 'stroke' && property !== 'clip-path') return null;
    const m = URL_REF.exec(value);
    if (!m || m.index !== 0 || !ID_PATTERN.test(m[2])) return null;
    // only one url(), and it must be the internal one at the start (a fallback colour may follow)
    if (lowered.indexOf('url(', 1) >= 0) return null;
  }
  return value;
}

/** Parse a style attribute into [property, value] pairs (later duplicates win). */
export function parseStyle(style: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':');
    if (i < 0) continue;
    const prop = decl.slice(0, i).trim().toLowerCase();
    const value = decl.slice(i + 1).trim().replace(/\s*!important$/i, '');
    if (prop && value) out.push([prop, value]);
  }
  return out;
}
