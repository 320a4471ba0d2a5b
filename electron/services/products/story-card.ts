/**
 * products.storyCard: turns product facts into an ordinary two-sided design (template
 * "story-card": Chinese front, English back) that the user then edits and exports like any
 * other. Built through model/design commands, so the credit block that attribution-required
 * motifs need is created by the same rule the composer enforces.
 */
import type { BrandKit } from '../../../model/brand/schema';
import { applyCommands } from '../../../model/design/commands/apply';
import { findFreeSpace, obstaclesOn, type Anchor } from '../../../model/design/free-space';
import { usedMotifIds } from '../../../model/design/commands/credits';
import { DEFAULT_FONT_ID, type Design, type Element, type TextElement, type Transform } from '../../../model/design/schema';
import { StudioError, studioError, type Localized } from '../../../model/localized';
import { mayRelease } from '../../../model/motif/gate';
import { requiredCreditLine } from '../../../model/motif/labels';
import type { MotifRecord } from '../../../model/motif/schema';
import { generateTemplate } from '../../../model/templates';
import type { ProductService } from './product-service';
import { motifLines, originLines, productLine, storyOf, titleOf, type StoryFacts } from './story-card-text';

export interface StoryCardDesigns {
  list(): { id: string; productId: string | null }[];
  get(id: string): { design: Design };
  create(input: { name: string; template: { kind: string; params: Record<string, string | number | boolean> }; productId?: string; brandKitId?: string }): Design;
  save(design: Design): { updatedAt: string };
  delete(id: string): { deleted: boolean };
}

export interface StoryCardDeps {
  products: ProductService;
  designs: StoryCardDesigns;
  brandKits: () => BrandKit[];
  motif: (id: string) => MotifRecord | undefined;
  now?: () => Date;
}

/** The user's answers to the confirmations the card asked for (motif ids). */
export interface StoryCardChoices {
  /** sensitive / ritual / community-only motifs the user confirmed, as the composer asks */
  confirmed?: string[];
  /** motifs the user chose to leave off the card */
  leaveOut?: string[];
}

export interface PendingConfirmation {
  id: string;
  names: { zh: string; en: string };
  reason: Localized;
}

const PARAMS = { size: 'a6', orientation: 'portrait', cornerRadiusMm: 0 } as const;
const MAX_MOTIFS = 3;
const MARGIN = 8;
const INK = { cmyk: { c: 0, m: 0, y: 0, k: 100 } };

export function makeStoryCard(deps: StoryCardDeps, productId: string, choices: StoryCardChoices = {}): { designId: string; name: string } {
  const file = deps.products.productFile(productId);
  if (!file) throw studioError('product.not-found', `找不到产品“${productId}”，它可能已被删除。`, `Product "${productId}" was not found; it may have been deleted.`);
  const coopId = String(file.cooperative.id);
  const kits = deps.brandKits();
  const kit = kits.find((k) => k.cooperativeId === coopId) ?? kits[0];
  const motifs = motifsOfProduct(deps, productId, String(file.product.kind ?? ''), coopId, choices);
  const facts: StoryFacts = { cooperative: file.cooperative as StoryFacts['cooperative'], product: file.product as StoryFacts['product'], story: kit?.story, motifs, today: deps.products.today() };

  const name = `${productLine(facts, 'zh') || productId} · 品牌故事卡`;
  const empty = deps.designs.create({ name, template: { kind: 'story-card', params: { ...PARAMS } }, productId, brandKitId: kit?.id });
  const credits = motifs.flatMap((m) => {
    const text = requiredCreditLine(m);
    return text ? [{ motifId: m.id, text }] : [];
  });
  try {
    const design = layOutCard(empty, facts, credits);
    deps.designs.save(design);
    return { designId: design.id, name };
  } catch (error) {
    // no half-made card left behind in the designs list
    deps.designs.delete(empty.id);
    throw error;
  }
}

/**
 * Motifs placed in the product's other designs that the gate lets onto the card, first ones first.
 * The card is printed and handed out with the product: the gate's 'story-card' destination asks
 * the same confirmations as the composer, so nothing sensitive goes on silently.
 */
function motifsOfProduct(deps: StoryCardDeps, productId: string, productKind: string, cooperativeId: string, choices: StoryCardChoices): MotifRecord[] {
  const ids: string[] = [];
  for (const summary of deps.designs.list()) {
    if (summary.productId !== productId) continue;
    for (const id of usedMotifIds(deps.designs.get(summary.id).design)) if (!ids.includes(id)) ids.push(id);
  }
  const out: MotifRecord[] = [];
  const pending: PendingConfirmation[] = [];
  for (const id of ids) {
    if (out.length === MAX_MOTIFS) break;
    const record = deps.motif(id);
    if (!record || choices.leaveOut?.includes(id)) continue;
    const decision = mayRelease(record, 'story-card', {
      caller: 'cooperative',
      productKind,
      commercial: true,
      confirmed: choices.confirmed?.includes(id) ?? false,
      now: deps.now?.(),
      cooperativeId,
    });
    if (decision.allowed) out.push(record);
    else if (decision.needsConfirmation) pending.push({ id, names: { zh: record.names.zh, en: record.names.en }, reason: decision.reason! });
  }
  if (pending.length > 0) throw needsConfirmation(pending);
  return out;
}

function needsConfirmation(pending: PendingConfirmation[]): StudioError {
  const zh = pending.map((p) => `“${p.names.zh}”：${p.reason.zh}`).join('\n');
  const en = pending.map((p) => `"${p.names.en}": ${p.reason.en}`).join('\n');
  return new StudioError(
    'story-card.needs-confirmation',
    {
      zh: `故事卡会随商品发出。下面的纹样需要你先确认用法，或者选择不放到卡上：\n${zh}`,
      en: `The story card goes out with the product. Confirm the use of these motifs first, or leave them off the card:\n${en}`,
    },
    { motifs: pending },
  );
}

interface Block {
  page: 'front' | 'back';
  width: number;
  height: number;
  element: (box: Transform) => Element;
  /** text may take the whole free rectangle when its box does not fit; artwork is scaled down */
  text: boolean;
}

/**
 * Lays the card out top-down through the studio's one placement rule (model/design/free-space.ts):
 * each block goes into free space of its side, nearest the top centre, around what is already
 * there, 8 mm in from the edge; the credit block goes to the bottom of the back. Built through
 * commands, so the credit rule the composer enforces applies here too.
 */
function layOutCard(empty: Design, f: StoryFacts, credits: { motifId: string; text: { zh: string; en: string } }[]): Design {
  const template = generateTemplate('story-card', PARAMS);
  const area = (page: 'front' | 'back') => {
    const b = template.panels.find((p) => p.id === `card-${page}`)!.bounds;
    return { x: b.x + MARGIN, y: b.y + MARGIN, width: b.width - 2 * MARGIN, height: b.height - 2 * MARGIN };
  };
  const place = (doc: Design, page: 'front' | 'back', width: number, height: number, text: boolean, prefer: Anchor = 'top'): Transform => {
    const space = findFreeSpace({ area: area(page), obstacles: obstaclesOn(doc, page), width, height, prefer, gapMm: 1 });
    return { ...(space.fits || !text ? space.rect : space.free), rotation: 0 };
  };
  let design = empty;
  for (const block of cardBlocks(f, area('front').width)) {
    const element = block.element(place(design, block.page, block.width, block.height, block.text));
    design = applyCommands(design, [{ type: 'add-element', element }]);
  }
  const placement = place(design, 'back', area('back').width, 12, true, 'bottom');
  return applyCommands(design, [{ type: 'sync-credits', credits, placement: { page: 'back', panelId: 'card-back', transform: placement, sizePt: 6 } }]);
}

function cardBlocks(f: StoryFacts, inner: number): Block[] {
  const out: Block[] = [];
  let n = 0;
  const text = (page: 'front' | 'back', height: number, body: string, sizePt: number, role: TextElement['role'], align: TextElement['align'] = 'start') => {
    if (!body) return;
    const id = `story-${page}-${++n}`;
    out.push({
      page,
      width: inner,
      height,
      text: true,
      element: (transform) => ({
        id,
        kind: 'text',
        name: `${page === 'front' ? '正面' : '背面'}文字 ${n}`,
        page,
        panelId: `card-${page}`,
        transform,
        opacity: 1,
        locked: false,
        hidden: false,
        text: body,
        fontId: DEFAULT_FONT_ID,
        sizePt,
        lineHeight: 1.35,
        align,
        direction: 'horizontal',
        colour: INK,
        role,
      }),
    });
  };
  for (const page of ['front', 'back'] as const) {
    const side = page === 'front' ? 'zh' : 'en';
    text(page, 10, titleOf(f, side), 14, 'title', 'center');
    text(page, 7, productLine(f, side), 10, 'title', 'center');
    // motif artwork on the front, in a row under the titles
    if (page === 'front') {
      f.motifs.forEach((m, i) =>
        out.push({
          page: 'front',
          width: 28,
          height: 28,
          text: false,
          element: (transform) => ({
            id: `story-motif-${i + 1}`,
            kind: 'motif',
            name: m.names.zh,
            page: 'front',
            panelId: 'card-front',
            transform,
            opacity: 1,
            locked: false,
            hidden: false,
            motifId: m.id,
            colourMap: {},
          }),
        }),
      );
    }
    text(page, 30, storyOf(f, side), 7.5, 'body');
    text(page, 22, motifLines(f, side), 6.5, 'body');
    text(page, page === 'front' ? 26 : 14, originLines(f, side), 6, 'body');
  }
  return out;
}
