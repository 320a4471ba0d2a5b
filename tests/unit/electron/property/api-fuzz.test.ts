import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioContract } from '../../../../model/api';
import { makeStudio, type TestStudio } from '../../../helpers/studio';
import { tableContentHash, treeListing } from '../services/backup/state-hash';

/**
 * Random JSON at every call of the contract, through the real dispatcher over a real
 * studio: the answer is always a typed result, never an exception, and an input that fails
 * validation changes nothing (the rows of every table and every file in the data folder).
 */
const RUNS_PER_CALL = 30;
const names = Object.keys(studioContract) as (keyof typeof studioContract)[];

function shapeKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

const leaf = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.uuid(), fc.base64String({ maxLength: 64 }));
const json = fc.jsonValue({ maxDepth: 3 });

function inputFor(keys: string[]) {
  const anyKey = keys.length ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 12 })) : fc.string({ maxLength: 12 });
  return fc.oneof(
    json,
    leaf,
    fc.dictionary(anyKey, fc.oneof(leaf, json), { maxKeys: 5 }),
    // the right keys with wrong or odd values: gets past the outer shape into field checks
    keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(leaf, json, fc.array(leaf, { maxLength: 3 }))])), { requiredKeys: [] }) : fc.constant({}),
  );
}

function isTypedResult(result: unknown): boolean {
  const r = result as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: { zh?: unknown; en?: unknown } } };
  if (r?.ok === true) return 'value' in r;
  return r?.ok === false && typeof r.error?.code === 'string' && typeof r.error.message?.zh === 'string' && typeof r.error.message?.en === 'string' && r.error.message.zh.length > 0 && r.error.message.en.length > 0;
}

describe('every API call under random input', () => {
  let t: TestStudio;
  const state = () => `${tableContentHash(t.studio.db)}\n${treeListing(t.dataDir, (rel) => rel.startsWith('studio.sqlite')).join('\n')}`;

  beforeAll(async () => {
    t = await makeStudio();
  });
  afterAll(() => t.cleanup());

  for (const name of names) {
    it(`${name}: typed result, no throw, nothing written when validation fails`, async () => {
      let baseline = state();
      await fc.assert(
        fc.asyncProperty(inputFor(shapeKeys(studioContract[name].input)), async (input) => {
          const result = await t.dispatch(name, input);
          expect(isTypedResult(result)).toBe(true);
          if (!result.ok && result.error.code === 'api.invalid-input') expect(state()).toBe(baseline);
          else baseline = state(); // a valid call may legitimately change things
        }),
        { numRuns: RUNS_PER_CALL },
      );
    }, 120_000);
  }

  it('unknown call names get a typed refusal and change nothing', async () => {
    const baseline = state();
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }).filter((n) => !(n in studioContract)), json, async (name, input) => {
        const result = await t.dispatch(name, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'api.unknown-call' } });
        expect(isTypedResult(result)).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(state()).toBe(baseline);
    expect(process.connected === undefined || process.connected).toBe(true);
  });
});
