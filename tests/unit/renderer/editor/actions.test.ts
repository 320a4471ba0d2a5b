import { describe, expect, it } from 'vitest';
import { createDesign } from '../../../../model/design/new-design';
import type { MotifRecord } from '../../../../model/motif/schema';
import { StudioError } from '../../../../model/localized';
import { generateTemplate } from '../../../../model/templates';
import { creditPlacement, knownCredits, newIds, nudgeCommands, runWithCredits } from '../../../../renderer/editor/actions';
import { newMotif, newShape } from '../../../../renderer/editor/new-elements';
import { EditorStore } from '../../../../renderer/editor/store';

const params = { lengthMm: 80, widthMm: 40, heightMm: 160 };
const template = generateTemplate('tuck-end', params);

/** just the fields requiredCreditLine reads */
function record(id: string, usageLabel: MotifRecord['usageLabel'], credit?: { zh: string; en: string }): MotifRecord {
  return { id, usageLabel, ...(credit ? { creditLine: credit } : {}) } as unknown as MotifRecord;
}

const CREDIT = { zh: '图案：雷山苗族社区', en: 'Motif: Leishan Miao community' };
const motifs = new Map([
  ['m-attr', { record: record('m-attr', 'attribution', CREDIT) }],
  ['m-open', { record: record('m-open', 'open-commercial') }],
]);
const source = { motif: (id: string) => motifs.get(id) };

function start() {
  return new EditorStore(createDesign({ name: 'box', template: { kind: 'tuck-end', params } }));
}

describe('runWithCredits', () => {
  it('placing an attribution motif adds the credit block in the same undo step', () => {
    const store = start();
    const el = newMotif({ doc: store.doc, template, page: 'front' }, 'm-attr', '蝴蝶', 1);
    runWithCredits(store, [{ type: 'add-element', element: el }], source, template, 'front');
    const doc = store.doc;
    expect(doc.credits.lines).toEqual([{ motifId: 'm-attr', text: CREDIT }]);
    const block = doc.elements.find((e) => e.id === doc.credits.blockId);
    expect(block?.kind === 'text' && block.text).toContain(CREDIT.zh);
    // the block goes on the back panel, inside its safe area
    const back = template.panels.find((p) => p.id === 'back')!;
    expect(block?.panelId).toBe('back');
    expect(block!.transform.x).toBeGreaterThanOrEqual(back.bounds.x + template.safeMm);
    expect(block!.transform.y + block!.transform.height).toBeLessThanOrEqual(back.bounds.y + back.bounds.height - template.safeMm + 1e-9);
    store.undo();
    expect(store.doc.elements).toEqual([]);
    expect(store.doc.credits.blockId).toBeNull();
  });

  it('an open motif brings no credit; removing the last attribution motif removes its block', () => {
    const store = start();
    const open = newMotif({ doc: store.doc, template, page: 'front' }, 'm-open', '鱼', 1);
    runWithCredits(store, [{ type: 'add-element', element: open }], source, template, 'front');
    expect(store.doc.credits.blockId).toBeNull();
    const attr = newMotif({ doc: store.doc, template, page: 'front' }, 'm-attr', '蝴蝶', 1);
    runWithCredits(store, [{ type: 'add-element', element: attr }], source, template, 'front');
    const blockId = store.doc.credits.blockId!;
    // the block itself cannot go while the butterfly is placed
    expect(() => runWithCredits(store, [{ type: 'remove-elements', ids: [blockId] }], source, template, 'front')).toThrow(StudioError);
    runWithCredits(store, [{ type: 'remove-elements', ids: [attr.id] }], source, template, 'front');
    expect(store.doc.credits).toEqual({ blockId: null, lines: [] });
    expect(store.doc.elements.map((e) => e.id)).toEqual([open.id]);
  });

  it('edits that do not change the placed motifs are plain commands', () => {
    const store = start();
    const shape = newShape({ doc: store.doc, template, page: 'front' }, 'rect');
    const before = store.doc;
    runWithCredits(store, [{ type: 'add-element', element: shape }], source, template, 'front');
    expect(newIds(before, store.doc)).toEqual([shape.id]);
    expect(store.doc.credits).toBe(before.credits);
  });
});

describe('helpers', () => {
  it('knownCredits falls back to the lines stored in the document', () => {
    const store = start();
    const el = newMotif({ doc: store.doc, template, page: 'front' }, 'm-attr', '蝴蝶', 1);
    runWithCredits(store, [{ type: 'add-element', element: el }], source, template, 'front');
    expect(knownCredits(store.doc, { motif: () => undefined })).toEqual([{ motifId: 'm-attr', text: CREDIT }]);
  });

  it('nudge skips locked elements', () => {
    const store = start();
    const a = newShape({ doc: store.doc, template, page: 'front' }, 'rect');
    store.dispatch({ type: 'add-element', element: a });
    const b = { ...newShape({ doc: store.doc, template, page: 'front' }, 'ellipse'), locked: true };
    store.dispatch({ type: 'add-element', element: b });
    const cmds = nudgeCommands(store.doc, [a.id, b.id], 1, -10);
    expect(cmds).toEqual([{ type: 'update-element', id: a.id, transform: { x: a.transform.x + 1, y: a.transform.y - 10 } }]);
  });

  it('creditPlacement falls back to a printable panel when there is no back', () => {
    const label = generateTemplate('label-rect', {});
    const p = creditPlacement(label, 'front');
    expect(p.page).toBe('front');
    expect(p.transform!.width).toBeGreaterThan(0);
  });
});
