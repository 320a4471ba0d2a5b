/**
 * A (sanitised) SVG as scene nodes in viewBox units. The caller places the motif with a
 * GroupNode whose transform comes from fitMatrix, so the canvas and the PDF both draw the
 * very same paths and print colours.
 *
 * Units: coordinates, stroke widths and dash lengths are in the SVG's user units (the
 * scene's "Mm" field names hold for the page; inside a transformed group every length is in
 * that group's units, and the PDF/canvas scale them with the group's matrix).
 */
import { StudioError } from '../localized';
import { hexToRgb, normalizeHex, rgbToPrintColor } from '../color';
import type { GroupNode, ImageNode, Matrix, PathCommand, PathNode, PrintColor, SceneNode } from '../scene';
import { elementClip } from './clip';
import { type ElementStyle, INITIAL_STYLE, type InheritedStyle, type Paint, computeStyle, stopPaint } from './paint';
import { rootViewBox } from './sanitize';
import { attr, hrefOf, shapeGeometry } from './geometry';
import { IDENTITY, isIdentity, multiply, parseTransform } from './transform';
import { type ViewBox, diagonal, parseViewBox, toUserUnits } from './units';
import { parseAspectRatio, viewBoxTransform } from './viewport';
import { type XmlElement, type XmlLimits, localName, parseXml } from './xml';

export { fitMatrix } from './viewport';

export interface ImageInfo {
  assetId: string;
  pixelWidth: number;
  pixelHeight: number;
}

export interface SvgToSceneOptions {
  /** recolour: "#rrggbb" (any case, or #rgb) found in the SVG -> print colour to use instead */
  colourMap?: Record<string, PrintColor>;
  /** store an embedded PNG/JPEG data: URL and describe it; without it pictures are skipped */
  resolveImage?: (dataUrl: string) => ImageInfo | null;
  /** elements visited, counting every expansion of <use> (guards against reference bombs) */
  maxVisits?: number;
  limits?: Partial<XmlLimits>;
}

export interface SvgScene {
  viewBox: ViewBox;
  nodes: SceneNode[];
  /** distinct "#rrggbb" colours painted, in order of first use: the recolourable parts */
  colours: string[];
  /** things that could not be drawn, for the import report */
  skipped: string[];
}

/** elements plus <use> expansions on one branch; the XML itself is at most 64 deep by default */
const MAX_NESTING = 256;
const NOT_DRAWN = new Set(['defs', 'clipPath', 'symbol', 'linearGradient', 'radialGradient', 'stop', 'title', 'desc']);
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);


class Converter {
  readonly ids = new Map<string, XmlElement>();
  readonly colours = new Set<string>();
  private readonly skippedCounts = new Map<string, number>();
  private readonly colourMap = new Map<string, PrintColor>();
  private visits = 0;

  constructor(
    root: XmlElement,
    private readonly options: SvgToSceneOptions,
  ) {
    for (const [hex, colour] of Object.entries(options.colourMap ?? {})) this.colourMap.set(normalizeHex(hex), colour);
    const stack = [root];
    while (stack.length > 0) {
      const el = stack.pop() as XmlElement;
      const id = attr(el, 'id');
      if (id !== undefined && !this.ids.has(id)) this.ids.set(id, el);
      for (let i = el.children.length - 1; i >= 0; i--) {
        const c = el.children[i];
        if (c.type === 'element') stack.push(c);
      }
    }
  }

  skip(what: string): void {
    this.skippedCounts.set(what, (this.skippedCounts.get(what) ?? 0) + 1);
  }

  skipped(): string[] {
    return [...this.skippedCounts].map(([w, n]) => (n > 1 ? `${w} ×${n}` : w));
  }

  /** url(#id) paint servers: gradients are approximated by their first stop. */
  readonly lookup = (id: string): Paint | null | undefined => {
    const isGradient = (e: XmlElement | undefined): e is XmlElement =>
      e !== undefined && (localName(e.name) === 'linearGradient' || localName(e.name) === 'radialGradient');
    let el = this.ids.get(id);
    if (!isGradient(el)) return undefined; // not a paint server we know: use the fallback
    // stops may be inherited from the gradient this one references (bounded against loops)
    for (let hops = 0; isGradient(el) && hops < 16; hops++) {
      const stop = el.children.find((c): c is XmlElement => c.type === 'element' && localName(c.name) === 'stop');
      if (stop) return stopPaint(stop);
      const href = hrefOf(el);
      el = href?.startsWith('#') ? this.ids.get(href.slice(1)) : undefined;
    }
    return null; // a gradient without stops paints nothing
  };

  printColour(paint: Paint): PrintColor {
    this.colours.add(paint.hex);
    return this.colourMap.get(paint.hex) ?? rgbToPrintColor(hexToRgb(paint.hex));
  }

  style(el: XmlElement, parent: InheritedStyle, viewport: ViewBox): ElementStyle {
    return computeStyle(el, parent, diagonal(viewport), this.lookup);
  }

  render(el: XmlElement, parent: InheritedStyle, viewport: ViewBox, active: Set<XmlElement>): SceneNode[] {
    const max = this.options.maxVisits ?? 200_000;
    if (++this.visits > max) {
      throw new StudioError('svg.too-complex', {
        zh: `SVG 图形太复杂（展开引用 <use> 后超过 ${max} 个元素）。请在绘图软件里把重复的符号展开或简化后重新导出。`,
        en: `The SVG is too complex (more than ${max} elements once <use> references are expanded). Expand or simplify repeated symbols in your drawing program and export again.`,
      });
    }
    if (active.size > MAX_NESTING) {
      // a long chain of <use> references nests deeper than any file can: stop before the stack does
      throw new StudioError('svg.too-complex', {
        zh: `SVG 的引用 <use> 层层嵌套太深（超过 ${MAX_NESTING} 层）。请在绘图软件里把引用的符号展开后重新导出。`,
        en: `The SVG nests <use> references too deeply (more than ${MAX_NESTING} levels). Expand the referenced symbols in your drawing program and export again.`,
      });
    }
    const name = localName(el.name);
    if (NOT_DRAWN.has(name)) return [];
    const style = this.style(el, parent, viewport);
    if (!style.display) return [];
    const transform = parseTransform(attr(el, 'transform') ?? '');
    const inner = new Set(active).add(el);
    let nodes: SceneNode[];
    let extra: Matrix = IDENTITY;
    if (name === 'g' || name === 'svg') {
      let childViewport = viewport;
      if (name === 'svg') {
        const box = this.viewportRect(el, viewport);
        const vb = parseViewBox(attr(el, 'viewBox'));
        extra = vb ? viewBoxTransform(vb, box, parseAspectRatio(attr(el, 'preserveAspectRatio'))) : [1, 0, 0, 1, box.x, box.y];
        childViewport = vb ?? { x: 0, y: 0, width: box.width, height: box.height };
      }
      nodes = this.children(el, style.inherited, childViewport, inner);
    } else if (name === 'use') {
      nodes = this.use(el, style.inherited, viewport, inner);
      const x = toUserUnits(attr(el, 'x'), viewport.width) ?? 0;
      const y = toUserUnits(attr(el, 'y'), viewport.height) ?? 0;
      extra = [1, 0, 0, 1, x, y];
    } else if (SHAPES.has(name)) {
      nodes = this.paintShape(shapeGeometry(el, viewport), style.inherited, name !== 'line');
    } else if (name === 'image') {
      nodes = this.image(el, viewport);
    } else {
      this.skip(`element <${el.name}>`);
      return [];
    }
    return this.wrap(nodes, multiply(transform, extra), style, viewport, inner);
  }

  private children(el: XmlElement, style: InheritedStyle, viewport: ViewBox, active: Set<XmlElement>): SceneNode[] {
    const out: SceneNode[] = [];
    for (const c of el.children) if (c.type === 'element') out.push(...this.render(c, style, viewport, active));
    return out;
  }

  private viewportRect(el: XmlElement, viewport: ViewBox): ViewBox {
    return {
      x: toUserUnits(attr(el, 'x'), viewport.width) ?? 0,
      y: toUserUnits(attr(el, 'y'), viewport.height) ?? 0,
      width: toUserUnits(attr(el, 'width') ?? '100%', viewport.width) ?? viewport.width,
      height: toUserUnits(attr(el, 'height') ?? '100%', viewport.height) ?? viewport.height,
    };
  }

  private use(el: XmlElement, style: InheritedStyle, viewport: ViewBox, active: Set<XmlElement>): SceneNode[] {
    const href = hrefOf(el) ?? '';
    const target = href.startsWith('#') ? this.ids.get(href.slice(1)) : undefined;
    if (!target) {
      this.skip(`<use> pointing to a missing element "${href.slice(0, 40)}"`);
      return [];
    }
    if (active.has(target)) {
      this.skip(`<use> that refers back to itself "${href.slice(0, 40)}"`);
      return [];
    }
    if (localName(target.name) !== 'symbol') return this.render(target, style, viewport, active);
    // a symbol draws its children inside the use's width/height, through its own viewBox
    const symStyle = this.style(target, style, viewport);
    if (!symStyle.display) return [];
    const inner = new Set(active).add(target);
    const vb = parseViewBox(attr(target, 'viewBox'));
    const box = { ...this.viewportRect(el, viewport), x: 0, y: 0 };
    const nodes = this.children(target, symStyle.inherited, vb ?? viewport, inner);
    const m = vb ? viewBoxTransform(vb, box, parseAspectRatio(attr(target, 'preserveAspectRatio'))) : IDENTITY;
    return isIdentity(m) ? nodes : [{ type: 'group', transform: m, children: nodes }];
  }

  /** Fill and stroke of one shape; split in two nodes when their opacities differ. */
  private paintShape(d: PathCommand[], s: InheritedStyle, fillable: boolean): SceneNode[] {
    if (!s.visible || d.length === 0) return [];
    const fillAlpha = fillable && s.fill ? s.fill.alpha * s.fillOpacity : 0;
    const strokeAlpha = s.stroke && s.strokeWidth > 0 ? s.stroke.alpha * s.strokeOpacity : 0;
    const fill = fillAlpha > 0 && s.fill ? { fill: this.printColour(s.fill), fillRule: s.fillRule } : null;
    const stroke =
      strokeAlpha > 0 && s.stroke
        ? { stroke: { color: this.printColour(s.stroke), widthMm: s.strokeWidth, ...(s.dash ? { dashMm: s.dash } : {}) } }
        : null;
    const node = (parts: object, alpha: number): PathNode => ({ type: 'path', d, ...parts, ...(alpha < 1 ? { opacity: alpha } : {}) });
    if (fill && stroke && fillAlpha === strokeAlpha) return [node({ ...fill, ...stroke }, fillAlpha)];
    const out: PathNode[] = [];
    if (fill) out.push(node(fill, fillAlpha));
    if (stroke) out.push(node(stroke, strokeAlpha));
    return out;
  }

  private image(el: XmlElement, viewport: ViewBox): SceneNode[] {
    const box = this.viewportRect(el, viewport);
    if (!(box.width > 0 && box.height > 0)) return [];
    const info = this.options.resolveImage?.(hrefOf(el) ?? '') ?? null;
    if (!info) {
      this.skip('embedded picture');
      return [];
    }
    const par = parseAspectRatio(attr(el, 'preserveAspectRatio'));
    const px: ViewBox = { x: 0, y: 0, width: info.pixelWidth, height: info.pixelHeight };
    const [sx, , , sy, tx, ty] = viewBoxTransform(px, box, par);
    const base: ImageNode = { type: 'image', assetId: info.assetId, x: tx, y: ty, width: info.pixelWidth * sx, height: info.pixelHeight * sy, pixelWidth: info.pixelWidth, pixelHeight: info.pixelHeight };
    if (!par.slice) return [base];
    // slice overflows the box: show only the part of the picture inside it
    return [{ ...base, ...box, crop: { left: (box.x - tx) / sx, top: (box.y - ty) / sy, width: box.width / sx, height: box.height / sy } }];
  }

  /** Apply an element's transform, opacity and clip to the nodes it produced. */
  private wrap(nodes: SceneNode[], m: Matrix, style: ElementStyle, viewport: ViewBox, active: Set<XmlElement>): SceneNode[] {
    if (nodes.length === 0) return nodes;
    let clip: PathCommand[] | undefined;
    if (style.clipId !== undefined) {
      const clipEl = this.ids.get(style.clipId);
      if (clipEl && localName(clipEl.name) === 'clipPath' && !active.has(clipEl)) {
        clip = elementClip(clipEl, nodes, viewport, (id) => this.ids.get(id));
        if (clip.length === 0) return []; // an empty clip shows nothing
      }
    }
    const opacity = style.opacity;
    if (!clip && isIdentity(m)) {
      if (opacity >= 1) return nodes;
      if (nodes.length === 1 && nodes[0].type === 'path') return [{ ...nodes[0], opacity: (nodes[0].opacity ?? 1) * opacity }];
    }
    const group: GroupNode = { type: 'group', children: nodes };
    if (!isIdentity(m)) group.transform = m;
    if (clip) group.clip = clip;
    if (opacity < 1) group.opacity = opacity;
    return [group];
  }
}

/**
 * Convert SVG text (ideally the output of sanitizeSvg) into scene nodes in viewBox units.
 * Throws StudioError only (parse errors, svg.no-size, svg.bad-path, svg.bad-transform,
 * svg.too-complex, color.bad-hex for a bad colourMap key).
 */
export function svgToScene(svgText: string, options: SvgToSceneOptions = {}): SvgScene {
  const root = parseXml(svgText, options.limits);
  const { viewBox } = rootViewBox(root);
  const conv = new Converter(root, options);
  const rootStyle = conv.style(root, INITIAL_STYLE, viewBox);
  let nodes: SceneNode[] = [];
  if (rootStyle.display) {
    for (const c of root.children) if (c.type === 'element') nodes.push(...conv.render(c, rootStyle.inherited, viewBox, new Set([root])));
    if (rootStyle.opacity < 1 && nodes.length > 0) nodes = [{ type: 'group', opacity: rootStyle.opacity, children: nodes }];
  }
  assertFinite(nodes);
  return { viewBox, nodes, colours: [...conv.colours], skipped: conv.skipped() };
}

/** Huge but finite numbers can overflow once transforms multiply them; refuse, never pass NaN on. */
/** Whether every number anywhere in v is finite (numbers in arrays, the bulk of a display list, checked in place). */
function allFinite(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'object' || v === null) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'number' ? !Number.isFinite(x) : !allFinite(x)) return false;
    }
    return true;
  }
  for (const key in v) if (!allFinite((v as Record<string, unknown>)[key])) return false;
  return true;
}

function assertFinite(nodes: SceneNode[]): void {
  if (!allFinite(nodes)) {
    throw new StudioError('svg.out-of-range', {
      zh: 'SVG 里的坐标或缩放数值太大，超出了可以计算的范围。请在绘图软件里检查图形尺寸（是否有极大的缩放或坐标）后重新导出。',
      en: 'The SVG uses coordinates or scale factors too large to compute with. Check the artwork size in your drawing program (look for huge scaling or coordinates) and export again.',
    });
  }
}
