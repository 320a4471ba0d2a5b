/**
 * Credit lines: motifs whose usage label requires attribution (TK Attribution and the
 * like) must be credited on the product. The document keeps the lines the placed motifs
 * require and one text element (role "credit-block") that prints them.
 */
import type { Localized } from '../../localized';
import { StudioError } from '../../localized';
import { DEFAULT_FONT_ID, elementUsesMotif, type Design, type TextElement, type Transform } from '../schema';
import type { CommandContext } from './context';
import { mintId } from './elements';

export interface MotifCredit {
  motifId: string;
  /** the motif's required credit line, e.g. from requiredCreditLine(motif) */
  text: Localized;
}

/** The same as calling syncCredits, as a command (so it joins the undo step of the edit that needed it). */
export interface SyncCredits {
  type: 'sync-credits';
  credits: MotifCredit[];
  placement?: CreditBlockPlacement;
}

export interface CreditBlockPlacement {
  page?: string;
  panelId?: string;
  transform?: Transform;
  fontId?: string;
  sizePt?: number;
}

/** The motif ids placed in the design (motif and pattern elements, hidden ones too). */
export function usedMotifIds(doc: Design): Set<string> {
  const ids = new Set<string>();
  for (const el of doc.elements) {
    const id = elementUsesMotif(el);
    if (id) ids.add(id);
  }
  return ids;
}

/** One line per credit; Chinese first, English after it when it differs. */
export function creditText(lines: readonly { text: Localized }[]): string {
  return lines.map((l) => (l.text.en && l.text.en !== l.text.zh ? `${l.text.zh}\n${l.text.en}` : l.text.zh)).join('\n');
}

/** The credit lines still needed: those of placed motifs, first occurrence of each motif. */
function neededLines(doc: Design): Design['credits']['lines'] {
  const used = usedMotifIds(doc);
  const seen = new Set<string>();
  return doc.credits.lines.filter((l) => used.has(l.motifId) && !seen.has(l.motifId) && seen.add(l.motifId));
}

export function createCreditBlock(doc: Design, text: string, placement: CreditBlockPlacement, ctx: CommandContext): TextElement {
  return {
    id: mintId(doc, 'credits', ctx),
    kind: 'text',
    name: '致谢 Credits',
    page: placement.page ?? doc.pages[0].name,
    ...(placement.panelId ? { panelId: placement.panelId } : {}),
    transform: placement.transform ?? { x: 5, y: 5, width: 60, height: 12, rotation: 0 },
    opacity: 1,
    locked: false,
    hidden: false,
    text,
    fontId: placement.fontId ?? DEFAULT_FONT_ID,
    sizePt: placement.sizePt ?? 6,
    lineHeight: 1.3,
    align: 'start',
    direction: 'horizontal',
    colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } },
    role: 'credit-block',
  };
}

/**
 * Makes the credit block say exactly what the placed motifs require. `motifCredits` are
 * the lines the caller looked up for motifs needing attribution (lines for motifs that
 * are not placed are ignored). Creates the block when the first credit is needed and
 * removes it when none is needed any more.
 */
export function syncCredits(
  doc: Design,
  motifCredits: readonly MotifCredit[],
  placement: CreditBlockPlacement = {},
  ctx: CommandContext = {},
): Design {
  const used = usedMotifIds(doc);
  const byMotif = new Map<string, MotifCredit>();
  for (const c of motifCredits) if (used.has(c.motifId) && !byMotif.has(c.motifId)) byMotif.set(c.motifId, c);
  const lines = [...byMotif.values()].map((c) => ({ motifId: c.motifId, text: { zh: c.text.zh, en: c.text.en } }));
  const text = creditText(lines);
  const blockId = doc.credits.blockId;
  const block = blockId ? doc.elements.find((el) => el.id === blockId) : undefined;

  if (lines.length === 0) {
    const elements = block ? doc.elements.filter((el) => el !== block) : doc.elements;
    return { ...doc, elements, credits: { blockId: null, lines } };
  }
  if (block && block.kind === 'text') {
    const updated = block.text === text && !block.hidden ? block : { ...block, text, hidden: false };
    return { ...doc, elements: doc.elements.map((el) => (el === block ? updated : el)), credits: { blockId: block.id, lines } };
  }
  const created = createCreditBlock(doc, text, placement, ctx);
  return { ...doc, elements: [...doc.elements, created], credits: { blockId: created.id, lines } };
}

/**
 * The reason a document breaks the credit rule, or null: a placed motif needs credit but
 * the block is missing, hidden, or no longer carries the required text.
 */
export function creditProblem(doc: Design): StudioError | null {
  const lines = neededLines(doc);
  if (lines.length === 0) return null;
  const block = doc.credits.blockId ? doc.elements.find((el) => el.id === doc.credits.blockId) : undefined;
  const names = lines.map((l) => l.text.zh).join('；');
  if (!block || block.kind !== 'text') {
    return new StudioError(
      'credit-block-required',
      {
        zh: `不能删除致谢文字：设计中的纹样要求署名（${names}）。如要删除，请先移除这些纹样。`,
        en: `The credit text cannot be removed: motifs in this design require attribution (${lines.map((l) => l.text.en).join('; ')}). Remove those motifs first.`,
      },
      { motifIds: lines.map((l) => l.motifId) },
    );
  }
  if (block.hidden) {
    return new StudioError('credit-block-hidden', {
      zh: `不能隐藏致谢文字：设计中的纹样要求署名（${names}），隐藏后不会印出。`,
      en: 'The credit text cannot be hidden: motifs in this design require attribution, and hidden text is not printed.',
    });
  }
  const missing = lines.filter((l) => !block.text.includes(l.text.zh));
  if (missing.length > 0) {
    return new StudioError('credit-line-missing', {
      zh: `致谢文字必须保留这些署名：${missing.map((l) => l.text.zh).join('；')}。可以添加文字，但不能删去署名。`,
      en: `The credit text must keep these credit lines: ${missing.map((l) => l.text.en).join('; ')}. You may add words but not remove a credit.`,
    });
  }
  return null;
}
