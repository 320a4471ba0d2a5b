import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USAGE_LABEL_IDS, type UsageLabelId } from '../../../../model/motif/labels';
import { MOTIF_STATUSES, type MotifRecord, type MotifStatus } from '../../../../model/motif/schema';
import { call, makeStudio, type TestStudio } from '../../../helpers/studio';

/**
 * The output gate under random sequences of contract calls, through the real dispatcher over a
 * real studio (SQLite in a temp dir, real sharp / pdf-lib): motifs in every usage label x status,
 * plus a cooperative's own artwork (draft, for this cooperative and for another one), called as
 * a cooperative member and as an unlocked curator. No call may hand a motif's bytes (thumbnail,
 * artwork, detail, a design's artwork, PDF / n-up / proof / shop pictures / story card containing
 * it, a design file carrying it) to a caller who may not have them; and where the rules allow it, the call does give them
 * (so a call that refuses everything cannot pass).
 *
 * The oracle below is written out from the rules in plain terms, independently of
 * model/motif/gate.ts, so the test checks the gate rather than restating it.
 *
 * Motif packs ('packs.export', destination 'pack') ask the same gate (model/motif/pack-share.ts)
 * and are guarded by tests/unit/electron/services/packs/pack-boundaries.test.ts.
 * The deterministic sweep runs first, while every subject still has its starting status.
 */

const OWN_COOP = 'coop-taijiang-sample'; // the cooperative of the craft product below
const PRODUCT = 'prod-taijiang-pouch-bird'; // kind "craft": commercial, not food
const PASSPHRASE = 'correct horse battery staple';

interface Subject {
  id: string;
  label: UsageLabelId;
  status: MotifStatus;
  /** own artwork of OWN_COOP, of another cooperative, or a traditional motif */
  own?: 'ours' | 'theirs';
}

type Caller = 'cooperative' | 'curator';

// ---- the oracle ----
function mayView(s: Subject, caller: Caller): boolean {
  if (caller === 'curator') return true;
  if (s.own) return s.status !== 'withdrawn';
  return s.status === 'published' && s.label !== 'secret-sacred';
}
function mayOpenInDesign(s: Subject, caller: Caller): boolean {
  if (caller === 'curator') return true;
  if (s.own) return true; // withdrawn own artwork still opens in a design, which then explains it
  return (s.status === 'published' || s.status === 'withdrawn') && s.label !== 'secret-sacred';
}
/** printed on a commercial craft product of OWN_COOP (confirmations given where the label asks) */
function mayPrint(s: Subject): boolean {
  if (s.own) return s.status !== 'withdrawn' && s.own === 'ours';
  return s.status === 'published' && ['open-commercial', 'attribution', 'culturally-sensitive'].includes(s.label);
}

type Command =
  | { kind: 'lock' }
  | { kind: 'unlock' }
  | { kind: 'thumbnails'; picks: number[] }
  | { kind: 'get'; pick: number }
  | { kind: 'artwork'; pick: number }
  | { kind: 'forDesign'; picks: number[] }
  | { kind: 'search'; view: 'cooperative' | 'curator' }
  | { kind: 'withdraw'; pick: number }
  | { kind: 'export'; output: 'pdf' | 'n-up' | 'proof' | 'images' | 'design-file'; picks: number[] }
  | { kind: 'storyCard'; picks: number[] };

describe('the output gate under random sequences of contract calls', () => {
  let t: TestStudio;
  const subjects: Subject[] = [];
  const records = new Map<string, MotifRecord>();
  let caller: Caller = 'curator';

  beforeAll(async () => {
    t = await makeStudio({ now: () => new Date('2026-11-28T12:00:00Z') });
    // a starter motif with real artwork and thumbnail: every subject shares its files
    const base = t.studio.motifs.get(t.studio.motifs.idBySlug('bat')!)!.record;
    const files = t.studio.motifs.files(base.id);
    const add = (label: UsageLabelId, status: MotifStatus, own?: 'ours' | 'theirs') => {
      const id = randomUUID();
      const record: MotifRecord = {
        ...structuredClone(base),
        id,
        slug: `gate-${subjects.length}`,
        names: { zh: `门测试${subjects.length}`, en: `Gate subject ${subjects.length}` },
        usageLabel: label,
        // the stored status is computed from signatures and release entries (signed curation), never
        // taken from the record: each subject is brought to its status the way the studio does it below
        status: 'draft',
        creditLine: { zh: `图案：门测试${subjects.length}署名`, en: `Motif: gate subject ${subjects.length} credit` },
        ...(own
          ? { ownWork: { cooperativeId: own === 'ours' ? OWN_COOP : 'coop-elsewhere', cooperativeName: own === 'ours' ? '台江合作社' : '别的合作社', maker: '阿花', makerConsent: { date: '2026-01-05', statement: '同意本社使用' } } }
          : {}),
      };
      // published and withdrawn start as a release of this content (as the starter library is)
      if (status === 'published' || status === 'withdrawn') t.studio.trust.recordRelease(record, 'gate-test');
      t.studio.motifs.insert(record, 'import', null);
      for (const f of files) t.studio.motifs.attachFile(id, f);
      records.set(id, record);
      subjects.push({ id, label, status, own });
    };
    for (const label of USAGE_LABEL_IDS) for (const status of MOTIF_STATUSES) add(label, status);
    for (const status of ['draft', 'withdrawn'] as const) for (const own of ['ours', 'theirs'] as const) add('attribution', status, own);
    await call(t.dispatch, 'curator.setup', { name: 'Alice', passphrase: PASSPHRASE });
    caller = 'curator';
    // in review: a signed submission; withdrawn: a signed withdrawal (one trusted signature)
    for (const s of subjects) {
      if (s.status === 'in-review') await call(t.dispatch, 'library.transition', { id: s.id, action: 'submit' });
      if (s.status === 'withdrawn') await call(t.dispatch, 'library.transition', { id: s.id, action: 'withdraw', note: 'test' });
    }
    for (const s of subjects) {
      const stored = t.studio.motifs.get(s.id)!.record;
      expect(stored.status, `${s.label}/${s.own ?? ''} seeded`).toBe(s.status);
      records.set(s.id, stored);
    }
  }, 300_000);
  afterAll(() => t.cleanup());

  const pick = (i: number) => subjects[i % subjects.length];
  const picks = (is: number[]) => [...new Map(is.map((i) => [pick(i).id, pick(i)])).values()];

  /** a story-card-sized design of the craft product placing these motifs, with every credit line printed */
  async function designWith(chosen: Subject[]): Promise<string> {
    const design = await call(t.dispatch, 'designs.create', { name: 'gate', template: { kind: 'story-card', params: { size: 'a6', orientation: 'portrait', cornerRadiusMm: 0 } }, productId: PRODUCT });
    design.elements = chosen.map((s, i) => ({
      id: `m${i}`, kind: 'motif', name: `m${i}`, page: 'front', panelId: 'card-front',
      transform: { x: 10 + i * 28, y: 20, width: 25, height: 25, rotation: 0 }, opacity: 1, locked: false, hidden: false, motifId: s.id, colourMap: {},
    }));
    const lines = chosen.map((s) => records.get(s.id)!).map((r) => (r.ownWork ? `图案：${r.ownWork.maker}原创设计（${r.ownWork.cooperativeName}自有作品）` : r.creditLine!.zh));
    design.elements.push({
      id: 'credits', kind: 'text', name: 'credits', page: 'front', panelId: 'card-front', transform: { x: 8, y: 80, width: 89, height: 50, rotation: 0 },
      opacity: 1, locked: false, hidden: false, text: lines.join('\n'), fontId: 'lxgw-wenkai-regular', sizePt: 7, lineHeight: 1.3, align: 'start', direction: 'horizontal',
      colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } }, role: 'credit-block',
    });
    await call(t.dispatch, 'designs.save', { design, reason: 'explicit' });
    return design.id;
  }

  async function run(cmd: Command): Promise<void> {
    switch (cmd.kind) {
      case 'lock':
        await call(t.dispatch, 'curator.lock', {});
        caller = 'cooperative';
        return;
      case 'unlock':
        await call(t.dispatch, 'curator.unlock', { name: 'Alice', passphrase: PASSPHRASE });
        caller = 'curator';
        return;
      case 'thumbnails': {
        const chosen = picks(cmd.picks);
        const got = await call<Record<string, string>>(t.dispatch, 'library.thumbnails', { ids: chosen.map((s) => s.id) });
        for (const s of chosen) expect(s.id in got, `thumbnail of ${s.label}/${s.status}/${s.own ?? ''} to ${caller}`).toBe(mayView(s, caller));
        return;
      }
      case 'get':
      case 'artwork': {
        const s = pick(cmd.pick);
        const result = await t.dispatch(cmd.kind === 'get' ? 'library.get' : 'library.artwork', { id: s.id });
        expect(result.ok, `${cmd.kind} of ${s.label}/${s.status}/${s.own ?? ''} to ${caller}`).toBe(mayView(s, caller));
        if (result.ok && cmd.kind === 'artwork') expect((result.value as { svg?: string }).svg).toContain('<svg');
        if (!result.ok) expect(result.error.code).toBe('motif.not-found');
        return;
      }
      case 'forDesign': {
        const chosen = picks(cmd.picks);
        const got = await call<Record<string, unknown>>(t.dispatch, 'library.forDesign', { ids: chosen.map((s) => s.id) });
        for (const s of chosen) expect(s.id in got, `forDesign of ${s.label}/${s.status}/${s.own ?? ''} to ${caller}`).toBe(mayOpenInDesign(s, caller));
        return;
      }
      case 'search': {
        const result = await call<{ items: { id: string }[] }>(t.dispatch, 'library.search', { query: '门测试', view: cmd.view, limit: 500 });
        const listed = new Set(result.items.map((i) => i.id));
        // never listed to someone who may not see it (a cooperative's own drafts are not in the shared listing)
        for (const s of subjects) if (listed.has(s.id)) expect(mayView(s, caller), `search lists ${s.label}/${s.status} to ${caller}`).toBe(true);
        return;
      }
      case 'withdraw': {
        const s = pick(cmd.pick);
        const result = await t.dispatch('library.transition', { id: s.id, action: 'withdraw', note: 'random withdrawal' });
        if (result.ok) {
          expect(caller).toBe('curator');
          s.status = 'withdrawn';
          records.set(s.id, (result.value as { record: MotifRecord }).record);
        }
        return;
      }
      case 'export': {
        const chosen = picks(cmd.picks);
        const designId = await designWith(chosen);
        const allowed = chosen.every(mayPrint);
        const result =
          cmd.output === 'design-file'
            ? await t.dispatch('designs.exportFile', { id: designId })
            : cmd.output === 'proof'
            ? await t.dispatch('export.proof', { designId, page: 0, dieline: false })
            : cmd.output === 'images'
              ? await t.dispatch('export.images', { designId })
              : await t.dispatch('export.pdf', { designId, ...(cmd.output === 'n-up' ? { nUp: { sheet: 'A4', gapMm: 4 } } : {}) });
        const what = `${cmd.output} of [${chosen.map((s) => `${s.label}/${s.status}/${s.own ?? ''}`).join(', ')}] by ${caller}`;
        if (!result.ok) expect(result.error.code, what).toBe(cmd.output === 'design-file' ? 'design-file.forbidden' : 'export.blocked');
        expect(result.ok, `${what}: ${result.ok ? '' : result.error.message.en}`).toBe(allowed);
        return;
      }
      case 'storyCard': {
        const chosen = picks(cmd.picks);
        const designId = await designWith(chosen);
        const result = await t.dispatch('products.storyCard', { productId: PRODUCT, confirmed: subjects.map((s) => s.id) });
        await call(t.dispatch, 'designs.delete', { id: designId });
        if (!result.ok) return;
        const card = await call(t.dispatch, 'designs.get', { id: (result.value as { designId: string }).designId });
        await call(t.dispatch, 'designs.delete', { id: (result.value as { designId: string }).designId });
        for (const el of card.design.elements) {
          if (el.kind !== 'motif') continue;
          const s = subjects.find((x) => x.id === el.motifId)!;
          expect(mayPrint(s), `story card placed ${s.label}/${s.status}/${s.own ?? ''}`).toBe(true);
        }
        return;
      }
    }
  }

  const index = fc.nat({ max: 1000 });
  const some = fc.array(index, { minLength: 1, maxLength: 3 });
  const command: fc.Arbitrary<Command> = fc.oneof(
    fc.constant<Command>({ kind: 'lock' }),
    fc.constant<Command>({ kind: 'unlock' }),
    some.map((p) => ({ kind: 'thumbnails' as const, picks: p })),
    index.map((p) => ({ kind: 'get' as const, pick: p })),
    index.map((p) => ({ kind: 'artwork' as const, pick: p })),
    some.map((p) => ({ kind: 'forDesign' as const, picks: p })),
    fc.constantFrom<Command>({ kind: 'search', view: 'cooperative' }, { kind: 'search', view: 'curator' }),
    index.map((p) => ({ kind: 'withdraw' as const, pick: p })),
    fc.record({ output: fc.constantFrom('pdf' as const, 'n-up' as const, 'proof' as const, 'images' as const, 'design-file' as const), picks: some }).map((r) => ({ kind: 'export' as const, ...r })),
    some.map((p) => ({ kind: 'storyCard' as const, picks: p })),
  );

  it('covers every label x status, and each output path, at least once (deterministic sweep)', async () => {
    if (caller !== 'curator') await run({ kind: 'unlock' });
    for (const who of ['curator', 'cooperative'] as const) {
      if (who === 'cooperative') await run({ kind: 'lock' });
      for (let i = 0; i < subjects.length; i++) {
        await run({ kind: 'thumbnails', picks: [i] });
        await run({ kind: 'get', pick: i });
        await run({ kind: 'artwork', pick: i });
        await run({ kind: 'forDesign', picks: [i] });
      }
    }
    for (let i = 0; i < subjects.length; i++) {
      for (const output of ['pdf', 'proof', 'images', 'design-file'] as const) await run({ kind: 'export', output, picks: [i] });
    }
    await run({ kind: 'export', output: 'n-up', picks: [0, 1] });
    await run({ kind: 'storyCard', picks: subjects.map((_, i) => i).filter((i) => subjects[i].status === 'published') });
  }, 600_000);

  it('no call returns a motif\'s bytes to a caller who may not have them, and allowed calls do return them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 8 }), async (commands) => {
        // each sequence starts as a curator from the library as it now is: a withdrawal is signed and
        // signatures only accumulate, so a subject withdrawn by an earlier sequence stays withdrawn
        for (const s of subjects) s.status = t.studio.motifs.get(s.id)!.record.status;
        if (caller !== 'curator') await run({ kind: 'unlock' });
        for (const cmd of commands) await run(cmd);
      }),
      { numRuns: 25 },
    );
  }, 600_000);

});
