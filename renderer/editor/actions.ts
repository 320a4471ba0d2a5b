/**
 * Composer actions that need more than one command or some judgement: edits that change
 * which motifs are placed also bring the credit block up to date in the same undo step;
 * deleting, nudging, aligning and pasting work on the current selection.
 */
import type { Command } from '../../model/design/commands/apply';
import { usedMotifIds, type CreditBlockPlacement, type MotifCredit } from '../../model/design/commands/credits';
import type { Design } from '../../model/design/schema';
import { requiredCreditLine } from '../../model/motif/labels';
import type { TemplateResult } from '../../model/templates/types';
import type { EditorStore } from './store';

export interface CreditSource {
  motif(id: string): { record: Parameters<typeof requiredCreditLine>[0] } | undefined;
}

/** Credit lines for every motif we know of: the document's own plus loaded records. */
export function knownCredits(doc: Design, source: CreditSource): MotifCredit[] {
  const out = new Map<string, MotifCredit>();
  for (const id of usedMotifIds(doc)) {
    const rec = source.motif(id)?.record;
    const line = rec ? requiredCreditLine(rec) : undefined;
    if (line) out.set(id, { motifId: id, text: line });
  }
  for (const l of doc.credits.lines) if (!out.has(l.motifId)) out.set(l.motifId, { motifId: l.motifId, text: l.text });
  return [...out.values()];
}

/** Where a new credit block goes: the back panel when there is one, low and inside the safe area. */
export function creditPlacement(template: TemplateResult, page: string): CreditBlockPlacement {
  const panel = template.panels.find((p) => p.page === page && p.id === 'back') ?? template.panels.find((p) => p.page === page && p.printable);
  if (!panel) return { page };
  const s = template.safeMm;
  const b = panel.bounds;
  const height = Math.min(14, Math.max(6, b.height / 5));
  return { page, panelId: panel.id, transform: { x: b.x + s, y: b.y + b.height - s - height, width: Math.max(10, b.width - 2 * s), height, rotation: 0 } };
}

/**
 * Runs commands; when they change which motifs are placed, a sync-credits command joins
 * them so that adding (or removing) a motif and its credit line is one undo step.
 */
export function runWithCredits(store: EditorStore, cmds: Command[], source: CreditSource, template: TemplateResult, page: string, label = ''): Design {
  // the commands are applied once; the store asks what their result needs before it records the step
  return store.dispatch(cmds, label, (before, after) => creditsFollowUp(before, after, source, template, page));
}

/** A sync-credits command when `after` places other motifs than `before`, else nothing. */
export function creditsFollowUp(before: Design, after: Design, source: CreditSource, template: TemplateResult, page: string): Command[] {
  // same element list (no element added, removed or changed): the same motifs
  if (after.elements === before.elements) return [];
  const a = usedMotifIds(before);
  const b = usedMotifIds(after);
  const same = a.size === b.size && [...a].every((id) => b.has(id));
  if (same) return [];
  const credits = knownCredits({ ...after, credits: { ...after.credits, lines: [...before.credits.lines, ...after.credits.lines] } }, source);
  return [{ type: 'sync-credits', credits, placement: creditPlacement(template, page) }];
}

/** The ids present in `after` but not in `before` (what a paste or add created). */
export function newIds(before: Design, after: Design): string[] {
  const old = new Set(before.elements.map((e) => e.id));
  return after.elements.filter((e) => !old.has(e.id)).map((e) => e.id);
}

export function nudgeCommands(doc: Design, ids: readonly string[], dx: number, dy: number): Command[] {
  const wanted = new Set(ids);
  return doc.elements
    .filter((e) => wanted.has(e.id) && !e.locked)
    .map((e) => ({ type: 'update-element' as const, id: e.id, transform: { x: e.transform.x + dx, y: e.transform.y + dy } }));
}
