import type { Design, Element } from '../schema';
import type { CommandContext } from './context';
import { mintId, requireElements, requirePage, validElement } from './elements';

export interface Duplicate {
  type: 'duplicate';
  ids: string[];
  /** where the copies land relative to the originals, mm (default 5, 5 so they are visible) */
  offset?: { dx: number; dy: number };
}

export interface Paste {
  type: 'paste';
  /** elements from the clipboard (possibly from another design); they get new ids */
  elements: Element[];
  offset?: { dx: number; dy: number };
  /** put the pasted elements on this page (default: the page they came from, or the first) */
  page?: string;
}

function insertCopies(doc: Design, sources: Element[], offset: { dx: number; dy: number }, ctx: CommandContext, page?: string): Design {
  let out = doc;
  for (const src of sources) {
    const id = mintId(out, src.kind, ctx);
    const targetPage = page ?? (out.pages.some((p) => p.name === src.page) ? src.page : out.pages[0].name);
    requirePage(out, targetPage);
    // a copy is never the protected credit block and starts unlocked, so it can be moved
    const role = src.kind === 'text' && src.role === 'credit-block' ? { role: 'body' as const } : {};
    const copy = validElement({
      ...src,
      ...role,
      id,
      page: targetPage,
      locked: false,
      transform: { ...src.transform, x: src.transform.x + offset.dx, y: src.transform.y + offset.dy },
    });
    out = { ...out, elements: [...out.elements, copy] };
  }
  return out;
}

export function duplicate(doc: Design, cmd: Duplicate, ctx: CommandContext): Design {
  const chosen = new Set(cmd.ids);
  requireElements(doc, cmd.ids);
  // copy in stacking order so the copies stack like the originals
  const sources = doc.elements.filter((el) => chosen.has(el.id));
  return insertCopies(doc, sources, cmd.offset ?? { dx: 5, dy: 5 }, ctx);
}

export function paste(doc: Design, cmd: Paste, ctx: CommandContext): Design {
  return insertCopies(doc, cmd.elements, cmd.offset ?? { dx: 0, dy: 0 }, ctx, cmd.page);
}
