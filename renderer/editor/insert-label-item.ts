/**
 * The check panel's one-click repair for a missing GB 7718 item: the placeholder goes on a new
 * line of the text that already carries label items (the "food label" block), so the label stays
 * one block; a design without such a text gets a new text at a legible size (8 pt: its digits
 * stand 1.9 mm, above the 1.8 mm minimum). Either way the box is made big enough for the field's
 * value: preflight counts an item only where its value is printed, and an overflow does not print,
 * so a repair into a full box would repair nothing.
 */
import type { Command } from '../../model/design/commands/apply';
import type { UpdateElement } from '../../model/design/commands/update-element';
import type { Design, Element, TextElement } from '../../model/design/schema';
import { fillPlaceholders, findPlaceholders, PLACEHOLDERS } from '../../model/product/placeholders';
import type { ProductFile } from '../../model/product/schema';
import { estimatedEms, newNutritionTable, newTextInFreeSpace, type Where } from './new-elements';

export const INSERTED_LABEL_SIZE_PT = 8;

/**
 * The visible, unlocked text carrying the most label-item placeholders (undefined: none). The net
 * content alone does not make a label block: it is set large on the front, on its own.
 */
export function labelBlock(doc: Design): TextElement | undefined {
  const score = (t: TextElement) => findPlaceholders(t.text).filter((k) => PLACEHOLDERS[k]?.satisfies.some((item) => item !== 'netContent')).length;
  const texts = doc.elements.filter((e): e is TextElement => e.kind === 'text' && !e.hidden && !e.locked && score(e) > 0);
  return texts.sort((a, b) => score(b) - score(a))[0];
}

/** A field's token ({{key}}) as the linked product prints it; undefined without a product or a value. */
export function fieldValue(product: ProductFile | undefined, token: string): string | undefined {
  if (!product) return undefined;
  const value = fillPlaceholders(token, product);
  return value === token ? undefined : value;
}

/**
 * A product field on a new line of a text, its box grown by the lines the field's value needs (a
 * generous estimate, estimatedEms) across its writing direction: one update, one undo step.
 * `value`: the field as it will print (the product's fact), or undefined when not known (the
 * field's token is measured instead).
 */
export function appendField(el: TextElement, token: string, value: string | undefined): UpdateElement {
  const text = el.text === '' || el.text.endsWith('\n') ? el.text + token : `${el.text}\n${token}`;
  const em = (el.sizePt * 25.4) / 72;
  const vertical = el.direction === 'vertical';
  const along = Math.max(em, vertical ? el.transform.height : el.transform.width);
  // whole characters per line: a line holds floor(along / em) ideographs, never a fraction of one
  const perLine = Math.max(1, Math.floor(along / em));
  const lines = (value ?? token).split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(estimatedEms(line) / perLine)), 0);
  // a quarter em more: the lines already there may fill their box to the last fraction
  const grow = lines * em * el.lineHeight + em / 4;
  const transform = vertical ? { width: el.transform.width + grow } : { height: el.transform.height + grow };
  return { type: 'update-element', id: el.id, props: { text }, transform };
}

export function insertLabelItem(doc: Design, placeholder: string, where: Where, value?: string): { command: Command; elementId: string; page: string } {
  if (placeholder === 'product.nutrition') {
    // the standard wants a ruled table on all but small packs: insert the drawn table
    const table = newNutritionTable(where);
    return { command: { type: 'add-element', element: table }, elementId: table.id, page: table.page };
  }
  const token = `{{${placeholder}}}`;
  const block = labelBlock(doc);
  if (block) {
    return { command: appendField(block, token, value), elementId: block.id, page: block.page };
  }
  // sized and placed in free space for the value it will print, then carrying the field itself
  const el = newTextInFreeSpace(where, value ?? token, 'horizontal', INSERTED_LABEL_SIZE_PT) as Element & { kind: 'text' };
  const element: Element = { ...el, text: token, lineHeight: 1.3, name: `${PLACEHOLDERS[placeholder]?.label.zh ?? placeholder} ${PLACEHOLDERS[placeholder]?.label.en ?? ''}`.trim() };
  return { command: { type: 'add-element', element }, elementId: element.id, page: element.page };
}
