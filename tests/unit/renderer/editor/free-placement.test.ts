/**
 * New elements and the guided path's texts go into free space of the panel (one rule,
 * model/design/free-space.ts): after a motif sits in the middle of the box front, the name and
 * the story land beside and below it, never over it.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../model/design/commands/apply';
import { elementBounds } from '../../../../model/design/geometry';
import { createDesign } from '../../../../model/design/new-design';
import type { Design, Element } from '../../../../model/design/schema';
import { safeAreaOfPanel } from '../../../../model/design/free-space';
import { generateTemplate } from '../../../../model/templates';
import { newMotif, newQr, newText, newTextInFreeSpace } from '../../../../renderer/editor/new-elements';

const overlap = (a: Element, b: Element) => {
  const A = elementBounds(a.transform);
  const B = elementBounds(b.transform);
  return A.x < B.x + B.width && B.x < A.x + A.width && A.y < B.y + B.height && B.y < A.y + A.height;
};
const within = (e: Element, r: { x: number; y: number; width: number; height: number }) => {
  const b = elementBounds(e.transform);
  return b.x >= r.x - 1e-6 && b.y >= r.y - 1e-6 && b.x + b.width <= r.x + r.width + 1e-6 && b.y + b.height <= r.y + r.height + 1e-6;
};

describe('placement into free space', () => {
  const doc0 = createDesign({ name: 'box', template: { kind: 'tuck-end', params: {} } });
  const template = generateTemplate(doc0.template.kind, doc0.template.params);
  const add = (doc: Design, el: Element) => applyCommand(doc, { type: 'add-element', element: el });

  it('guided path: a name (vertical) and a story placed after a big motif cover neither it nor each other', () => {
    let doc = doc0;
    const motif = newMotif({ doc, template, page: 'front' }, 'm', '蝴蝶妈妈', 1);
    // the user made the motif big, as in the guided path's step 3
    doc = add(doc, { ...motif, transform: { ...motif.transform, width: 50, height: 50, x: motif.transform.x - 10, y: motif.transform.y - 10 } });
    const name = newTextInFreeSpace({ doc, template, page: 'front' }, '雷山银球茶', 'vertical', 22);
    doc = add(doc, name);
    const story = newTextInFreeSpace({ doc, template, page: 'front' }, '银球茶产自雷山县，由当地苗族茶农手工揉制成球。', 'horizontal', 9);
    doc = add(doc, story);
    const [m, n, s] = doc.elements;
    expect(overlap(n, m)).toBe(false);
    expect(overlap(s, m)).toBe(false);
    expect(overlap(s, n)).toBe(false);
    const safe = safeAreaOfPanel(template, 'front');
    for (const e of [n, s]) expect(within(e, safe)).toBe(true);
    expect(n.panelId).toBe('front');
    expect(s.kind === 'text' && s.sizePt).toBe(9);
  });

  it('composer tools: each new text or code goes next to the ones before, not on top of them', () => {
    let doc = doc0;
    const placed: Element[] = [];
    for (let i = 0; i < 4; i++) {
      const el = i % 2 ? newQr({ doc, template, page: 'front' }, 'https://example.org/x') : newText({ doc, template, page: 'front' }, `文字 ${i}`);
      for (const p of placed) expect(overlap(el, p), `${el.id} over ${p.id}`).toBe(false);
      doc = add(doc, el);
      placed.push(el);
    }
  });
});
