import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../../model/design/commands/apply';
import { History } from '../../../../model/design/history';
import type { Design } from '../../../../model/design/schema';
import { emptyDesign, shape } from './helpers';

/** A varied, repeatable stream of 150 edits (each one changes the document). */
function commandFor(i: number, doc: Design): Command {
  const existing = doc.elements.map((e) => e.id);
  const pickEl = doc.elements[(i * 7) % Math.max(1, existing.length)];
  const pick = pickEl?.id;
  switch (i % 5) {
    case 0: return { type: 'add-element', element: shape(`s${i}`, { x: i, y: i / 2 }) };
    case 1: return { type: 'update-element', id: pick, transform: { x: i * 1.5, y: 200 - i } };
    case 2: return { type: 'update-element', id: pick, transform: { rotation: (i * 13) % 360 } };
    case 3:
      return existing.length >= 2
        ? { type: 'reorder', ids: [existing[existing.length - 1]], to: 'back' }
        : { type: 'rename', id: pick, name: `n${i}` };
    default: return { type: 'set-flags', ids: [pick], hidden: !pickEl.hidden };
  }
}

describe('history', () => {
  it('150 commands, undo 100, redo 100: every step gives back the same documents', () => {
    let doc = emptyDesign();
    const history = new History(doc);
    const states: Design[] = [doc];
    for (let i = 0; i < 150; i++) {
      const next = applyCommand(doc, commandFor(i, doc));
      expect(next).not.toBe(doc);
      doc = next;
      history.push(doc, 'record', `step ${i}`);
      states.push(history.present);
    }
    expect(history.undoDepth).toBe(150);
    for (let n = 1; n <= 100; n++) {
      expect(history.undo()).toBe(states[150 - n]);
    }
    expect(history.undoLabel).toBe('step 49');
    const snapshot = JSON.stringify(states[50]);
    expect(JSON.stringify(history.present)).toBe(snapshot);
    for (let n = 1; n <= 100; n++) {
      expect(history.redo()).toBe(states[50 + n]);
    }
    expect(history.present).toBe(states[150]);
    expect(history.canRedo).toBe(false);
    expect(history.undoLabel).toBe('step 149');
  });

  it('keeps at most 200 steps', () => {
    let doc = emptyDesign();
    const history = new History(doc);
    const states = [doc];
    for (let i = 0; i < 260; i++) {
      doc = applyCommand(doc, { type: 'add-element', element: shape(`e${i}`) });
      history.push(doc);
      states.push(doc);
    }
    expect(history.undoDepth).toBe(200);
    for (let n = 0; n < 250; n++) history.undo();
    expect(history.present).toBe(states[60]);
    expect(history.canUndo).toBe(false);
  });

  it('a new edit after undo drops the redo branch', () => {
    const d0 = emptyDesign();
    const h = new History(d0);
    const d1 = applyCommand(d0, { type: 'add-element', element: shape('a') });
    const d2 = applyCommand(d1, { type: 'add-element', element: shape('b') });
    h.push(d1);
    h.push(d2);
    h.undo();
    const d3 = applyCommand(d1, { type: 'add-element', element: shape('c') });
    h.push(d3);
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe(d1);
    expect(h.undo()).toBe(d0);
  });

  it('a drag is one undo step; Escape bails back to the mark with nothing to redo', () => {
    const d0: Design = { ...emptyDesign(), elements: [shape('a')] };
    const h = new History(d0);
    let doc = d0;
    const drag = h.mark('移动 move');
    for (let x = 1; x <= 30; x++) {
      doc = applyCommand(doc, { type: 'update-element', id: 'a', transform: { x } });
      h.push(doc);
    }
    h.commit(drag);
    expect(h.undoDepth).toBe(1);
    expect(h.undoLabel).toBe('移动 move');
    expect(h.undo()).toBe(d0);
    expect(h.redo().elements[0].transform.x).toBe(30);

    const before = h.present;
    const cancelled = h.mark('旋转 rotate');
    h.push(applyCommand(before, { type: 'update-element', id: 'a', transform: { rotation: 40 } }));
    h.bailToMark(cancelled);
    expect(h.present).toBe(before);
    expect(h.canRedo).toBe(false);
    expect(h.undoDepth).toBe(1);
  });

  it('loading and autosave echoes are not undoable', () => {
    const d0 = emptyDesign();
    const h = new History(d0);
    const d1 = applyCommand(d0, { type: 'add-element', element: shape('a') });
    h.push(d1);
    const echo = { ...d1, updatedAt: '2026-11-28T13:00:00.000Z' };
    h.push(echo, 'ignore');
    expect(h.present).toBe(echo);
    expect(h.undoDepth).toBe(1);
    expect(h.undo()).toBe(d0);

    const loaded = { ...emptyDesign(), id: 'other' };
    h.reset(loaded);
    expect(h.present).toBe(loaded);
    expect(h.canUndo).toBe(false);
    expect(h.canRedo).toBe(false);
  });

  it('Undo in the middle of a gesture cancels the gesture first; nested marks fold into the outer step', () => {
    const d0: Design = { ...emptyDesign(), elements: [shape('a')] };
    const h = new History(d0);
    const d1 = applyCommand(d0, { type: 'update-element', id: 'a', transform: { x: 1 } });
    h.push(d1, 'record', 'nudge');
    h.mark('drag');
    h.push(applyCommand(d1, { type: 'update-element', id: 'a', transform: { x: 9 } }));
    expect(h.undo()).toBe(d1);
    expect(h.undo()).toBe(d0);

    const h2 = new History(d0);
    const outer = h2.mark('transform');
    const inner = h2.mark('rotate');
    const r = applyCommand(d0, { type: 'update-element', id: 'a', transform: { rotation: 10 } });
    h2.push(r);
    h2.commit(inner);
    expect(h2.undoDepth).toBe(0);
    const m = applyCommand(r, { type: 'update-element', id: 'a', transform: { x: 4 } });
    h2.push(m);
    h2.commit(outer);
    expect(h2.undoDepth).toBe(1);
    expect(h2.undoLabel).toBe('transform');
    expect(h2.undo()).toBe(d0);
    expect(h2.redo()).toBe(m);
  });
});
