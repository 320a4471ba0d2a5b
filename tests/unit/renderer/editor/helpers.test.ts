import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../model/design/commands/apply';
import { createDesign } from '../../../../model/design/new-design';
import { generateTemplate } from '../../../../model/templates';
import { ElementClipboard } from '../../../../renderer/editor/clipboard';
import { FontMetricsCache, textsByFont } from '../../../../renderer/editor/font-metrics';
import { freshId, newPattern, newText } from '../../../../renderer/editor/new-elements';
import { actionForKey, isTypingTarget } from '../../../../renderer/editor/shortcuts';
import { guidesFrom, snapBox } from '../../../../renderer/editor/snapping';

describe('shortcuts', () => {
  it('maps the documented keys', () => {
    expect(actionForKey({ key: 'z', ctrlKey: true })).toEqual({ type: 'undo' });
    expect(actionForKey({ key: 'Z', ctrlKey: true, shiftKey: true })).toEqual({ type: 'redo' });
    expect(actionForKey({ key: 'y', ctrlKey: true })).toEqual({ type: 'redo' });
    expect(actionForKey({ key: 'c', metaKey: true })).toEqual({ type: 'copy' });
    expect(actionForKey({ key: 'v', ctrlKey: true })).toEqual({ type: 'paste' });
    expect(actionForKey({ key: 'd', ctrlKey: true })).toEqual({ type: 'duplicate' });
    expect(actionForKey({ key: 'Delete' })).toEqual({ type: 'delete' });
    expect(actionForKey({ key: 'ArrowLeft' })).toEqual({ type: 'nudge', dx: -1, dy: 0 });
    expect(actionForKey({ key: 'ArrowDown', shiftKey: true })).toEqual({ type: 'nudge', dx: 0, dy: 10 });
    expect(actionForKey({ key: 'q' })).toBeUndefined();
  });

  it('leaves keys to text fields', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'CANVAS' })).toBe(false);
  });
});

describe('snapping', () => {
  const guides = guidesFrom([{ x: 0, y: 0, width: 100, height: 50 }]);
  it('pulls the nearest edge or centre within the threshold', () => {
    // left edge at 1.5 is 1.5 from the guide at 0; centre at 11.5 is not near 50
    expect(snapBox({ x: 1.5, y: 20, width: 20, height: 10 }, guides, 2)).toMatchObject({ dx: -1.5, guideX: 0 });
    // centre 49 -> 50 (1 away) beats nothing else
    expect(snapBox({ x: 39, y: 10, width: 20, height: 10 }, guides, 2)).toMatchObject({ dx: 1, guideX: 50 });
    // bottom 48.5 -> 50
    expect(snapBox({ x: 30, y: 38.5, width: 20, height: 10 }, guides, 2)).toMatchObject({ dy: 1.5, guideY: 50 });
  });
  it('does nothing outside the threshold', () => {
    expect(snapBox({ x: 5, y: 5, width: 10, height: 10 }, guides, 2)).toEqual({ dx: 0, dy: 0 });
  });
});

describe('clipboard', () => {
  it('pastes deep copies with growing offsets and new ids', () => {
    const t = generateTemplate('label-rect', {});
    let doc = createDesign({ name: 'x', template: { kind: 'label-rect', params: {} } });
    const el = newText({ doc, template: t, page: 'front' }, '苗绣');
    doc = applyCommand(doc, { type: 'add-element', element: el });
    const clip = new ElementClipboard();
    expect(clip.pasteCommand()).toBeUndefined();
    expect(clip.copy(doc, [el.id])).toBe(1);
    // changing the original after copying does not change what is pasted
    doc = applyCommand(doc, { type: 'update-element', id: el.id, props: { text: '蜡染' } });
    const p1 = clip.pasteCommand()!;
    doc = applyCommand(doc, p1);
    const p2 = clip.pasteCommand()!;
    doc = applyCommand(doc, p2);
    expect(doc.elements).toHaveLength(3);
    const [orig, c1, c2] = doc.elements;
    expect(new Set([orig.id, c1.id, c2.id]).size).toBe(3);
    expect(c1.kind === 'text' && c1.text).toBe('苗绣');
    expect(c1.transform.x - orig.transform.x).toBeCloseTo(5);
    expect(c2.transform.x - orig.transform.x).toBeCloseTo(10);
  });
});

describe('new elements', () => {
  it('are valid model elements, placed on the chosen panel', () => {
    const t = generateTemplate('tuck-end', { lengthMm: 80, widthMm: 40, heightMm: 160 });
    let doc = createDesign({ name: 'box', template: { kind: 'tuck-end', params: { lengthMm: 80, widthMm: 40, heightMm: 160 } } });
    const front = t.panels.find((p) => p.id === 'front')!;
    const text = newText({ doc, template: t, page: 'front' }, '雷山银球茶', 'vertical');
    doc = applyCommand(doc, { type: 'add-element', element: text });
    expect(text.panelId).toBe('front');
    const cx = text.transform.x + text.transform.width / 2;
    expect(cx).toBeCloseTo(front.bounds.x + front.bounds.width / 2);
    const border = newPattern({ doc, template: t, page: 'front', panelId: 'front' }, 'm1', '蝴蝶', 'border');
    doc = applyCommand(doc, { type: 'add-element', element: border });
    expect(border.transform).toMatchObject({ x: front.bounds.x, y: front.bounds.y, width: front.bounds.width, height: front.bounds.height });
    expect(freshId(doc, 'text')).not.toBe(text.id);
  });
});

describe('font metrics cache', () => {
  it('asks only for characters it lacks and treats unknown ones as missing', () => {
    const cache = new FontMetricsCache();
    expect(cache.needed('f', '苗苗绣\n')).toBe('苗绣');
    cache.merge({ fontId: 'f', unitsPerEm: 1000, ascender: 900, descender: -200, advances: { [String('苗'.codePointAt(0))]: 1000 }, missing: ['绣'.codePointAt(0)!] });
    expect(cache.needed('f', '苗绣A')).toBe('A');
    const m = cache.metrics('f')!;
    expect(m.advance('苗'.codePointAt(0)!)).toBe(1000);
    expect(m.hasGlyph('绣'.codePointAt(0)!)).toBe(false);
    expect(m.advance(65)).toBe(0);
  });
  it('collects texts per font', () => {
    const map = textsByFont([{ kind: 'text', fontId: 'a', text: 'x' }, { kind: 'text', fontId: 'a', text: 'y' }, { kind: 'barcode' }], 'b');
    expect(map.get('a')).toBe('xy');
    expect(map.get('b')).toContain('0123456789');
  });
});
