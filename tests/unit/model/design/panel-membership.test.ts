/**
 * An element belongs to the panel under its centre: every command that moves, resizes, rotates,
 * re-pages or adds elements recomputes panelId, and preflight's safe-area warning then names the
 * panel the element actually sits on. Run on the tea-box sample (a real template with side panels).
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../../model/design/commands/apply';
import { elementBounds } from '../../../../model/design/geometry';
import { panelAt, panelUnderCentre } from '../../../../model/design/panel-membership';
import type { Design, Element } from '../../../../model/design/schema';
import { generateTemplate } from '../../../../model/templates';
import { ALL_SAMPLES } from '../../../helpers/shipped-samples';
import { preflight, sample } from '../preflight/helpers';

const box = () => sample('tuck-end-tea-box');
const template = (d: Design) => generateTemplate(d.template.kind, d.template.params);
const panel = (d: Design, id: string) => template(d).panels.find((p) => p.id === id)!.bounds;
const el = (d: Design, id: string) => d.elements.find((e) => e.id === id)!;
/** A transform whose centre sits at the centre of panel `id`, keeping the element's size. */
const centredOn = (d: Design, elementId: string, panelId: string) => {
  const b = panel(d, panelId);
  const t = el(d, elementId).transform;
  return { x: b.x + b.width / 2 - t.width / 2, y: b.y + b.height / 2 - t.height / 2 };
};

describe('panel membership', () => {
  it('every command that places or moves elements leaves each one on the panel under its centre', () => {
    const d = box();
    const side = panel(d, 'side-right');
    const cases: [string, Command, string[]][] = [
      ['update-element (move)', { type: 'update-element', id: 'jiyu-bird', transform: centredOn(d, 'jiyu-bird', 'side-right') }, ['jiyu-bird']],
      ['update-element (resize)', { type: 'update-element', id: 'title', transform: { width: el(d, 'title').transform.width + 2 * (panel(d, 'side-right').x - el(d, 'title').transform.x) } }, ['title']],
      ['align to a panel', { type: 'align', ids: ['jiyu-bird'], edge: 'left', to: side }, ['jiyu-bird']],
      ['distribute', { type: 'distribute', ids: ['title', 'jiyu-bird', 'story'], axis: 'horizontal' }, ['title', 'jiyu-bird', 'story']],
      ['duplicate with an offset', { type: 'duplicate', ids: ['jiyu-bird'], offset: { dx: side.x - el(d, 'jiyu-bird').transform.x + 2, dy: 0 } }, []],
      ['paste', { type: 'paste', elements: [{ ...el(d, 'jiyu-bird'), transform: { ...el(d, 'jiyu-bird').transform, ...centredOn(d, 'jiyu-bird', 'side-right') } }] }, []],
      ['add-element with a stale panelId', { type: 'add-element', element: { ...el(d, 'jiyu-bird'), id: 'new-bird', panelId: 'back', transform: { ...el(d, 'jiyu-bird').transform, ...centredOn(d, 'jiyu-bird', 'side-left') } } } as Command, ['new-bird']],
    ];
    const t = template(d);
    for (const [label, cmd, ids] of cases) {
      const next = applyCommand(d, cmd);
      const changed = next.elements.filter((e) => !d.elements.includes(e));
      expect(changed.length, label).toBeGreaterThan(0);
      for (const e of changed) {
        const b = elementBounds(e.transform);
        const expected = panelAt(t.panels, e.page, b.x + b.width / 2, b.y + b.height / 2)?.id;
        expect(e.panelId, `${label}: ${e.id}`).toBe(expected);
      }
      for (const id of ids) expect(el(next, id).panelId, label).toBe(panelUnderCentre(t.panels, 'front', el(next, id).transform)?.id);
    }
  });

  it('a motif dragged from the back onto the side panel belongs to the side panel, and its safe-area warning says so', () => {
    const d = box();
    expect(el(d, 'jiyu-bird').panelId).toBe('back');
    const side = panel(d, 'side-right');
    // centre on the side panel, but poking out of its safe area on the left
    const moved = applyCommand(d, { type: 'update-element', id: 'jiyu-bird', transform: { x: side.x - 3, y: side.y + 40 } });
    const bird = el(moved, 'jiyu-bird');
    expect(bird.panelId).toBe('side-right');
    const warning = preflight(moved).warnings.find((w) => w.code === 'layout.outside-safe-area' && w.where.elementId === 'jiyu-bird');
    expect(warning?.where.panelId).toBe('side-right');
    // rotating about its centre keeps it there; untouched elements keep their object identity
    const turned = applyCommand(moved, { type: 'update-element', id: 'jiyu-bird', transform: { rotation: 30 } });
    expect(el(turned, 'jiyu-bird').panelId).toBe('side-right');
    expect(el(turned, 'title')).toBe(el(moved, 'title'));
  });

  it('an element whose centre is on no panel (out on the pasteboard) belongs to none', () => {
    const d = box();
    const t = template(d);
    const away = applyCommand(d, { type: 'update-element', id: 'jiyu-bird', transform: { x: t.width + 40, y: -60 } });
    expect(el(away, 'jiyu-bird').panelId).toBeUndefined();
    const back = applyCommand(away, { type: 'update-element', id: 'jiyu-bird', transform: el(d, 'jiyu-bird').transform });
    expect(el(back, 'jiyu-bird').panelId).toBe('back');
  });

  it('the samples already agree with the rule (no element is tied to a panel it is not on)', () => {
    for (const name of ALL_SAMPLES) {
      const d = sample(name);
      const t = template(d);
      for (const e of d.elements as Element[]) {
        const under = panelUnderCentre(t.panels, e.page, e.transform)?.id;
        if (under) expect(e.panelId, `${name}: ${e.id}`).toBe(under);
      }
    }
  });
});
