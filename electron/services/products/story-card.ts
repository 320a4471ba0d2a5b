/**
 * products.storyCard: turns product facts into an ordinary two-sided design (template
 * "story-card": Chinese front, English back) that the user then edits and exports like any
 * other. Built through model/design commands, so the credit block that attribution-required
 * motifs need is created by the same rule the composer enforces.
 */
import type { BrandKit } from '../../../model/brand/schema';
import { applyCommands } from '../../../model/design/commands/apply';
import { creditText, usedMotifIds } from '../../../model/design/commands/credits';
import type { Design } from '../../../model/design/schema';
import { StudioError, studioError, type Localized } from '../../../model/localized';
import { mayRelease } from '../../../model/motif/gate';
import { requiredCreditLine } from '../../../model/motif/labels';
import type { MotifRecord } from '../../../model/motif/schema';
import type { PlaceholderFacts } from '../../../model/product/placeholders';
import type { FontMetrics } from '../../../model/text/metrics';
import type { ProductService } from './product-service';
import { layOutStoryCard } from './story-card-layout';
import { productLine, type StoryFacts } from './story-card-text';

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
  /** layout metrics of a font (the fonts service's), so text boxes fit their text */
  metrics: (fontId: string) => FontMetrics | undefined;
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
    const layout = layOutStoryCard({ facts, file: file as unknown as PlaceholderFacts, kit, metrics: deps.metrics }, (side) =>
      side === 'zh' && credits.length > 0 ? creditText(credits) : undefined,
    );
    // built through commands, so the credit rule the composer enforces applies here too
    const design = applyCommands(empty, [
      ...layout.elements.map((element) => ({ type: 'add-element' as const, element })),
      { type: 'sync-credits', credits, placement: layout.creditPlacement },
    ]);
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

