import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import { checkMigrationList, MIGRATIONS } from '../../../../model/design/migrations/index';
import { openDesign } from '../../../../model/design/open-design';
import { DESIGN_SCHEMA_VERSION, type Element } from '../../../../model/design/schema';
import { NOW } from './helpers';

const FIXTURES = join(__dirname, '../../../fixtures/designs');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const byId = (els: Element[], id: string) => els.find((e) => e.id === id) as Element;

function thrown(fn: () => unknown): StudioError {
  try {
    fn();
  } catch (err) {
    if (err instanceof StudioError) return err;
    throw err;
  }
  throw new Error('expected a StudioError');
}

describe('migration list', () => {
  it('strictly increases and ends at the current schema version', () => {
    expect(() => checkMigrationList(MIGRATIONS, DESIGN_SCHEMA_VERSION)).not.toThrow();
    expect(MIGRATIONS.map((m) => m.version)).toEqual([2, 3, 4]);
    expect(() => checkMigrationList([MIGRATIONS[1], MIGRATIONS[0]], 3)).toThrow(/strictly increase/);
    expect(() => checkMigrationList([MIGRATIONS[0]], 3)).toThrow(/DESIGN_SCHEMA_VERSION/);
  });

  it('steps do not change their input', () => {
    const raw = JSON.parse(fixture('design-v1.json'));
    const copy = structuredClone(raw);
    MIGRATIONS[0].up(raw);
    MIGRATIONS[1].up(MIGRATIONS[0].up(raw));
    expect(raw).toEqual(copy);
  });
});

describe('openDesign', () => {
  it('opens a version 1 design: hex colours become CMYK, names become brand references, radians become degrees', () => {
    const { design, fromVersion, repairs } = openDesign(fixture('design-v1.json'));
    expect(fromVersion).toBe(1);
    expect(design.schemaVersion).toBe(DESIGN_SCHEMA_VERSION);
    expect(repairs).toEqual([]);

    const bg = byId(design.elements, 'bg');
    // #1F3A5F = rgb(31, 58, 95): k = 1 - 95/255; c = (1 - 31/255 - k)/(1 - k) ...
    const r = 31 / 255, g = 58 / 255, b = 95 / 255;
    const k = 1 - Math.max(r, g, b);
    expect(bg.kind === 'shape' && bg.fill && 'cmyk' in bg.fill && bg.fill.cmyk).toBeTruthy();
    const cmyk = (bg as Extract<Element, { kind: 'shape' }>).fill as { cmyk: { c: number; m: number; y: number; k: number } };
    expect(cmyk.cmyk.c).toBeCloseTo(((1 - r - k) / (1 - k)) * 100, 0);
    expect(cmyk.cmyk.m).toBeCloseTo(((1 - g - k) / (1 - k)) * 100, 0);
    expect(cmyk.cmyk.y).toBeCloseTo(0, 5);
    expect(cmyk.cmyk.k).toBeCloseTo(k * 100, 0);

    const butterfly = byId(design.elements, 'butterfly');
    expect(butterfly.transform.rotation).toBeCloseTo(30, 6);
    // colour map keys are normalised to lower case; black stays pure K; a name is a brand reference
    expect(butterfly.kind === 'motif' && butterfly.colourMap).toEqual({
      '#c0392b': { cmyk: { c: 0, m: 0, y: 0, k: 100 } },
      '#ffffff': { brand: 'indigo' },
    });
    expect(byId(design.elements, 'title').transform.rotation).toBeCloseTo(-90, 6);
    const title = byId(design.elements, 'title');
    expect(title.kind === 'text' && title.colour).toEqual({ cmyk: { c: 0, m: 0, y: 0, k: 0 } });
    const credits = byId(design.elements, 'credits');
    expect(credits.kind === 'text' && credits.colour).toEqual({ brand: 'ink' });
    const frame = byId(design.elements, 'frame');
    expect(frame.transform.rotation).toBeCloseTo(180, 6);
    expect(frame.kind === 'shape' && frame.stroke?.colour).toEqual({ cmyk: { c: 0, m: 100, y: 100, k: 0 } });
    // the v1 credit block id survives into the v3 credits record
    expect(design.credits).toEqual({ blockId: 'credits', lines: [] });
    expect(design.updatedAt).toBe('2026-03-02T09:30:00.000Z');
  });

  it('opens a version 2 design: colours untouched, credit block id becomes the credits record', () => {
    const raw = JSON.parse(fixture('design-v2.json'));
    const { design, fromVersion } = openDesign(raw);
    expect(fromVersion).toBe(2);
    expect(design.credits).toEqual({ blockId: null, lines: [] });
    const border = byId(design.elements, 'border');
    expect(border.kind === 'pattern' && border.colourMap).toEqual(raw.elements[0].colourMap);
    expect(border.transform).toEqual(raw.elements[0].transform);
    expect(byId(design.elements, 'name').hidden).toBe(true);
    expect(byId(design.elements, 'name').transform.rotation).toBe(90);
    expect('creditBlockId' in design).toBe(false);
  });

  it('opens a version 3 design: it declares no package piece, so it stays a package on its own', () => {
    const raw = JSON.parse(fixture('design-v3.json'));
    const { design, fromVersion, repairs } = openDesign(raw);
    expect(fromVersion).toBe(3);
    expect(repairs).toEqual([]);
    expect(design.schemaVersion).toBe(4);
    expect('package' in design).toBe(false);
    expect({ ...design, schemaVersion: 3 }).toEqual(raw);
  });

  it('opens a current design unchanged, its package piece kept', () => {
    const raw = JSON.parse(fixture('design-v4.json'));
    const { design, fromVersion, repairs } = openDesign(raw);
    expect(fromVersion).toBe(4);
    expect(repairs).toEqual([]);
    expect(design).toEqual(raw);
    expect(design.package).toEqual({ name: '500 g 瓶装', piece: 'back-label' });
  });

  it('a package piece must be one of front label, back label, box, hang tag, with a name', () => {
    const raw = JSON.parse(fixture('design-v4.json'));
    expect(() => openDesign({ ...raw, package: { name: '', piece: 'box' } })).toThrow();
    expect(() => openDesign({ ...raw, package: { name: 'x', piece: 'lid' } })).toThrow();
  });

  it('repairs a damaged file and says what it repaired', () => {
    const { design, repairs } = openDesign(fixture('design-v3-damaged.json'), { now: NOW });
    expect(design.name).toBe('未命名设计');
    expect(design.pages).toEqual([{ name: 'front' }]);
    expect(design.createdAt).toBe(NOW);
    expect(design.elements.map((e) => e.kind)).toEqual(['shape', 'shape', 'motif']);
    const elementIds = design.elements.map((e) => e.id);
    expect(new Set(elementIds).size).toBe(3);
    expect(design.elements[1].page).toBe('front');
    expect(design.elements[1].opacity).toBe(1);
    expect(design.elements[0].transform.rotation).toBe(0);
    const m = design.elements[2];
    expect(m.kind === 'motif' && Object.keys(m.colourMap)).toEqual(['#abcdef']);
    expect(design.credits.blockId).toBeNull();
    const codes = repairs.map((r) => r.code).sort();
    expect(codes).toEqual(['credit-block-missing', 'element-dropped', 'element-id-repaired', 'element-id-repaired', 'element-page-repaired']);
    for (const r of repairs) {
      expect(r.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.message.en.length).toBeGreaterThan(20);
    }
  });

  it('refuses a design from a newer Jinxiu with a translated reason', () => {
    const err = thrown(() => openDesign(fixture('design-v99-future.json')));
    expect(err.code).toBe('design-too-new');
    expect(err.localized.zh).toContain('99');
    expect(err.localized.zh).toContain('更新');
    expect(err.localized.en).toContain('Update Jinxiu Studio');
  });

  it('refuses text that is not a design, and a design that stays invalid after repair', () => {
    expect(thrown(() => openDesign('{not json')).code).toBe('design-not-json');
    expect(thrown(() => openDesign({ name: 'x' })).code).toBe('design-no-version');
    expect(thrown(() => openDesign([])).code).toBe('design-no-version');
    const raw = JSON.parse(fixture('design-v3.json'));
    raw.elements[0].transform.width = -4;
    const err = thrown(() => openDesign(raw));
    expect(err.code).toBe('design-invalid');
    expect(err.localized.en).toContain('elements.0.transform.width');
  });
});
