import { describe, expect, it } from 'vitest';
import { createDesign } from '../../../../model/design/new-design';
import type { Design, Element } from '../../../../model/design/schema';
import { StudioError } from '../../../../model/localized';
import { EditorStore } from '../../../../renderer/editor/store';

function rect(id: string, x = 10, y = 10): Element {
  return {
    id,
    kind: 'shape',
    name: id,
    page: 'front',
    transform: { x, y, width: 20, height: 10, rotation: 0 },
    opacity: 1,
    locked: false,
    hidden: false,
    shape: 'rect',
    fill: { cmyk: { c: 0, m: 0, y: 0, k: 100 } },
  };
}

function design(): Design {
  return createDesign({ id: 'd1', name: 'test', template: { kind: 'label-rect', params: {} }, now: '2026-01-01T00:00:00.000Z' });
}

describe('EditorStore', () => {
  it('applies commands through the model and undoes/redoes them one by one', () => {
    const store = new EditorStore(design());
    store.dispatch({ type: 'add-element', element: rect('a') });
    store.dispatch({ type: 'add-element', element: rect('b', 40) });
    expect(store.doc.elements.map((e) => e.id)).toEqual(['a', 'b']);
    store.undo();
    expect(store.doc.elements.map((e) => e.id)).toEqual(['a']);
    store.undo();
    expect(store.doc.elements).toEqual([]);
    expect(store.getSnapshot().canUndo).toBe(false);
    store.redo();
    store.redo();
    expect(store.doc.elements.map((e) => e.id)).toEqual(['a', 'b']);
    expect(store.getSnapshot().canRedo).toBe(false);
  });

  it('folds a whole drag into one undo step and Escape puts it back', () => {
    const store = new EditorStore(design());
    store.dispatch({ type: 'add-element', element: rect('a') });
    store.beginGesture('move');
    for (let i = 1; i <= 5; i++) store.dispatch({ type: 'update-element', id: 'a', transform: { x: 10 + i } });
    store.endGesture();
    expect(store.doc.elements[0].transform.x).toBe(15);
    store.undo();
    expect(store.doc.elements[0].transform.x).toBe(10);

    store.beginGesture('move');
    store.dispatch({ type: 'update-element', id: 'a', transform: { x: 99 } });
    store.cancelGesture();
    expect(store.doc.elements[0].transform.x).toBe(10);
    // nothing to redo after a cancelled gesture except the undone drag
    store.redo();
    expect(store.doc.elements[0].transform.x).toBe(15);
  });

  it('refuses a command the model refuses and leaves the document as it was', () => {
    const store = new EditorStore(design());
    const a = { ...rect('a'), locked: true };
    store.dispatch({ type: 'add-element', element: a });
    const before = store.doc;
    expect(() => store.dispatch({ type: 'remove-elements', ids: ['a'] })).toThrow(StudioError);
    expect(store.doc).toBe(before);
  });

  it('drops deleted elements from the selection and notifies listeners once per change', () => {
    const store = new EditorStore(design());
    let calls = 0;
    const docs: string[] = [];
    store.subscribe(() => calls++);
    store.onDocChange((d, reason) => docs.push(`${reason}:${d.elements.length}`));
    store.dispatch({ type: 'add-element', element: rect('a') });
    store.dispatch({ type: 'add-element', element: rect('b') });
    store.select(['a', 'b', 'nope']);
    expect(store.selection).toEqual(['a', 'b']);
    store.dispatch({ type: 'remove-elements', ids: ['a'] });
    expect(store.selection).toEqual(['b']);
    store.undo();
    expect(docs).toEqual(['edit:1', 'edit:2', 'edit:1', 'undo:2']);
    expect(calls).toBe(5);
    // the snapshot object changes only when something changed (React's useSyncExternalStore)
    const snap = store.getSnapshot();
    store.select(['b']);
    expect(store.getSnapshot()).toBe(snap);
  });

  it('load() replaces the document without an undo step', () => {
    const store = new EditorStore(design());
    store.dispatch({ type: 'add-element', element: rect('a') });
    const other = { ...design(), id: 'd2' };
    store.load(other);
    expect(store.doc).toBe(other);
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it('keeps at most the history limit of steps', () => {
    const store = new EditorStore(design(), { limit: 5 });
    store.dispatch({ type: 'add-element', element: rect('a') });
    for (let i = 0; i < 10; i++) store.dispatch({ type: 'update-element', id: 'a', transform: { x: i } });
    let undos = 0;
    while (store.getSnapshot().canUndo) {
      store.undo();
      undos++;
    }
    expect(undos).toBe(5);
    expect(store.doc.elements[0].transform.x).toBe(4);
  });
});
