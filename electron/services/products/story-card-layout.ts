/**
 * The brand-story card's designed layout, the same on both sides (Chinese front, English back):
 *
 *   ┌──────────────────────┐  a ground band in the brand's colour, full bleed at the top,
 *   │      ▓▓ motif ▓▓     │  with the product's first motif as the hero
 *   ├──────────────────────┤
 *   │  cooperative (title) │  title and product line, centred
 *   │     product line     │
 *   │  纹样 / The motif     │  short paragraphs under small headings: what the motif means,
 *   │  …                   │  where the product comes from (words for its kind)
 *   │  来自哪里 / Where …   │
 *   │  …                   │
 *   │  出处与致谢 / credits │  at the foot: GI and certificate claims (product fields),
 *   │  …                   │  the motifs' provenance, and (front) the required credit block
 *   └──────────────────────┘
 *
 * Every text box is as tall as its text laid out with the real font metrics (model/text, the
 * layout the PDF uses), so nothing is cut: a long cooperative name wraps. When the body does
 * not fit between the band and the foot, the hero band gets lower and the body type smaller,
 * down to set minimums.
 */
import type { BrandKit } from '../../../model/brand/schema';
import { DEFAULT_FONT_ID, type ColourRef, type Element, type TextElement, type Transform } from '../../../model/design/schema';
import type { MotifRecord } from '../../../model/motif/schema';
import { fillPlaceholders, type PlaceholderFacts } from '../../../model/product/placeholders';
import { layoutText } from '../../../model/text';
import type { FontMetrics } from '../../../model/text/metrics';
import { claimLines, HEADINGS, motifLines, productLine, provenanceLines, storyOf, titleOf, type Side, type StoryFacts } from './story-card-text';

export const CARD = { width: 105, height: 148 } as const;
const MARGIN = 8;
const INNER = CARD.width - 2 * MARGIN;
const INK: ColourRef = { cmyk: { c: 0, m: 0, y: 0, k: 100 } };
const INDIGO = { c: 100, m: 75, y: 10, k: 35 };
const PAPER: ColourRef = { cmyk: { c: 0, m: 0, y: 0, k: 0 } };
/** the line height every card text uses (multiple of the size) */
const LEADING = 1.35;
const PT = 25.4 / 72;

export interface CardLayoutInput {
  facts: StoryFacts;
  /** the product file the card is bound to (fills fields when measuring) */
  file: PlaceholderFacts;
  kit?: BrandKit;
  /** layout metrics of a font id; undefined when the font is unknown */
  metrics: (fontId: string) => FontMetrics | undefined;
}

export interface CardLayout {
  elements: Element[];
  /** where the credit block goes (front foot), as the composer's sync-credits command takes it */
  creditPlacement: { page: string; panelId: string; transform: Transform; sizePt: number; fontId: string };
}

const NAMES: Record<string, string> = {
  title: '合作社名称', product: '产品名称', 'motif-heading': '纹样标题', motif: '纹样说明', 'origin-heading': '来源标题', story: '来源说明',
  'credits-heading': '出处标题', claims: '认证与地理标志', provenance: '纹样出处',
};

interface TextSpec {
  id: string;
  text: string;
  sizePt: number;
  fontId: string;
  colour: ColourRef;
  role: TextElement['role'];
  align: TextElement['align'];
  /** space above, mm */
  gap: number;
}

/** The brand's ground colour: its indigo when the kit names one, else its first process colour. */
function groundColour(kit: BrandKit | undefined): ColourRef {
  const named = kit?.palette.find((c) => c.name === '靛蓝' && !c.spot) ?? kit?.palette.find((c) => !c.spot && c.cmyk.c + c.cmyk.m + c.cmyk.k >= 120);
  return named ? { brand: named.name } : { cmyk: INDIGO };
}

export function layOutStoryCard(input: CardLayoutInput, creditText: (side: Side) => string | undefined): CardLayout {
  const { facts, kit } = input;
  const fontOr = (id: string | undefined) => (id && input.metrics(id) ? id : DEFAULT_FONT_ID);
  const titleFont = fontOr(kit?.fonts.title);
  const bodyFont = fontOr(kit?.fonts.body);
  const ground = groundColour(kit);
  const hero = facts.motifs[0] as MotifRecord | undefined;

  const height = (spec: Pick<TextSpec, 'text' | 'sizePt' | 'fontId'>, side: Side): number => {
    const metrics = input.metrics(spec.fontId) ?? input.metrics(DEFAULT_FONT_ID);
    const text = fillPlaceholders(spec.text, input.file, side === 'en' ? 'en' : 'zh-CN');
    const lineBox = spec.sizePt * LEADING * PT;
    if (!metrics) return Math.ceil(text.split('\n').length * 2) * lineBox;
    const laid = layoutText(text, { metrics, sizePt: spec.sizePt, lineHeight: LEADING, widthMm: INNER, align: 'start' });
    // the last line's descent below its box, and a hair for rounding
    return Math.max(1, laid.lines.length) * lineBox + 0.6;
  };

  const elements: Element[] = [];
  let credit: CardLayout['creditPlacement'] | undefined;
  for (const side of ['zh', 'en'] as const) {
    const page = side === 'zh' ? 'front' : 'back';
    const panelId = `card-${page}`;
    const label = side === 'zh' ? '正面' : '背面';
    const headingColour = ground;
    // without a motif the cooperative's name is the hero, reversed out of the band
    const title: TextSpec = { id: 'title', text: titleOf(facts, side), sizePt: hero ? 13 : 15, fontId: titleFont, colour: hero ? headingColour : PAPER, role: 'title', align: 'center', gap: 0 };
    const body = (bodySize: number): TextSpec[] => [
      ...(hero ? [title] : []),
      { id: 'product', text: productLine(facts, side), sizePt: hero ? 9 : 11, fontId: titleFont, colour: hero ? INK : headingColour, role: 'title', align: 'center', gap: hero ? 0.5 : 2 },
      ...(facts.motifs.length > 0
        ? [
            { id: 'motif-heading', text: HEADINGS.motif[side], sizePt: 7.5, fontId: titleFont, colour: headingColour, role: 'title' as const, align: 'start' as const, gap: 3 },
            { id: 'motif', text: motifLines(facts, side), sizePt: bodySize, fontId: bodyFont, colour: INK, role: 'body' as const, align: 'start' as const, gap: 0.3 },
          ]
        : []),
      { id: 'origin-heading', text: HEADINGS.origin[side], sizePt: 7.5, fontId: titleFont, colour: headingColour, role: 'title', align: 'start', gap: 2.5 },
      { id: 'story', text: storyOf(facts, side), sizePt: bodySize, fontId: bodyFont, colour: INK, role: 'body', align: 'start', gap: 0.3 },
    ];
    const footSpecs: TextSpec[] = [
      { id: 'credits-heading', text: HEADINGS.credits[side], sizePt: 6.5, fontId: titleFont, colour: headingColour, role: 'title', align: 'start', gap: 0 },
      { id: 'claims', text: claimLines(facts, side), sizePt: 6, fontId: bodyFont, colour: INK, role: 'body', align: 'start', gap: 0.3 },
      { id: 'provenance', text: provenanceLines(facts, side), sizePt: 6, fontId: bodyFont, colour: INK, role: 'body', align: 'start', gap: 0.5 },
    ];
    const creditBody = creditText(side);
    const filled = footSpecs.filter((t) => t.text);
    // a heading over nothing is dropped
    const foot = filled.length > 1 || creditBody ? filled : [];
    const creditHeight = creditBody ? height({ text: creditBody, sizePt: 6, fontId: bodyFont }, side) + 0.5 : 0;
    const footHeight = foot.reduce((sum, t) => sum + t.gap + height(t, side), 0) + creditHeight;
    const footTop = CARD.height - MARGIN - footHeight;

    // the tallest band and the largest body size that leave the body above the foot
    const titleHeight = height(title, side);
    let band = hero ? 62 : Math.max(30, titleHeight + 20);
    let bodySize = 7.5;
    const bodyHeight = () => body(bodySize).reduce((sum, t) => sum + t.gap + height(t, side), 0);
    while (band + 5 + bodyHeight() > footTop - 2) {
      if (hero && band > 44) band -= 2;
      else if (bodySize > 6.5) bodySize -= 0.25;
      else break;
    }

    elements.push(shape(`story-${page}-ground`, `${label}底色`, page, panelId, { x: 0, y: 0, width: CARD.width, height: band, rotation: 0 }, ground));
    if (hero) {
      const size = band - 14;
      elements.push(motif(`story-${page}-hero`, hero, page, panelId, { x: (CARD.width - size) / 2, y: 7, width: size, height: size, rotation: 0 }));
    } else {
      elements.push(text(`story-${page}-title`, `${label}·${NAMES.title}`, page, panelId, { x: MARGIN, y: (band - titleHeight) / 2, width: INNER, height: titleHeight, rotation: 0 }, title));
    }
    // room to spare goes partly above the body, so a short card does not hang from the band
    const spare = footTop - 2 - (band + 5 + bodyHeight());
    let y = band + 5 + Math.min(18, Math.max(0, spare) / 3);
    for (const t of body(bodySize)) {
      if (!t.text) continue;
      y += t.gap;
      const h = height(t, side);
      elements.push(text(`story-${page}-${t.id}`, `${label}·${NAMES[t.id] ?? t.id}`, page, panelId, { x: MARGIN, y, width: INNER, height: h, rotation: 0 }, t));
      y += h;
    }
    y = footTop;
    for (const t of foot) {
      y += t.gap;
      const h = height(t, side);
      elements.push(text(`story-${page}-${t.id}`, `${label}·${NAMES[t.id] ?? t.id}`, page, panelId, { x: MARGIN, y, width: INNER, height: h, rotation: 0 }, t));
      y += h;
    }
    if (creditBody) credit = { page, panelId, transform: { x: MARGIN, y: y + 0.5, width: INNER, height: creditHeight - 0.5, rotation: 0 }, sizePt: 6, fontId: bodyFont };
  }
  return {
    elements,
    creditPlacement: credit ?? { page: 'front', panelId: 'card-front', transform: { x: MARGIN, y: CARD.height - MARGIN - 10, width: INNER, height: 10, rotation: 0 }, sizePt: 6, fontId: bodyFont },
  };
}

const base = (id: string, name: string, page: string, panelId: string, transform: Transform) => ({ id, name, page, panelId, transform, opacity: 1, locked: false, hidden: false });

function shape(id: string, name: string, page: string, panelId: string, transform: Transform, fill: ColourRef): Element {
  return { ...base(id, name, page, panelId, transform), kind: 'shape', shape: 'rect', fill };
}

function motif(id: string, record: MotifRecord, page: string, panelId: string, transform: Transform): Element {
  return { ...base(id, record.names.zh, page, panelId, transform), kind: 'motif', motifId: record.id, colourMap: {} };
}

function text(id: string, name: string, page: string, panelId: string, transform: Transform, t: TextSpec): Element {
  return {
    ...base(id, name, page, panelId, transform),
    kind: 'text',
    text: t.text,
    fontId: t.fontId,
    sizePt: t.sizePt,
    lineHeight: LEADING,
    align: t.align,
    direction: 'horizontal',
    colour: t.colour,
    role: t.role,
  };
}
