import { describe, expect, it } from 'vitest';
import { generateKeyPair, nodeTrustCrypto as crypto, sign, type KeyPair } from '../../../../electron/services/curators/keys';
import { computeMotifVerdict, motifContentHash } from '../../../../model/trust/motif-verdict';
import { CERTIFY_TYPE, MOTIF_STATEMENT_TYPE, TRUST_FILE_TYPE, signedText, type MotifSignature, type TrustFile } from '../../../../model/trust/statements';
import { computeTrust, trustFileIsValid } from '../../../../model/trust/trust-list';
import type { MotifRecord } from '../../../../model/motif/schema';
import { validRecord } from '../motif/helpers';

/** A curation hub's trust file names its curators as `people`: distinct persons, each its own identity. */
const named = (k: KeyPair, name: string) => ({ fingerprint: k.fingerprint, publicKey: k.publicKey, name });
const local = generateKeyPair();
const hub = generateKeyPair();
const [anthro, museum] = [generateKeyPair(), generateKeyPair()];

function hubFile(people: KeyPair[], keys: KeyPair[] = []): TrustFile {
  const body = { type: TRUST_FILE_TYPE, studio: 'Hub', steward: named(hub, 'Hub'), keys: keys.map((k) => named(k, 'k')), people: people.map((k, i) => named(k, `curator ${i}`)), issuedAt: '2026-05-01T00:00:00.000Z' } as const;
  return { body, signature: sign(hub.privateKey, signedText(body)) };
}

function approve(key: KeyPair, record: MotifRecord, at: string): MotifSignature {
  const statement = { type: MOTIF_STATEMENT_TYPE, action: 'approve', recordId: record.id, contentHash: motifContentHash(record, crypto), target: { label: 'attribution' }, at, key: key.fingerprint, signer: 'x' } as const;
  return { statement, publicKey: key.publicKey, signature: sign(key.privateKey, signedText(statement)) };
}

describe('trust files with people (a curation hub)', () => {
  it('trusts each listed person as a person of their own, not as the hub', () => {
    const t = computeTrust({ localSteward: named(local, 'L'), certifications: [], trustFiles: [hubFile([anthro, museum])] }, crypto);
    expect(t.identityOf(anthro.fingerprint)).toBe(anthro.fingerprint);
    expect(t.identityOf(museum.fingerprint)).toBe(museum.fingerprint);
    expect(t.identityOf(hub.fingerprint)).toBe(hub.fingerprint);
  });

  it('two hub curators publish; the same key listed also as the hub\'s key joins it to the hub (fail-closed)', () => {
    const record = validRecord({ status: 'draft', review: {}, signatures: [] });
    const signed = { ...record, signatures: [approve(anthro, record, '2026-05-02T00:00:00.000Z'), approve(museum, record, '2026-05-02T00:01:00.000Z')] };
    const trust = (file: TrustFile) => computeTrust({ localSteward: named(local, 'L'), certifications: [], trustFiles: [file] }, crypto);
    expect(computeMotifVerdict(signed, { trust: trust(hubFile([anthro, museum])), crypto, now: new Date('2026-06-01') }).status).toBe('published');
    const joined = trust(hubFile([anthro, museum], [anthro, museum]));
    expect(joined.identityOf(anthro.fingerprint)).toBe(hub.fingerprint);
    expect(computeMotifVerdict(signed, { trust: joined, crypto, now: new Date('2026-06-01') }).status).not.toBe('published');
  });

  it('a person enrolled under another key is one person with it', () => {
    const enrol = { type: CERTIFY_TYPE, relation: 'enrol', subject: museum.fingerprint, subjectKey: museum.publicKey, subjectName: 'm', certifier: anthro.fingerprint, at: '2026-05-01T00:00:00.000Z' } as const;
    const t = computeTrust({ localSteward: null, certifications: [{ certification: enrol, publicKey: anthro.publicKey, signature: sign(anthro.privateKey, signedText(enrol)) }], trustFiles: [hubFile([anthro, museum])] }, crypto);
    expect(t.identityOf(museum.fingerprint)).toBe(t.identityOf(anthro.fingerprint));
  });

  it("a curator's replaced key and new key (samePerson) are one person: their two approvals do not publish, and the old key's approval still counts with someone else's", () => {
    const renewed = generateKeyPair();
    const file = (() => {
      const body = { ...hubFile([anthro, renewed, museum]).body, samePerson: [[anthro.fingerprint, renewed.fingerprint]] };
      return { body, signature: sign(hub.privateKey, signedText(body)) } as TrustFile;
    })();
    expect(trustFileIsValid(file, crypto)).toBe(true);
    const t = computeTrust({ localSteward: named(local, 'L'), certifications: [], trustFiles: [file] }, crypto);
    expect(t.identityOf(renewed.fingerprint)).toBe(t.identityOf(anthro.fingerprint));
    expect(t.identityOf(museum.fingerprint)).not.toBe(t.identityOf(anthro.fingerprint));
    const record = validRecord({ status: 'draft', review: {}, signatures: [] });
    const verdictOf = (...keys: KeyPair[]) =>
      computeMotifVerdict({ ...record, signatures: keys.map((k, i) => approve(k, record, `2026-05-02T00:0${i}:00.000Z`)) }, { trust: t, crypto, now: new Date('2026-06-01') }).status;
    expect(verdictOf(anthro, renewed)).not.toBe('published');
    expect(verdictOf(anthro, museum)).toBe('published');
  });

  it('a person whose fingerprint does not match its key makes the file invalid', () => {
    const file = hubFile([anthro]);
    const body = { ...file.body, people: [{ ...file.body.people![0], fingerprint: museum.fingerprint }] };
    expect(trustFileIsValid({ body, signature: sign(hub.privateKey, signedText(body)) }, crypto)).toBe(false);
    expect(trustFileIsValid(file, crypto)).toBe(true);
  });
});
