/**
 * The check panel's one-click repair for a missing GB 7718 item: the placeholder goes on a new
 * line of the text that already carries label items (the "food label" block), so the label stays
 * one block; a design without such a text gets a new text at a legible size (8 pt: its digits
 * stand 1.9 mm, above the 1.8 mm minimum).
 */
import type { Command } from '../../model/design/commands/apply';
import type { Design, Element, TextElement } from '../../model/design/schema';
import { findPlaceholders, PLACEHOLDERS } from '../../model/product/placeholders';
import { newNutritionTable, newText, type Where } from './new-elements';

export const INSERTED_LABEL_SIZE_PT = 8;

/** The visible, unlocked text carrying the most label-item placeholders (undefined: none). */
export function labelBlock(doc: Design): TextElement | undefined {
  const score = (t: TextElement) => findPlaceholders(t.text).filter((k) => PLACEHOLDERS[k].satisfies.length > 0).length;
  const texts = doc.elements.filter((e): e is TextElement => e.kind === 'text' && !e.hidden && !e.locked && score(e) > 0);
  return texts.sort((a, b) => score(b) - score(a))[0];
}

export function insertLabelItem(doc: Design, placeholder: string, where: Where): { command: Command; elementId: string; page: string } {
  if (placeholder === 'product.nutrition') {
    // the standard wants a ruled table on all but small packs: insert the drawn table
    const table = newNutritionTable(where);
    return { command: { type: 'add-element', element: table }, elementId: table.id, page: table.page };
  }
  const token = `{{${placeholder}}}`;
  const block = labelBlock(doc);
  if (block) {
    const text = block.text === '' || block.text.endsWith('\n') ? block.text + token : `${block.text}\n${token}`;
    return { command: { type: 'update-element', id: block.id, props: { text } }, elementId: block.id, page: block.page };
  }
  const el = newText(where, token) as Element & { kind: 'text' };
  const element: Element = { ...el, sizePt: INSERTED_LABEL_SIZE_PT, lineHeight: 1.3, name: `${PLACEHOLDERS[placeholder]?.label.zh ?? placeholder} ${PLACEHOLDERS[placeholder]?.label.en ?? ''}`.trim() };
  return { command: { type: 'add-element', element }, elementId: element.id, page: element.page };
}
