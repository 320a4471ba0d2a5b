import { describe, expect, it } from 'vitest';
import { ElementClipboard, gatePaste } from '../../../../renderer/editor/clipboard';
import type { Design, Element } from '../../../../model/design/schema';
import type { MotifRecord } from '../../../../model/motif/schema';
import { validRecord } from '../../model/motif/helpers';

const motifEl = (id: string, motifId: string): Element =>
  ({ id, kind: 'motif', name: id, page: 'front', transform: { x: 0, y: 0, width: 10, height: 10, rotation: 0 }, opacity: 1, locked: false, hidden: false, motifId, colourMap: {} }) as Element;
const textEl = { id: 't', kind: 'text', name: 't', page: 'front', transform: { x: 0, y: 0, width: 10, height: 10, rotation: 0 }, opacity: 1, locked: false, hidden: false, text: 'hi', fontId: 'x', sizePt: 8, lineHeight: 1.2, align: 'start', direction: 'horizontal', colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } } } as unknown as Element;

describe('clipboard paste into another design goes through the motif gate', () => {
  const records: Record<string, MotifRecord> = {
    open: validRecord({ id: '00000000-0000-4000-8000-000000000001', usageLabel: 'open-commercial' }),
    community: validRecord({ id: '00000000-0000-4000-8000-000000000002', usageLabel: 'community-only' }),
    sensitive: validRecord({ id: '00000000-0000-4000-8000-000000000003', usageLabel: 'culturally-sensitive' }),
  };
  const copyOf = (els: Element[]) => {
    const clip = new ElementClipboard();
    clip.copy({ elements: els } as Design, els.map((e) => e.id));
    return clip.pasteCommand()!;
  };

  it('keeps allowed motifs and other elements; leaves out refused ones (community-only on a commercial product, unknown / hidden motifs) with their reasons', () => {
    const cmd = copyOf([motifEl('a', records.open.id), motifEl('b', records.community.id), motifEl('c', 'hidden-or-secret'), textEl]);
    const gated = gatePaste(cmd, (id) => Object.values(records).find((r) => r.id === id), { productKind: 'craft' });
    expect(gated.command?.elements.map((e) => e.id)).toEqual(['a', 't']);
    expect(gated.refused.map((r) => r.name)).toEqual(['b', 'c']);
    expect(gated.refused[0].reason.zh).toContain('不能用在出售的商品上');
    expect(gated.needsConfirmation).toEqual([]);
  });

  it('holds the whole paste until the user confirms a culturally sensitive motif, as placing it does', () => {
    const cmd = copyOf([motifEl('a', records.open.id), motifEl('s', records.sensitive.id)]);
    const recordOf = (id: string) => Object.values(records).find((r) => r.id === id);
    const asked = gatePaste(cmd, recordOf, {});
    expect(asked.command).toBeUndefined();
    expect(asked.needsConfirmation.map((h) => h.name)).toEqual(['s']);
    const confirmed = gatePaste(cmd, recordOf, { confirmed: true });
    expect(confirmed.command?.elements.map((e) => e.id)).toEqual(['a', 's']);
  });

  it("a cooperative's own artwork pastes only into that cooperative's designs", () => {
    const own = validRecord({ id: '00000000-0000-4000-8000-000000000009', status: 'draft', ownWork: { cooperativeId: 'coop-a', cooperativeName: '甲', maker: '阿花', makerConsent: { date: '2026-01-01', statement: 'ok' } } });
    const cmd = copyOf([motifEl('o', own.id)]);
    expect(gatePaste(cmd, () => own, { cooperativeId: 'coop-a' }).command?.elements).toHaveLength(1);
    expect(gatePaste(cmd, () => own, { cooperativeId: 'coop-b' }).refused.map((r) => r.name)).toEqual(['o']);
  });
});
