import { describe, expect, it } from 'vitest';
import { generateKeyPair, nodeTrustCrypto as crypto, sign, type KeyPair } from '../../../../electron/services/curators/keys';
import { computeMotifVerdict, motifContentHash, type ReleaseEntry } from '../../../../model/trust/motif-verdict';
import { CERTIFY_TYPE, MOTIF_STATEMENT_TYPE, TRUST_FILE_TYPE, signedText, type MotifSignature, type MotifStatement, type SignedCertification, type TrustFile } from '../../../../model/trust/statements';
import { computeTrust, trustFileIsValid, type TrustInputs } from '../../../../model/trust/trust-list';
import type { MotifRecord } from '../../../../model/motif/schema';
import { validRecord } from '../motif/helpers';

const NOW = new Date('2026-06-01T12:00:00.000Z');
let clock = 0;
const tick = () => new Date(Date.UTC(2026, 4, 1) + ++clock * 60_000).toISOString();

const named = (k: KeyPair, name: string) => ({ fingerprint: k.fingerprint, publicKey: k.publicKey, name });

function certify(certifier: KeyPair, subject: KeyPair, relation: 'enrol' | 'vouch'): SignedCertification {
  const certification = { type: CERTIFY_TYPE, relation, subject: subject.fingerprint, subjectKey: subject.publicKey, subjectName: 'k', certifier: certifier.fingerprint, at: tick() } as const;
  return { certification, publicKey: certifier.publicKey, signature: sign(certifier.privateKey, signedText(certification)) };
}

function trustFile(steward: KeyPair, keys: KeyPair[], studio = 'Partner'): TrustFile {
  const body = { type: TRUST_FILE_TYPE, studio, steward: named(steward, studio), keys: keys.map((k, i) => named(k, `${studio} ${i}`)), issuedAt: tick() } as const;
  return { body, signature: sign(steward.privateKey, signedText(body)) };
}

function statement(key: KeyPair, record: MotifRecord, action: MotifStatement['action'], target: MotifStatement['target'] = {}): MotifSignature {
  const s: MotifStatement = { type: MOTIF_STATEMENT_TYPE, action, recordId: record.id, contentHash: motifContentHash(record, crypto), target, at: tick(), key: key.fingerprint, signer: 'someone' };
  return { statement: s, publicKey: key.publicKey, signature: sign(key.privateKey, signedText(s)) };
}

// this studio: a steward and two curator accounts that one person could have made
const local = generateKeyPair();
const anna = generateKeyPair();
const annaSecond = generateKeyPair();
// two partner studios, each a steward with two curator keys
const p = { steward: generateKeyPair(), a: generateKeyPair(), b: generateKeyPair() };
const q = { steward: generateKeyPair(), a: generateKeyPair() };

function inputs(extra: Partial<TrustInputs> = {}): TrustInputs {
  return {
    localSteward: named(local, 'Local'),
    certifications: [certify(local, anna, 'enrol'), certify(local, annaSecond, 'enrol'), ...(extra.certifications ?? [])],
    trustFiles: extra.trustFiles ?? [trustFile(p.steward, [p.a, p.b], 'P'), trustFile(q.steward, [q.a], 'Q')],
  };
}

function verdict(record: MotifRecord, trustInputs = inputs(), release?: ReleaseEntry) {
  return computeMotifVerdict(record, { trust: computeTrust(trustInputs, crypto), crypto, now: NOW, release });
}

function draft(): MotifRecord {
  return validRecord({ status: 'draft', review: {}, signatures: [] });
}

function withSigs(record: MotifRecord, ...sigs: MotifSignature[]): MotifRecord {
  return { ...record, signatures: [...(record.signatures ?? []), ...sigs] };
}

describe('trust list', () => {
  it('collapses every key made on this studio into one person, and a partner studio into another', () => {
    const t = computeTrust(inputs(), crypto);
    expect(t.identityOf(anna.fingerprint)).toBe(local.fingerprint);
    expect(t.identityOf(annaSecond.fingerprint)).toBe(local.fingerprint);
    expect(t.identityOf(p.a.fingerprint)).toBe(p.steward.fingerprint);
    expect(t.identityOf(p.b.fingerprint)).toBe(p.steward.fingerprint);
    expect(t.identityOf(q.a.fingerprint)).toBe(q.steward.fingerprint);
  });

  it('trusts a key vouched for by two different people, not by one, nor by two keys of one person', () => {
    const stranger = generateKeyPair();
    const one = computeTrust(inputs({ certifications: [certify(anna, stranger, 'vouch')] }), crypto);
    expect(one.isTrusted(stranger.fingerprint)).toBe(false);
    const samePerson = computeTrust(inputs({ certifications: [certify(anna, stranger, 'vouch'), certify(annaSecond, stranger, 'vouch'), certify(local, stranger, 'vouch')] }), crypto);
    expect(samePerson.isTrusted(stranger.fingerprint)).toBe(false);
    const two = computeTrust(inputs({ certifications: [certify(anna, stranger, 'vouch'), certify(p.a, stranger, 'vouch')] }), crypto);
    expect(two.isTrusted(stranger.fingerprint)).toBe(true);
    expect(two.identityOf(stranger.fingerprint)).toBe(stranger.fingerprint);
  });

  it('ignores a tampered trust file and keys enrolled by an untrusted key', () => {
    const file = trustFile(p.steward, [p.a]);
    const tampered: TrustFile = { ...file, body: { ...file.body, keys: [...file.body.keys, named(generateKeyPair(), 'intruder')] } };
    expect(trustFileIsValid(file, crypto)).toBe(true);
    expect(trustFileIsValid(tampered, crypto)).toBe(false);
    const t = computeTrust(inputs({ trustFiles: [tampered] }), crypto);
    expect(t.isTrusted(p.a.fingerprint)).toBe(false);
    const outsider = generateKeyPair();
    const victim = generateKeyPair();
    expect(computeTrust(inputs({ certifications: [certify(outsider, victim, 'enrol')] }), crypto).isTrusted(victim.fingerprint)).toBe(false);
  });
});

describe('motif verdict', () => {
  it('one person with two local accounts cannot publish: submit and approve by both stays in review', () => {
    const r = draft();
    const v = verdict(withSigs(r, statement(anna, r, 'submit'), statement(annaSecond, r, 'approve', { label: 'attribution' }), statement(anna, r, 'approve', { label: 'attribution' }), statement(local, r, 'approve', { label: 'attribution' })));
    expect(v.status).toBe('in-review');
    expect(new Set(v.approvals.map((a) => a.identity))).toEqual(new Set([local.fingerprint]));
  });

  it('two keys of one partner studio are one person; two different people publish', () => {
    const r = draft();
    const submitted = withSigs(r, statement(anna, r, 'submit'));
    expect(verdict(withSigs(submitted, statement(p.a, r, 'approve', { label: 'attribution' }), statement(p.b, r, 'approve', { label: 'attribution' }))).status).toBe('in-review');
    const v = verdict(withSigs(submitted, statement(p.a, r, 'approve', { label: 'attribution' }), statement(q.a, r, 'approve', { label: 'attribution' })));
    expect(v).toMatchObject({ status: 'published', publishedBy: 'signatures', usageLabel: 'attribution' });
    expect(verdict(withSigs(submitted, statement(anna, r, 'approve', { label: 'attribution' }), statement(p.a, r, 'approve', { label: 'attribution' }))).status).toBe('published');
  });

  it('approvals naming different labels do not add up', () => {
    const r = draft();
    const v = verdict(withSigs(r, statement(anna, r, 'approve', { label: 'attribution' }), statement(p.a, r, 'approve', { label: 'open-commercial' })));
    expect(v.status).toBe('draft');
  });

  it('refuses a forged signature, a signature over old content, a future date and an untrusted key', () => {
    const r = draft();
    const good = statement(p.a, r, 'approve', { label: 'attribution' });
    const forged: MotifSignature = { ...statement(anna, r, 'approve', { label: 'attribution' }) };
    forged.statement = { ...forged.statement, target: { label: 'open-commercial' } };
    const v1 = verdict(withSigs(r, good, forged));
    expect(v1.status).toBe('draft');
    expect(v1.checks.map((c) => c.problem)).toEqual([undefined, 'bad-signature']);

    const old = withSigs(r, statement(anna, r, 'approve', { label: 'attribution' }), good);
    expect(verdict(old).status).toBe('published');
    const edited = { ...old, names: { ...old.names, en: 'Edited butterfly' } };
    const v2 = verdict(edited);
    expect(v2.status).toBe('draft');
    expect(v2.checks.every((c) => !c.currentContent)).toBe(true);

    const stranger = generateKeyPair();
    const future = statement(q.a, r, 'approve', { label: 'attribution' });
    const futureStatement = { ...future.statement, at: '2027-01-01T00:00:00.000Z' };
    const signedFuture = { ...future, statement: futureStatement, signature: sign(q.a.privateKey, signedText(futureStatement)) };
    const v3 = verdict(withSigs(r, statement(anna, r, 'approve', { label: 'attribution' }), statement(stranger, r, 'approve', { label: 'attribution' }), signedFuture));
    expect(v3.status).toBe('draft');
    expect(v3.checks.map((c) => c.problem)).toEqual([undefined, 'untrusted', 'future']);
  });

  it('one trusted signature withdraws; republishing takes two people after the withdrawal', () => {
    const r = draft();
    const published = withSigs(r, statement(anna, r, 'approve', { label: 'attribution' }), statement(p.a, r, 'approve', { label: 'attribution' }));
    const withdrawn = withSigs(published, statement(q.a, r, 'withdraw', { reason: 'community asked' }));
    expect(verdict(withdrawn)).toMatchObject({ status: 'withdrawn', withdrawnReason: 'community asked' });
    const resubmitted = withSigs(withdrawn, statement(anna, r, 'submit'));
    expect(verdict(resubmitted).status).toBe('in-review');
    const oneMore = withSigs(resubmitted, statement(anna, r, 'approve', { label: 'attribution' }));
    expect(verdict(oneMore).status).toBe('in-review');
    expect(verdict(withSigs(oneMore, statement(q.a, r, 'approve', { label: 'attribution' }))).status).toBe('published');
  });

  it('restricting a label needs one trusted signature, loosening needs two people', () => {
    const r = draft();
    const published = withSigs(r, statement(anna, r, 'approve', { label: 'attribution' }), statement(p.a, r, 'approve', { label: 'attribution' }));
    const restricted = withSigs(published, statement(annaSecond, r, 'label', { label: 'community-only' }));
    expect(verdict(restricted)).toMatchObject({ status: 'published', usageLabel: 'community-only' });
    const oneLoosen = withSigs(restricted, statement(anna, r, 'label', { label: 'attribution' }), statement(annaSecond, r, 'label', { label: 'attribution' }));
    const v = verdict(oneLoosen);
    expect(v.usageLabel).toBe('community-only');
    expect(v.pendingLabel).toEqual({ label: 'attribution', identities: [local.fingerprint] });
    expect(verdict(withSigs(oneLoosen, statement(q.a, r, 'label', { label: 'attribution' }))).usageLabel).toBe('attribution');
    // non-commercial and culturally-sensitive are incomparable: moving between them needs two
    const nc = withSigs(published, statement(anna, r, 'label', { label: 'non-commercial' }));
    expect(verdict(nc).usageLabel).toBe('non-commercial');
    expect(verdict(withSigs(nc, statement(anna, r, 'label', { label: 'culturally-sensitive' }))).usageLabel).toBe('non-commercial');
  });

  it('secret/sacred restricts every version of the motif (a copy of older content too); other label changes count only over the content they name', () => {
    const older = draft();
    const published = withSigs(older, statement(anna, older, 'approve', { label: 'open-commercial' }), statement(p.a, older, 'approve', { label: 'open-commercial' }));
    // the community's decision was signed over a newer drawing this studio never received
    const newer = { ...older, summary: { ...older.summary, en: `${older.summary.en} Redrawn.` } };
    expect(motifContentHash(newer, crypto)).not.toBe(motifContentHash(older, crypto));
    const secret = withSigs(published, statement(q.a, newer, 'label', { label: 'secret-sacred' }));
    expect(verdict(secret)).toMatchObject({ status: 'published', usageLabel: 'secret-sacred' });
    const communityOnly = withSigs(published, statement(q.a, newer, 'label', { label: 'community-only' }));
    expect(verdict(communityOnly).usageLabel).toBe('open-commercial');
    // an untrusted key restricts nothing, whatever it names
    const stranger = generateKeyPair();
    expect(verdict(withSigs(published, statement(stranger, older, 'label', { label: 'secret-sacred' }))).usageLabel).toBe('open-commercial');
  });

  it('a release entry publishes exactly the released content until someone withdraws it', () => {
    const r = validRecord({ status: 'published', review: {}, usageLabel: 'attribution' });
    const release = { contentHash: motifContentHash(r, crypto), label: 'attribution' as const, edition: 'test' };
    expect(verdict(r, inputs(), release)).toMatchObject({ status: 'published', publishedBy: 'release', approvals: [] });
    expect(verdict({ ...r, summary: { zh: '改', en: 'changed' } }, inputs(), release).status).toBe('draft');
    expect(verdict(withSigs(r, statement(anna, r, 'withdraw', { reason: 'x' })), inputs(), release).status).toBe('withdrawn');
    expect(verdict(withSigs(r, statement(anna, r, 'label', { label: 'secret-sacred' })), inputs(), release).usageLabel).toBe('secret-sacred');
  });
});
