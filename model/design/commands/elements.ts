/** Small shared helpers for commands: look-ups, validation, id minting. */
import { StudioError } from '../../localized';
import { ElementSchema, type Design, type Element } from '../schema';
import type { CommandContext } from './context';

export function requireElement(doc: Design, id: string): Element {
  const el = doc.elements.find((e) => e.id === id);
  if (!el) {
    throw new StudioError('element-not-found', {
      zh: `找不到编号为“${id}”的元素，它可能已被删除。请重新选择。`,
      en: `No element with id "${id}" is in the design; it may have been removed. Select it again.`,
    });
  }
  return el;
}

export function requireElements(doc: Design, ids: readonly string[]): Element[] {
  return ids.map((id) => requireElement(doc, id));
}

export function refuseLocked(el: Element, action: { zh: string; en: string }): void {
  if (el.locked) {
    throw new StudioError('element-locked', {
      zh: `“${el.name}”已锁定，不能${action.zh}。请先解锁再操作。`,
      en: `"${el.name}" is locked, so it cannot be ${action.en}. Unlock it first.`,
    });
  }
}

/** Parses an element the user or a command produced; refuses it with the field at fault. */
export function validElement(candidate: unknown): Element {
  const parsed = ElementSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const field = first.path.join('.') || '(element)';
  throw new StudioError(
    'element-invalid',
    {
      zh: `元素的“${field}”不正确：${first.message}。请改成有效的值。`,
      en: `The element's "${field}" is not valid: ${first.message}. Change it to a valid value.`,
    },
    parsed.error.issues,
  );
}

export function requirePage(doc: Design, page: string): void {
  if (!doc.pages.some((p) => p.name === page)) {
    const names = doc.pages.map((p) => p.name).join(', ');
    throw new StudioError('page-not-found', {
      zh: `设计中没有名为“${page}”的页面（现有：${names}）。`,
      en: `The design has no page "${page}" (it has: ${names}).`,
    });
  }
}

/** Replaces elements by id, keeping the untouched ones (and the array order) as they are. */
export function replaceElements(doc: Design, changed: ReadonlyMap<string, Element>): Design {
  if (changed.size === 0) return doc;
  return { ...doc, elements: doc.elements.map((el) => changed.get(el.id) ?? el) };
}

function defaultNewId(doc: Design, prefix: string): string {
  const used = new Set(doc.elements.map((e) => e.id));
  let n = doc.elements.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export function mintId(doc: Design, prefix: string, ctx: CommandContext): string {
  const id = (ctx.newId ?? defaultNewId)(doc, prefix);
  if (doc.elements.some((e) => e.id === id)) throw new Error(`newId returned an id already in use: ${id}`);
  return id;
}
