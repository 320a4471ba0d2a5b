/**
 * Copy and paste inside the composer. The clipboard holds deep copies of elements (not
 * ids), so pasting still works after the originals were changed or deleted, and into
 * another design. Each paste lands a little further away so copies do not stack exactly.
 */
import type { Paste } from '../../model/design/commands/duplicate';
import type { Design, Element } from '../../model/design/schema';

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
