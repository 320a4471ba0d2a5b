/**
 * SVG intake: parse strictly, keep only static vector art, and serialise a clean SVG that the
 * rest of the studio (thumbnails, canvas, PDF via svgToScene) can trust.
 *
 * The output is rebuilt from scratch (never the input text with bits cut out), with plain
 * element names in the SVG namespace, so prefix tricks and odd spellings cannot survive.
 */
import { StudioError } from '../localized';
import {
  KEPT_ELEMENTS,
  ID_PATTERN,
  OTHER_ATTRIBUTES,
  PRESENTATION,
  SVG_NS,
  TEXT_ELEMENTS,
  UNWRAPPED_ELEMENTS,
  XLINK_NS,
  XML_NS,
  cleanPresentationValue,
  internalFragment,
  parseStyle,
  rasterDataUrl,
} from './allowlist';
import { type ClassRule, declarationsForClasses, parseClassRules } from './css-classes';
import { parsePathData } from './path-data';
import { parseTransform } from './transform';
import { type ViewBox, parseViewBox, toMillimetres, toUserUnits } from './units';
import { type XmlElement, type XmlLimits, localName, parseXml, prefixOf } from './xml';

export interface SanitizeResult {
  /** clean SVG text */
  svg: string;
  /** what was dropped, deduplicated, for the import report, e.g. "element <script>" */
  removed: string[];
  viewBox: ViewBox;
  /** physical size when the root gives width and height in absolute units */
  sizeMm?: { width: number; height: number };
}

type Scope = Record<string, string | undefined>;

class Removals {
  private counts = new Map<string, number>();
  add(what: string): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }
  list(): string[] {
    return [...this.counts].map(([what, n]) => (n > 1 ? `${what} ×${n}` : what));
  }
}

function preview(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

function escapeAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeText(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function childScope(el: XmlElement, parent: Scope): Scope {
  let scope = parent;
  for (const a of el.attributes) {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
      if (scope === parent) scope = { ...parent };
      scope[a.name === 'xmlns' ? '' : a.name.slice(6)] = a.value;
    }
  }
  return scope;
}

/** Lenient about files with no xmlns at all (hand-written), strict about foreign namespaces. */
function isSvgElement(el: XmlElement, scope: Scope): boolean {
  const prefix = prefixOf(el.name);
  const uri = scope[prefix];
  return uri === SVG_NS || (prefix === '' && (uri === undefined || uri === ''));
}

class Sanitizer {
  readonly removed = new Removals();

  constructor(private readonly classRules: ClassRule[]) {}

  element(el: XmlElement, scope: Scope): string | null {
    const local = localName(el.name);
    if (!isSvgElement(el, scope) || !(KEPT_ELEMENTS.has(local) || UNWRAPPED_ELEMENTS.has(local))) {
      this.removed.add(`element <${el.name}>`);
      return null;
    }
    const name = UNWRAPPED_ELEMENTS.has(local) ? 'g' : local;
    const attrs: Array<[string, string]> = [];
    const style: Array<[string, string]> = [];
    let href: string | undefined;
    let classAttr: string | undefined;
    let inlineStyle: string | undefined;

    for (const a of el.attributes) {
      const prefix = prefixOf(a.name);
      const attrLocal = localName(a.name);
      if (a.name === 'xmlns' || prefix === 'xmlns') continue;
      if (prefix !== '') {
        const uri = prefix === 'xml' ? XML_NS : scope[prefix];
        if (uri === XLINK_NS && attrLocal === 'href') href = a.value;
        else if (uri !== XML_NS) this.removed.add(`attribute ${a.name}`);
        continue;
      }
      if (a.name === 'href') href = a.value;
      else if (/^on/i.test(a.name)) this.removed.add(`event handler ${a.name}`);
      else if (a.name === 'style') inlineStyle = a.value;
      else if (PRESENTATION.has(a.name)) {
        const v = cleanPresentationValue(a.name, a.value);
        if (v === null) this.removed.add(`attribute ${a.name}="${preview(a.value)}"`);
        else attrs.push([a.name, v]);
      } else if (a.name === 'transform' || a.name === 'gradientTransform') {
        if (this.validTransform(a.value)) attrs.push([a.name, a.value.trim()]);
        else this.removed.add(`invalid ${a.name}="${preview(a.value)}"`);
      } else if (a.name === 'id') {
        if (ID_PATTERN.test(a.value)) attrs.push(['id', a.value]);
        else this.removed.add(`id "${preview(a.value)}"`);
      } else if (a.name === 'd') {
        parsePathData(a.value); // refuses the whole file with svg.bad-path, never half a motif
        attrs.push(['d', a.value]);
      } else if (OTHER_ATTRIBUTES.has(a.name)) {
        if (a.name === 'class') classAttr = a.value;
        attrs.push([a.name, a.value]);
      } else this.removed.add(`attribute ${a.name}`);
    }

    // class rules first, inline style after: later declarations win when read back
    for (const [prop, value] of [...declarationsForClasses(this.classRules, classAttr), ...parseStyle(inlineStyle ?? '')]) {
      if (!PRESENTATION.has(prop)) {
        this.removed.add(`style property ${prop}`);
        continue;
      }
      const v = cleanPresentationValue(prop, value);
      if (v === null) this.removed.add(`style ${prop}: ${preview(value)}`);
      else style.push([prop, v]);
    }
    if (style.length > 0) attrs.push(['style', style.map(([p, v]) => `${p}:${v}`).join(';')]);

    if (!this.placeHref(local, name, href, attrs)) return null;

    let inner = '';
    if (TEXT_ELEMENTS.has(local)) {
      inner = escapeText(el.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
    } else {
      for (const child of el.children) {
        if (child.type !== 'element') continue;
        const out = this.element(child, childScope(child, scope));
        if (out !== null) inner += out;
      }
    }
    const attrText = attrs.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('');
    return inner === '' ? `<${name}${attrText}/>` : `<${name}${attrText}>${inner}</${name}>`;
  }

  /** Decide what an href may be on this element; false drops the whole element. */
  private placeHref(local: string, name: string, href: string | undefined, attrs: Array<[string, string]>): boolean {
    if (local === 'use') {
      const frag = href === undefined ? null : internalFragment(href);
      if (frag === null) {
        this.removed.add(href === undefined ? 'element <use> without a reference' : `element <use> linking outside the file "${preview(href)}"`);
        return false;
      }
      attrs.push(['xlink:href', `#${frag}`]);
      return true;
    }
    if (local === 'image') {
      const data = href === undefined ? null : rasterDataUrl(href);
      if (data === null) {
        this.removed.add(href === undefined ? 'element <image> without a picture' : `element <image> with a link that is not an embedded PNG/JPEG "${preview(href)}"`);
        return false;
      }
      attrs.push(['xlink:href', data]);
      return true;
    }
    if (href === undefined) return true;
    const frag = internalFragment(href);
    if ((name === 'linearGradient' || name === 'radialGradient') && frag !== null) {
      attrs.push(['xlink:href', `#${frag}`]);
    } else {
      this.removed.add(`link on <${local}> "${preview(href)}"`);
    }
    return true;
  }

  private validTransform(text: string): boolean {
    try {
      parseTransform(text);
      return true;
    } catch (e) {
      if (e instanceof StudioError) return false;
      throw e;
    }
  }
}

/** Text of every <style> element in the SVG namespace (for the class rules). */
function collectStyleText(el: XmlElement, scope: Scope, out: string[]): void {
  for (const child of el.children) {
    if (child.type !== 'element') continue;
    const s = childScope(child, scope);
    if (localName(child.name) === 'style' && isSvgElement(child, s)) {
      out.push(child.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
    } else collectStyleText(child, s, out);
  }
}

export function rootViewBox(root: XmlElement): { viewBox: ViewBox; sizeMm?: { width: number; height: number } } {
  const attr = (n: string) => root.attributes.find((a) => a.name === n)?.value;
  const width = attr('width');
  const height = attr('height');
  const wMm = toMillimetres(width);
  const hMm = toMillimetres(height);
  const sizeMm = wMm !== null && hMm !== null && wMm > 0 && hMm > 0 ? { width: wMm, height: hMm } : undefined;
  const fromAttr = parseViewBox(attr('viewBox'));
  if (fromAttr) return { viewBox: fromAttr, sizeMm };
  // without a viewBox the user unit is the CSS px, so width/height in px give the box
  const isPercent = (t: string | undefined) => t !== undefined && t.trim().endsWith('%');
  const w = isPercent(width) ? null : toUserUnits(width, 0);
  const h = isPercent(height) ? null : toUserUnits(height, 0);
  if (w !== null && h !== null && w > 0 && h > 0) return { viewBox: { x: 0, y: 0, width: w, height: h }, sizeMm };
  throw new StudioError('svg.no-size', {
    zh: 'SVG 没有可用的尺寸：根元素 <svg> 既没有有效的 viewBox（例如 viewBox="0 0 100 100"），也没有宽高（例如 width="100mm" height="100mm"）。请在绘图软件里设置画板大小后重新导出。',
    en: 'The SVG has no usable size: the root <svg> has neither a valid viewBox (for example viewBox="0 0 100 100") nor a width and height (for example width="100mm" height="100mm"). Set the artboard size in your drawing program and export again.',
  });
}

/**
 * Parse and clean an SVG for import. Throws StudioError (svg.malformed, svg.doctype,
 * svg.processing-instruction, svg.too-large, svg.too-deep, svg.too-many-elements,
 * svg.too-many-attributes, svg.not-svg, svg.no-size, svg.bad-path) and nothing else.
 */
export function sanitizeSvg(text: string, limits?: Partial<XmlLimits>): SanitizeResult {
  const root = parseXml(text, limits);
  const scope = childScope(root, { xml: XML_NS });
  if (localName(root.name) !== 'svg' || !isSvgElement(root, scope)) {
    throw new StudioError('svg.not-svg', {
      zh: `这个文件不是 SVG 图形（根元素是 <${root.name.slice(0, 40)}>，应当是 <svg>）。请选择从绘图软件导出的 .svg 文件。`,
      en: `This file is not an SVG drawing (its root element is <${root.name.slice(0, 40)}>, not <svg>). Choose an .svg file exported from a drawing program.`,
    });
  }
  const { viewBox, sizeMm } = rootViewBox(root);
  const css: string[] = [];
  collectStyleText(root, scope, css);
  const sanitizer = new Sanitizer(parseClassRules(css.join('\n')));
  const body = sanitizer.element(root, scope) as string; // the root is always kept
  const vbText = `${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`;
  // rebuild the root tag: namespaces first, and a viewBox even when it was derived
  const open = body.match(/^<svg([^>]*?)(\/?)>/) as RegExpMatchArray;
  let rootAttrs = open[1].replace(/ viewBox="[^"]*"/, '');
  rootAttrs = ` xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" viewBox="${vbText}"${rootAttrs}`;
  const svg = `<svg${rootAttrs}${open[2]}>${body.slice(open[0].length)}`;
  return { svg, removed: sanitizer.removed.list(), viewBox, ...(sizeMm ? { sizeMm } : {}) };
}
