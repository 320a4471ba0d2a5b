/**
 * The check panel's "Insert" on a missing GB 7718 item repairs the label on paper, not only in the
 * text: preflight counts an item only where its value is printed (model/preflight/seen-on-pack.ts),
 * so each inserted field must fit its box. Every item the jar label lacks without its label block
 * is inserted as a user would, one click each, then the label is checked as the exporter checks it.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../model/design/commands/apply';
import type { Design, TextElement } from '../../../../model/design/schema';
import { generateTemplate } from '../../../../model/templates';
import { appendField, fieldValue, insertLabelItem } from '../../../../renderer/editor/insert-label-item';
import { codes, preflight, product, sample } from '../../model/preflight/helpers';

const soup = () => product('kaili-red-sour-soup');
const missingItems = (d: Design) => preflight(d, { product: soup() }).errors.filter((e) => e.action?.kind === 'insert-placeholder').map((e) => e.action!.placeholder);

/** Clicks "Insert" on the first missing item until none is left (or a click repairs nothing). */
function repairAll(design: Design): { design: Design; clicks: string[] } {
  const template = generateTemplate(design.template.kind, design.template.params);
  const clicks: string[] = [];
  for (;;) {
    const [next] = missingItems(design);
    if (!next || clicks.includes(next)) return { design, clicks };
    clicks.push(next);
    design = applyCommand(design, insertLabelItem(design, next, { doc: design, template, page: 'front', panelId: 'label' }, fieldValue(soup(), `{{${next}}}`)).command);
  }
}

describe('inserting a missing label item', () => {
  const bare = (): Design => ({ ...sample('jar-label-sour-soup'), elements: sample('jar-label-sour-soup').elements.filter((e) => !['label-facts', 'nutrition'].includes(e.id)) });

  it('every item the jar lacks, inserted one click each with the product at hand, prints: nothing is missing and nothing overflows', () => {
    const before = missingItems(bare());
    expect(before.length).toBeGreaterThan(6);
    const { design, clicks } = repairAll(bare());
    expect(clicks.sort()).toEqual([...before].sort());
    const report = preflight(design, { product: soup() });
    expect(report.errors.filter((e) => e.code === 'label.missing-item')).toEqual([]);
    expect(codes(report)).not.toContain('scene.text-overflow');
  });

  it('appending a field grows the box by the lines its value needs, across the writing direction, in one update', () => {
    const block = sample('jar-label-sour-soup').elements.find((e) => e.id === 'label-facts') as TextElement;
    const long = '水、番茄、辣椒、糯米、食用盐、姜、蒜、木姜子'.repeat(3);
    const cmd = appendField(block, '{{product.ingredients}}', long);
    expect(cmd).toMatchObject({ type: 'update-element', id: 'label-facts' });
    expect((cmd.props as { text: string }).text.endsWith('\n{{product.ingredients}}')).toBe(true);
    const em = (block.sizePt * 25.4) / 72;
    const lines = Math.ceil(long.length / Math.floor(block.transform.width / em));
    const grown = cmd.transform!.height! - block.transform.height;
    expect(grown).toBeGreaterThanOrEqual(lines * em * block.lineHeight);
    expect(grown).toBeLessThan((lines + 1) * em * block.lineHeight);
    expect(cmd.transform!.width).toBeUndefined();
    const column = appendField({ ...block, direction: 'vertical' }, '{{product.storage}}', '常温避光保存');
    expect(column.transform!.height).toBeUndefined();
    expect(column.transform!.width).toBeGreaterThan(block.transform.width);
  });

  it('a field the product has no value for is measured by its token', () => {
    expect(fieldValue(soup(), '{{product.nosuchfield}}')).toBeUndefined();
    expect(fieldValue(undefined, '{{product.storage}}')).toBeUndefined();
    expect(fieldValue(soup(), '{{product.storage}}')).toBe(soup().product.storage);
  });
});
