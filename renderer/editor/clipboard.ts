/**
 * Copy and paste inside the composer. The clipboard holds deep copies of elements (not
 * ids), so pasting still works after the originals were changed or deleted, and into
 * another design. Each paste lands a little further away so copies do not stack exactly.
 */
import type { Paste } from '../../model/design/commands/duplicate';
import { elementUsesMotif, type Design, type Element } from '../../model/design/schema';
import type { Localized } from '../../model/localized';
import { mayRelease } from '../../model/motif/gate';
import type { MotifRecord } from '../../model/motif/schema';

const STEP_MM = 5;

export class ElementClipboard {
  private items: Element[] = [];
  private pastes = 0;

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  copy(doc: Design, ids: readonly string[]): number {
    const wanted = new Set(ids);
    // keep back-to-front order so pasted copies stack as the originals did
    this.items = doc.elements.filter((e) => wanted.has(e.id)).map((e) => structuredClone(e));
    this.pastes = 0;
    return this.items.length;
  }

  /** the paste command, or undefined when nothing was copied */
  pasteCommand(page?: string): Paste | undefined {
    if (this.items.length === 0) return undefined;
    this.pastes++;
    const d = STEP_MM * this.pastes;
    return { type: 'paste', elements: this.items.map((e) => structuredClone(e)), offset: { dx: d, dy: d }, ...(page ? { page } : {}) };
  }
}

/** One motif the gate held back from a paste, with its reason. */
export interface HeldBack {
  motifId: string;
  name: string;
  reason: Localized;
}

/**
 * Pasting into a design is placing: every pasted motif asks the gate (destination 'paste')
 * for the target design, exactly as the composer asks when placing from the library. Motifs the
 * gate refuses are left out; those that need the user's confirmation are held until they confirm.
 */
export function gatePaste(
  cmd: Paste,
  recordOf: (motifId: string) => MotifRecord | undefined,
  target: { productKind?: string; cooperativeId?: string; confirmed?: boolean },
): { command?: Paste; refused: HeldBack[]; needsConfirmation: HeldBack[] } {
  const refused: HeldBack[] = [];
  const needsConfirmation: HeldBack[] = [];
  const kept = cmd.elements.filter((el) => {
    const motifId = elementUsesMotif(el);
    if (!motifId) return true;
    const record = recordOf(motifId);
    if (!record) {
      // not released to this caller at all (forDesign left it out)
      refused.push({ motifId, name: el.name, reason: { zh: `“${el.name}”的纹样不能粘贴到这里。`, en: `The motif of "${el.name}" cannot be pasted here.` } });
      return false;
    }
    const decision = mayRelease(record, 'paste', { caller: 'cooperative', commercial: true, ...target });
    if (decision.allowed) return true;
    (decision.needsConfirmation ? needsConfirmation : refused).push({ motifId, name: el.name, reason: decision.reason! });
    return false;
  });
  // while a confirmation is pending nothing is pasted; the caller asks, then calls again with confirmed
  const command = needsConfirmation.length === 0 && kept.length > 0 ? { ...cmd, elements: kept } : undefined;
  return { command, refused, needsConfirmation };
}
