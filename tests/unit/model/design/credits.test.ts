import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import { applyCommand } from '../../../../model/design/commands/apply';
import { creditProblem, syncCredits, type MotifCredit } from '../../../../model/design/commands/credits';
import type { Design, TextElement } from '../../../../model/design/schema';
import { emptyDesign, motif, pattern, shape, withElements } from './helpers';

const BUTTERFLY: MotifCredit = { motifId: 'butterfly', text: { zh: '蝴蝶妈妈纹样：施洞刺绣合作社', en: 'Butterfly Mother motif: Shidong embroidery cooperative' } };
const FISH: MotifCredit = { motifId: 'fish', text: { zh: '鱼纹：榕江蜡染', en: 'Fish motif: Rongjiang batik' } };

function refusal(fn: () => unknown): StudioError {
  try {
    fn();
  } catch (err) {
    if (err instanceof StudioError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

const block = (doc: Design) => doc.elements.find((e) => e.id === doc.credits.blockId) as TextElement;

function credited(): Design {
  const doc = withElements(emptyDesign(), [shape('bg'), motif('m1', 'butterfly'), pattern('p1', 'fish', { width: 50, height: 50 })]);
  return syncCredits(doc, [BUTTERFLY, FISH, { motifId: 'not-placed', text: { zh: '无', en: 'none' } }]);
}

describe('credit block', () => {
  it('is created with exactly the lines of the placed motifs that need credit', () => {
    const doc = credited();
    const b = block(doc);
    expect(b.role).toBe('credit-block');
    expect(b.text).toBe(`${BUTTERFLY.text.zh}\n${BUTTERFLY.text.en}\n${FISH.text.zh}\n${FISH.text.en}`);
    expect(doc.credits.lines.map((l) => l.motifId)).toEqual(['butterfly', 'fish']);
    expect(creditProblem(doc)).toBeNull();
    // syncing again with the same lines changes nothing
    expect(block(syncCredits(doc, [BUTTERFLY, FISH]))).toBe(b);
  });

  it('cannot be removed while a motif that needs credit is placed, with the reason in both languages', () => {
    const doc = credited();
    const err = refusal(() => applyCommand(doc, { type: 'remove-elements', ids: [doc.credits.blockId as string] }));
    expect(err.code).toBe('credit-block-required');
    expect(err.localized.zh).toContain('蝴蝶妈妈纹样');
    expect(err.localized.zh).toContain('先移除');
    expect(err.localized.en).toContain('Butterfly Mother motif');
    expect(err.localized.en).toContain('Remove those motifs first');
  });

  it('cannot be hidden or lose a credit line, but may gain words', () => {
    const doc = credited();
    const id = doc.credits.blockId as string;
    expect(refusal(() => applyCommand(doc, { type: 'set-flags', ids: [id], hidden: true })).code).toBe('credit-block-hidden');
    expect(refusal(() => applyCommand(doc, { type: 'update-element', id, props: { text: '谢谢' } })).code).toBe('credit-line-missing');
    const longer = applyCommand(doc, { type: 'update-element', id, props: { text: `${block(doc).text}\n感谢所有绣娘` } });
    expect(block(longer).text).toContain('感谢所有绣娘');
  });

  it('may be removed together with the motifs, or once they are gone', () => {
    const doc = credited();
    const id = doc.credits.blockId as string;
    const together = applyCommand(doc, { type: 'remove-elements', ids: ['m1', 'p1', id] });
    expect(together.credits.blockId).toBeNull();
    const motifsGone = applyCommand(doc, { type: 'remove-elements', ids: ['m1', 'p1'] });
    expect(applyCommand(motifsGone, { type: 'remove-elements', ids: [id] }).elements.map((e) => e.id)).toEqual(['bg']);
    // removing only one of the two motifs still leaves a credit that must print
    const oneLeft = applyCommand(doc, { type: 'remove-elements', ids: ['m1'] });
    expect(refusal(() => applyCommand(oneLeft, { type: 'remove-elements', ids: [id] })).code).toBe('credit-block-required');
  });

  it('follows the motifs: sync drops lines of removed motifs and the block when none are left', () => {
    const doc = applyCommand(credited(), { type: 'remove-elements', ids: ['p1'] });
    const synced = syncCredits(doc, [BUTTERFLY, FISH]);
    expect(block(synced).text).toBe(`${BUTTERFLY.text.zh}\n${BUTTERFLY.text.en}`);
    const none = syncCredits(applyCommand(synced, { type: 'remove-elements', ids: ['m1'] }), [BUTTERFLY, FISH]);
    expect(none.credits).toEqual({ blockId: null, lines: [] });
    expect(none.elements.map((e) => e.id)).toEqual(['bg']);
  });

  it('a block the user hid comes back when sync finds it is needed', () => {
    const doc = credited();
    const hiddenByOldFile: Design = { ...doc, elements: doc.elements.map((e) => (e.id === doc.credits.blockId ? { ...e, hidden: true } : e)) };
    expect(creditProblem(hiddenByOldFile)?.code).toBe('credit-block-hidden');
    // an already-broken document can still be edited (e.g. to fix it) ...
    expect(() => applyCommand(hiddenByOldFile, { type: 'rename', id: 'bg', name: '底' })).not.toThrow();
    // ... and sync repairs it
    expect(block(syncCredits(hiddenByOldFile, [BUTTERFLY, FISH])).hidden).toBe(false);
  });

  it('runs as a command too, so placing a motif and crediting it is one undo step', () => {
    const start = withElements(emptyDesign(), [shape('bg')]);
    const placed = applyCommand(start, { type: 'add-element', element: motif('m1', 'butterfly') });
    const out = applyCommand(placed, {
      type: 'sync-credits',
      credits: [BUTTERFLY],
      placement: { transform: { x: 2, y: 90, width: 50, height: 8, rotation: 0 }, sizePt: 5 },
    });
    const b = block(out);
    expect(b.transform.y).toBe(90);
    expect(b.sizePt).toBe(5);
    expect(b.text).toContain(BUTTERFLY.text.en);
    expect(out.elements.map((e) => e.id)).toEqual(['bg', 'm1', b.id]);
  });
});
