import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import { applyCommand, applyCommands } from '../../../../model/design/commands/apply';
import { elementBounds } from '../../../../model/design/geometry';
import type { Design, TemplateParams } from '../../../../model/design/schema';
import type { TemplateResult } from '../../../../model/templates/types';
import { makePanel, makeResult } from '../../../../model/templates/result';
import { emptyDesign, ids, motif, pattern, shape, text, withElements } from './helpers';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof StudioError) return err.code;
    throw err;
  }
  return 'no error';
}

const three = () => withElements(emptyDesign(), [shape('a', { x: 0 }), shape('b', { x: 20 }), shape('c', { x: 40 })]);

describe('add / update / remove', () => {
  it('adds on top by default or at an index, refuses a taken id or unknown page, and leaves the input alone', () => {
    const doc = three();
    const before = structuredClone(doc);
    const top = applyCommand(doc, { type: 'add-element', element: shape('d') });
    expect(ids(top)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(applyCommand(doc, { type: 'add-element', element: shape('d'), index: 1 }))).toEqual(['a', 'd', 'b', 'c']);
    expect(codeOf(() => applyCommand(doc, { type: 'add-element', element: shape('a') }))).toBe('element-id-taken');
    expect(codeOf(() => applyCommand(doc, { type: 'add-element', element: { ...shape('z'), page: 'back' } }))).toBe('page-not-found');
    expect(codeOf(() => applyCommand(doc, { type: 'add-element', element: shape('z', { width: -1 }) }))).toBe('element-invalid');
    expect(doc).toEqual(before);
    // structural sharing: untouched elements are the same objects
    expect(top.elements[0]).toBe(doc.elements[0]);
  });

  it('moves, resizes and rotates with only the given transform fields, and sets props', () => {
    const doc = three();
    const moved = applyCommand(doc, { type: 'update-element', id: 'b', transform: { x: 25, y: 7, rotation: 45 } });
    expect(moved.elements[1].transform).toEqual({ x: 25, y: 7, width: 10, height: 10, rotation: 45 });
    expect(moved.elements[0]).toBe(doc.elements[0]);
    expect(moved.elements[2]).toBe(doc.elements[2]);
    const recoloured = applyCommand(doc, { type: 'update-element', id: 'a', props: { fill: { brand: '靛蓝' }, opacity: 0.5 } });
    const a = recoloured.elements[0];
    expect(a.kind === 'shape' && a.fill).toEqual({ brand: '靛蓝' });
    expect(a.opacity).toBe(0.5);
    expect(codeOf(() => applyCommand(doc, { type: 'update-element', id: 'a', props: { opacity: 3 } }))).toBe('element-invalid');
    expect(codeOf(() => applyCommand(doc, { type: 'update-element', id: 'nope', transform: { x: 1 } }))).toBe('element-not-found');
  });

  it('refuses to change or remove a locked element but lets it be unlocked', () => {
    const doc = applyCommand(three(), { type: 'set-flags', ids: ['a'], locked: true });
    expect(codeOf(() => applyCommand(doc, { type: 'update-element', id: 'a', transform: { x: 3 } }))).toBe('element-locked');
    expect(codeOf(() => applyCommand(doc, { type: 'remove-elements', ids: ['a'] }))).toBe('element-locked');
    const unlocked = applyCommand(doc, { type: 'update-element', id: 'a', props: { locked: false } });
    expect(ids(applyCommand(unlocked, { type: 'remove-elements', ids: ['a', 'c'] }))).toEqual(['b']);
  });
});

describe('stacking order', () => {
  const four = () => withElements(emptyDesign(), ['a', 'b', 'c', 'd'].map((id) => shape(id)));
  it('brings forward, sends backward, to front, to back', () => {
    expect(ids(applyCommand(four(), { type: 'reorder', ids: ['b'], to: 'forward' }))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(applyCommand(four(), { type: 'reorder', ids: ['c'], to: 'backward' }))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(applyCommand(four(), { type: 'reorder', ids: ['a', 'c'], to: 'front' }))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(applyCommand(four(), { type: 'reorder', ids: ['d', 'b'], to: 'back' }))).toEqual(['b', 'd', 'a', 'c']);
    // a selected block moves as one and stops at the top
    expect(ids(applyCommand(four(), { type: 'reorder', ids: ['b', 'c'], to: 'forward' }))).toEqual(['a', 'd', 'b', 'c']);
    const top = four();
    expect(applyCommand(top, { type: 'reorder', ids: ['d'], to: 'forward' })).toBe(top);
  });

  it('steps past elements of the same page only', () => {
    const doc = withElements(emptyDesign(['front', 'back']), [shape('a'), { ...shape('x'), page: 'back' }, shape('b')]);
    expect(ids(applyCommand(doc, { type: 'reorder', ids: ['a'], to: 'forward' }))).toEqual(['x', 'b', 'a']);
  });
});

describe('align and distribute', () => {
  it('aligns visible bounds left, right and middle; a locked element is the anchor', () => {
    const doc = withElements(emptyDesign(), [shape('a', { x: 5, y: 0 }), shape('b', { x: 30, y: 40, width: 20 }), shape('c', { x: 12, y: 80 })]);
    const left = applyCommand(doc, { type: 'align', ids: ['a', 'b', 'c'], edge: 'left' });
    expect(left.elements.map((e) => e.transform.x)).toEqual([5, 5, 5]);
    const right = applyCommand(doc, { type: 'align', ids: ['a', 'b', 'c'], edge: 'right' });
    expect(right.elements.map((e) => e.transform.x + e.transform.width)).toEqual([50, 50, 50]);
    const middle = applyCommand(doc, { type: 'align', ids: ['a', 'c'], edge: 'middle' });
    expect(middle.elements[0].transform.y + 5).toBeCloseTo(middle.elements[2].transform.y + 5);
    expect(middle.elements[0].transform.y).toBeCloseTo(40);

    const locked = applyCommand(doc, { type: 'set-flags', ids: ['b'], locked: true });
    const toPanel = applyCommand(locked, { type: 'align', ids: ['a', 'b'], edge: 'top', to: { x: 0, y: 100, width: 50, height: 50 } });
    expect(toPanel.elements[0].transform.y).toBe(100);
    expect(toPanel.elements[1].transform.y).toBe(40);
  });

  it('aligns a rotated element by what is seen, not by its unrotated box', () => {
    const doc = withElements(emptyDesign(), [shape('a', { x: 0, y: 0, width: 20, height: 10 }), shape('r', { x: 50, y: 50, width: 20, height: 10, rotation: 90 })]);
    const out = applyCommand(doc, { type: 'align', ids: ['a', 'r'], edge: 'left' });
    // turned a quarter, the 20 x 10 box shows as 10 wide, centred on x = 60
    expect(elementBounds(out.elements[1].transform).x).toBeCloseTo(0, 9);
    expect(out.elements[1].transform.x).toBeCloseTo(-5, 9);
  });

  it('distributes with equal gaps, keeping the outermost in place', () => {
    const doc = withElements(emptyDesign(), [shape('a', { x: 0 }), shape('b', { x: 13, width: 20 }), shape('c', { x: 90 }), shape('d', { x: 50 })]);
    const out = applyCommand(doc, { type: 'distribute', ids: ['a', 'b', 'c', 'd'], axis: 'horizontal' });
    const boxes = out.elements.map((e) => e.transform).sort((p, q) => p.x - q.x);
    const gaps = boxes.slice(1).map((t, i) => t.x - (boxes[i].x + boxes[i].width));
    // span 0..100 holds 10 + 20 + 10 + 10 = 50 mm of boxes: three gaps of 50/3
    for (const gap of gaps) expect(gap).toBeCloseTo(50 / 3, 9);
    expect(out.elements[0].transform.x).toBe(0);
    expect(out.elements[2].transform.x).toBe(90);
  });
});

describe('lock, hide, rename, duplicate, paste', () => {
  it('locks and hides a selection and renames one element', () => {
    const doc = applyCommands(three(), [
      { type: 'set-flags', ids: ['a', 'b'], hidden: true },
      { type: 'set-flags', ids: ['b', 'c'], locked: true },
      { type: 'rename', id: 'c', name: '  蝴蝶  ' },
    ]);
    expect(doc.elements.map((e) => [e.hidden, e.locked])).toEqual([[true, false], [true, true], [false, true]]);
    expect(doc.elements[2].name).toBe('蝴蝶');
  });

  it('duplicates with new ids, offset, unlocked, stacked like the originals', () => {
    const doc = applyCommand(three(), { type: 'set-flags', ids: ['a'], locked: true });
    const out = applyCommand(doc, { type: 'duplicate', ids: ['c', 'a'] });
    expect(out.elements).toHaveLength(5);
    const copies = out.elements.slice(3);
    expect(new Set(ids(out)).size).toBe(5);
    expect(copies.map((c) => c.transform.x)).toEqual([5, 45]);
    expect(copies.every((c) => !c.locked)).toBe(true);
    const minted = applyCommand(doc, { type: 'duplicate', ids: ['b'] }, { newId: (_d, prefix) => `${prefix}-copy` });
    expect(ids(minted)).toEqual(['a', 'b', 'c', 'shape-copy']);
  });

  it('pastes elements from another design with fresh ids, onto an existing page', () => {
    const other = withElements(emptyDesign(['front', 'inside']), [{ ...shape('a'), page: 'inside' }, text('t', '你好', {}, { role: 'credit-block' })]);
    const out = applyCommand(three(), { type: 'paste', elements: other.elements, offset: { dx: 1, dy: 1 } });
    const pasted = out.elements.slice(3);
    expect(pasted.map((e) => e.page)).toEqual(['front', 'front']);
    expect(pasted.some((e) => ['a', 'b', 'c', 't'].includes(e.id))).toBe(false);
    // a pasted credit text is ordinary text: only syncCredits makes the protected block
    expect(pasted[1].kind === 'text' && pasted[1].role).toBe('body');
  });
});

describe('set-template-params', () => {
  /** A two-panel flat layout: front and back side by side, each `width` wide and 100 high. */
  const twoPanels = (kind: string, params: TemplateParams): TemplateResult => {
    const w = Number(params.width);
    const panel = (id: string, x: number) =>
      makePanel(id, { zh: id, en: id }, [['M', x, 0], ['L', x + w, 0], ['L', x + w, 100], ['L', x, 100], ['Z']] as TemplateResult['panels'][0]['outline']);
    const panels = params.lid ? [panel('front', 0), panel('back', w), panel('lid', 2 * w)] : [panel('front', 0), panel('back', w)];
    return makeResult(kind, panels.length * w, 100, panels, {});
  };

  it('keeps elements on their panels: fills stay filling, others keep their relative place', () => {
    let doc: Design = withElements(emptyDesign(), [
      pattern('fill', 'm', { x: 100, y: 0, width: 100, height: 100 }, { panelId: 'back' }),
      { ...motif('logo', 'm', { x: 140, y: 20, width: 20, height: 20 }), panelId: 'back' },
      shape('free', { x: 3, y: 3 }),
      { ...shape('gone', { x: 210 }), panelId: 'lid' },
    ]);
    doc = { ...doc, template: { kind: 'two', params: { width: 100, lid: true } } };
    const out = applyCommand(doc, { type: 'set-template-params', params: { width: 60 } }, { generateTemplate: twoPanels });
    expect(out.template).toEqual({ kind: 'two', params: { width: 60 } });
    expect(out.elements[0].transform).toMatchObject({ x: 60, y: 0, width: 60, height: 100 });
    // centre was at 50% across and 30% down the old back panel
    expect(out.elements[1].transform.x + 10).toBeCloseTo(60 + 0.5 * 60, 9);
    expect(out.elements[1].transform.y + 10).toBeCloseTo(30, 9);
    expect(out.elements[1].transform.width).toBe(20);
    expect(out.elements[2]).toBe(doc.elements[2]);
    expect(out.elements[3].panelId).toBeUndefined();
    expect(out.elements[3].transform.x).toBe(210);
  });

  it('turns a generator failure into a translated refusal and keeps the document', () => {
    const doc = { ...emptyDesign(), template: { kind: 'two', params: { width: 100 } } };
    const failing = (kind: string, params: TemplateParams) => {
      if (Number(params.width) <= 0) throw new Error('width must be positive');
      return twoPanels(kind, params);
    };
    expect(codeOf(() => applyCommand(doc, { type: 'set-template-params', params: { width: -5 } }, { generateTemplate: failing }))).toBe('template-params-invalid');
  });
});

describe('set-template-params with the real template generator', () => {
  it('a longer tuck-end box moves the back panel art with its panel and refuses impossible sizes', async () => {
    const { generateTemplate } = await import('../../../../model/templates/index');
    const params = { lengthMm: 80, widthMm: 40, heightMm: 160 };
    const before = generateTemplate('tuck-end', params);
    const back = before.panels.find((p) => p.id === 'back')!;
    let doc: Design = { ...emptyDesign(), template: { kind: 'tuck-end', params } };
    doc = applyCommand(doc, { type: 'add-element', element: { ...shape('bg', back.bounds), panelId: 'back' } });
    doc = applyCommand(doc, { type: 'add-element', element: { ...motif('m', 'x', { x: back.bounds.x + 30, y: back.bounds.y + 20, width: 20, height: 20 }), panelId: 'back' } });

    const out = applyCommand(doc, { type: 'set-template-params', params: { ...params, lengthMm: 100 } });
    const after = generateTemplate('tuck-end', { ...params, lengthMm: 100 });
    const back2 = after.panels.find((p) => p.id === 'back')!;
    expect(back2.bounds.x).not.toBe(back.bounds.x);
    expect(out.elements[0].transform).toMatchObject(back2.bounds);
    // the motif's centre was exactly mid-panel across: it stays mid-panel
    expect(out.elements[1].transform.x + 10).toBeCloseTo(back2.bounds.x + back2.bounds.width / 2, 9);

    expect(codeOf(() => applyCommand(doc, { type: 'set-template-params', params: { ...params, lengthMm: -3 } }))).toMatch(/template/);
  });
});
