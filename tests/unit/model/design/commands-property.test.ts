/**
 * Random edit sessions: whatever the sequence, commands never change the document they are
 * given (it is deep-frozen, so a write would throw), every result is a valid design, and
 * undoing everything then redoing everything replays the exact same documents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import { applyCommand, type Command } from '../../../../model/design/commands/apply';
import { History } from '../../../../model/design/history';
import { DesignSchema, type Design } from '../../../../model/design/schema';
import { emptyDesign, shape } from './helpers';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** A command described by numbers, turned into a real one against the current document. */
const step = fc.record({
  op: fc.integer({ min: 0, max: 9 }),
  pick: fc.nat(),
  pick2: fc.nat(),
  x: fc.double({ min: -50, max: 300, noNaN: true }),
  y: fc.double({ min: -50, max: 300, noNaN: true }),
  angle: fc.double({ min: -360, max: 360, noNaN: true }),
  flag: fc.boolean(),
});

function toCommand(s: ReturnType<typeof step.generate>['value'], doc: Design, n: number): Command {
  const ids = doc.elements.map((e) => e.id);
  const a = ids[s.pick % Math.max(1, ids.length)];
  const b = ids[s.pick2 % Math.max(1, ids.length)];
  if (ids.length === 0 || s.op === 0) return { type: 'add-element', element: shape(`n${n}`, { x: s.x, y: s.y }) };
  switch (s.op) {
    case 1: return { type: 'update-element', id: a, transform: { x: s.x, y: s.y } };
    case 2: return { type: 'update-element', id: a, transform: { rotation: s.angle, flipX: s.flag } };
    case 3: return { type: 'reorder', ids: [a], to: (['forward', 'backward', 'front', 'back'] as const)[s.pick2 % 4] };
    case 4: return { type: 'align', ids: [a, b], edge: (['left', 'center', 'right', 'top', 'middle', 'bottom'] as const)[s.pick2 % 6] };
    case 5: return { type: 'distribute', ids, axis: s.flag ? 'horizontal' : 'vertical' };
    case 6: return { type: 'set-flags', ids: [a], locked: s.flag };
    case 7: return { type: 'duplicate', ids: [a, b] };
    case 8: return { type: 'remove-elements', ids: [a] };
    default: return { type: 'set-flags', ids: [b], hidden: s.flag };
  }
}

describe('random edit sessions', () => {
  it('never mutate, always valid, and undo/redo replays them exactly', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let doc = deepFreeze(emptyDesign());
        const history = new History(doc);
        const states = [doc];
        steps.forEach((s, n) => {
          let next: Design;
          try {
            next = applyCommand(doc, toCommand(s, doc, n));
          } catch (err) {
            // refusals (e.g. editing a locked element) are fine; anything else is a bug
            expect(err).toBeInstanceOf(StudioError);
            return;
          }
          expect(DesignSchema.safeParse(next).success).toBe(true);
          if (next === doc) return;
          doc = deepFreeze(next);
          history.push(doc);
          states.push(doc);
        });
        for (let i = states.length - 2; i >= 0; i--) expect(history.undo()).toBe(states[i]);
        for (let i = 1; i < states.length; i++) expect(history.redo()).toBe(states[i]);
      }),
      { numRuns: 150 },
    );
  });
});
