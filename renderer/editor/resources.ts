/**
 * Everything the scene builder needs besides the document, fetched once per design from
 * the main side and cached: the template's die line, the brand kit's colours, the motifs'
 * records and artwork (recoloured through motifArtScene, as the exporter does), font metrics and font files, and
 * photo previews. `ensure(doc)` loads what a document newly needs; `options()` hands the
 * scene builder its inputs.
 */
import type { StudioApi } from '../../model/api';
import { ProductFileSchema, type ProductFile } from '../../model/product/schema';
import type { BrandKit } from '../../model/brand/schema';
import { productSceneOptions, type MotifArt, type BuildSceneOptions } from '../../model/design/scene-builder';
import { resolveColour } from '../../model/design/scene/colour';
import { DEFAULT_FONT_ID, type Design, type Element } from '../../model/design/schema';
import type { MotifRecord } from '../../model/motif/schema';
import type { PrintColor } from '../../model/scene';
import { motifArtScene } from '../../model/preflight/silver-ink';
import { svgToScene } from '../../model/svg/to-scene';
import { generateTemplate } from '../../model/templates';
import type { TemplateResult } from '../../model/templates/types';
import { PT_TO_MM, VERTICAL_FORMS } from '../../model/text';
import { FontMetricsCache, textsByFont } from './font-metrics';

export interface MotifEntry {
  record: MotifRecord;
  svg?: string;
  /** the artwork's own colours ("#rrggbb"), the parts a user can recolour */
  colours: string[];
  aspect: number;
}

export function brandColoursOf(kit: BrandKit | undefined): Record<string, PrintColor> {
  const out: Record<string, PrintColor> = {};
  for (const c of kit?.palette ?? []) {
    out[c.name] = c.spot ? { kind: 'spot', name: c.spot, tint: 1, alternate: c.cmyk } : { kind: 'cmyk', ...c.cmyk };
  }
  return out;
}

const VERTICAL_EXTRA = Object.values(VERTICAL_FORMS).join('');

export class DesignResources {
  readonly metrics = new FontMetricsCache();
  private readonly motifs = new Map<string, MotifEntry>();
  private readonly art = new Map<string, MotifArt | undefined>();
  private readonly families = new Map<string, string>();
  private readonly images = new Map<string, HTMLImageElement | 'loading' | 'failed'>();
  private templateKey = '';
  private templateValue: TemplateResult | undefined;
  /** the linked product's facts, which fill {{placeholders}} exactly as the PDF export does */
  private facts: { productId: string; file?: ProductFile } | null = null;
  kits: BrandKit[] = [];
  brandColours: Record<string, PrintColor> = {};
  /** bumps whenever something arrives, so views know to repaint */
  version = 0;
  /** elements whose motifs, images and glyphs `ensure` has loaded, for the facts in `ensuredFor` */
  private ensured = new WeakSet<object>();
  private ensuredFor: { productId: string; file?: ProductFile } | null | undefined;

  constructor(
    private readonly api: StudioApi,
    private readonly onArrive: () => void = () => {},
  ) {}

  template(doc: Design): TemplateResult {
    const key = JSON.stringify(doc.template);
    if (key !== this.templateKey || !this.templateValue) {
      this.templateValue = generateTemplate(doc.template.kind, doc.template.params);
      this.templateKey = key;
    }
    return this.templateValue;
  }

  motif(id: string): MotifEntry | undefined {
    return this.motifs.get(id);
  }

  /** the CSS font family the canvas draws a font with, once its file is loaded */
  family(fontId: string): string | undefined {
    return this.families.get(fontId);
  }

  /** the linked product's facts (undefined: none linked, or still loading, or not valid yet) */
  product(): ProductFile | undefined {
    return this.facts?.file;
  }

  /** one character's advance from the same metrics the layout used, mm */
  advanceMm(fontId: string, ch: string, sizePt: number): number | undefined {
    const m = this.metrics.metrics(fontId);
    if (!m) return undefined;
    return (m.advance(ch.codePointAt(0) as number) / m.unitsPerEm) * sizePt * PT_TO_MM;
  }

  image(assetId: string): HTMLImageElement | undefined {
    const img = this.images.get(assetId);
    return typeof img === 'object' ? img : undefined;
  }

  options(doc: Design): BuildSceneOptions {
    return {
      template: this.template(doc),
      brandColours: this.brandColours,
      motifArt: (motifId, colours) => this.motifArt(motifId, colours),
      fontMetrics: (fontId) => this.metrics.metrics(fontId),
      metricsReady: (fontId, text) => this.metrics.needed(fontId, text) === '',
      barcodeFontId: DEFAULT_FONT_ID,
      // placeholders, the product's GTIN and nutrition facts, exactly as the exporter passes them
      ...productSceneOptions(this.facts?.file),
    };
  }

  motifArt(motifId: string, colours: Record<string, PrintColor>): MotifArt | undefined {
    const entry = this.motifs.get(motifId);
    if (!entry?.svg) return undefined;
    const key = motifId + JSON.stringify(colours);
    if (!this.art.has(key)) {
      try {
        const s = motifArtScene(entry.record.craft, entry.svg, colours);
        this.art.set(key, { viewBox: s.viewBox, nodes: s.nodes });
      } catch {
        this.art.set(key, undefined);
      }
      // recolouring makes new keys; keep the cache from growing without end
      if (this.art.size > 400) this.art.delete(this.art.keys().next().value as string);
    }
    return this.art.get(key);
  }

  async loadBrand(): Promise<void> {
    this.kits = await this.api.call('brand.list', {});
  }

  useKit(kitId: string | undefined): void {
    const kit = this.kits.find((k) => k.id === kitId) ?? this.kits[0];
    this.brandColours = brandColoursOf(kit);
  }

  /**
   * Loads what `doc` needs and is not cached yet; resolves true when anything arrived.
   * Runs after every edit, so it looks only at elements it has not seen complete before
   * (elements are shared between document versions: a nudge brings one new element, not 300).
   */
  async ensure(doc: Design): Promise<boolean> {
    let fresh = doc.elements.filter((e) => !this.ensured.has(e));
    const jobs: Promise<boolean>[] = [];
    if (fresh.length > 0) {
      const withArt = fresh.filter((e) => e.kind === 'motif' || e.kind === 'pattern');
      // the artwork arrives before the fonts: recolour it while the glyphs are still on their way,
      // so the first paint finds it ready (a large design's motifs take ~0.1 s to read)
      jobs.push(this.ensureMotifs(withArt.map((e) => e.motifId)).then((arrived) => (this.prepareArt(withArt), arrived)));
      for (const el of fresh) if (el.kind === 'image') jobs.push(this.ensureImage(el.assetId));
    }
    // the facts before the glyphs: the advances needed are those of the filled text, not of {{product.name}}
    const facts = await this.ensureFacts(doc.productId);
    // other facts fill the texts' placeholders differently: every text is new again
    if (this.ensuredFor !== this.facts) {
      this.ensured = new WeakSet();
      this.ensuredFor = this.facts;
      fresh = doc.elements;
    }
    if (fresh.length === 0 && !facts) return false;
    const { placeholders } = productSceneOptions(this.facts?.file);
    for (const [fontId, text] of textsByFont(fresh, DEFAULT_FONT_ID, placeholders)) jobs.push(this.ensureFont(fontId, text + VERTICAL_EXTRA));
    const results = [facts, ...(await Promise.all(jobs))];
    const seen = this.ensured;
    for (const el of fresh) seen.add(el);
    const any = results.some(Boolean);
    if (any) this.arrived();
    return any;
  }

  /** Recolours the artwork of these elements into the cache, under the very key the scene builder will ask for. */
  private prepareArt(els: Element[]): void {
    for (const el of els) {
      if (el.kind !== 'motif' && el.kind !== 'pattern') continue;
      const colours: Record<string, PrintColor> = {};
      for (const [hex, ref] of Object.entries(el.colourMap)) colours[hex] = resolveColour(ref, { brandColours: this.brandColours, issues: [] }, '');
      this.motifArt(el.motifId, colours);
    }
  }

  async ensureMotifs(ids: string[]): Promise<boolean> {
    const missing = [...new Set(ids)].filter((id) => !this.motifs.has(id));
    if (missing.length === 0) return false;
    const found = await this.api.call('library.forDesign', { ids: missing.slice(0, 200) });
    for (const [id, m] of Object.entries(found)) this.motifs.set(id, motifEntry(m.record as MotifRecord, m.svg));
    return true;
  }

  /** What the motif gate needs to know about the open design's product (kind, cooperative). */
  productContext(): { productKind?: string; cooperativeId?: string } {
    const file = this.facts?.file;
    if (!file) return {};
    const kind = (file.product as { kind?: unknown }).kind;
    const coop = (file.cooperative as { id?: unknown }).id;
    return { ...(typeof kind === 'string' ? { productKind: kind } : {}), ...(coop !== undefined && coop !== null ? { cooperativeId: String(coop) } : {}) };
  }

  /** Reloads the product facts when the design is linked to another product (or to one at all). */
  private async ensureFacts(productId: string | undefined): Promise<boolean> {
    if ((this.facts?.productId ?? undefined) === productId) return false;
    if (!productId) {
      this.facts = null;
      return true;
    }
    this.facts = { productId };
    try {
      const detail = await this.api.call('products.get', { id: productId });
      // a draft that does not parse yet fills nothing: its placeholders stay visible, as in preflight
      const parsed = ProductFileSchema.safeParse(detail.file);
      this.facts = { productId, file: parsed.success ? parsed.data : undefined };
    } catch {
      this.facts = { productId };
    }
    return true;
  }

  /**
   * Metrics and glyphs for the characters of `text` not known yet. The metrics are merged
   * only once the glyphs are drawable, so a text is never laid out (and so never painted)
   * before the canvas has its very glyphs: no stand-in font, even for a moment.
   */
  private async ensureFont(fontId: string, text: string): Promise<boolean> {
    const chars = this.metrics.needed(fontId, text).slice(0, 20_000);
    if (!chars) return false;
    const [answer] = await Promise.all([this.api.call('fonts.metrics', { fontId, text: chars }), this.loadGlyphs(fontId, chars)]);
    this.metrics.merge(answer);
    return true;
  }

  /**
   * Adds the glyphs of `chars` to the font's canvas family: a subset of the font file with
   * just those glyphs (the subset the PDF embeds), declared for exactly those code points, so
   * the family grows piece by piece like a web font sliced by unicode-range. Opening a design
   * fetches and decodes a few KB instead of a 15 MB CJK file.
   */
  private async loadGlyphs(fontId: string, chars: string): Promise<void> {
    const file = await this.api.call('fonts.file', { fontId, text: chars });
    // a family name of our own, so a same-named system font can never stand in for it
    const family = `jinxiu-${fontId}`;
    const face = new FontFace(family, `url(data:font/ttf;base64,${file.base64})`, { unicodeRange: unicodeRange(chars) });
    await face.load();
    document.fonts.add(face);
    this.families.set(fontId, family);
  }

  private async ensureImage(assetId: string): Promise<boolean> {
    if (this.images.has(assetId)) return false;
    this.images.set(assetId, 'loading');
    try {
      const { preview } = await this.api.call('assets.preview', { assetId });
      const img = new Image();
      img.src = preview;
      await img.decode();
      this.images.set(assetId, img);
      return true;
    } catch {
      this.images.set(assetId, 'failed');
      return false;
    }
  }

  private arrived(): void {
    this.version++;
    this.onArrive();
  }
}

/**
 * A motif as the composer keeps it. Its colours and proportions take a parse of the artwork
 * (a tenth of a second for the hundred motifs of a large design) and only the recolour panel
 * and a new placement ask for them, never the first paint: read on first use, then kept.
 */
export function motifEntry(record: MotifRecord, svg: string | undefined): MotifEntry {
  let facts: { colours: string[]; aspect: number } | undefined;
  const read = () => {
    if (facts) return facts;
    facts = { colours: [], aspect: 1 };
    if (svg) {
      try {
        const s = svgToScene(svg);
        facts = { colours: s.colours.map((c) => c.toLowerCase()), aspect: s.viewBox.width / s.viewBox.height || 1 };
      } catch {
        // unreadable artwork shows as "missing" through the scene builder's issue
      }
    }
    return facts;
  };
  return {
    record,
    ...(svg ? { svg } : {}),
    get colours() {
      return read().colours;
    },
    get aspect() {
      return read().aspect;
    },
  };
}

/** CSS unicode-range of the code points of `chars`, consecutive ones as one range ("U+4E00-4E02, U+82D7"). */
export function unicodeRange(chars: string): string {
  const cps = [...new Set([...chars].map((c) => c.codePointAt(0) as number))].sort((a, b) => a - b);
  const out: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    out.push(i === j ? `U+${hex(cps[i])}` : `U+${hex(cps[i])}-${hex(cps[j])}`);
    i = j + 1;
  }
  return out.join(', ');
}
