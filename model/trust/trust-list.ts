/**
 * Which keys this studio trusts, and which trusted keys belong to the same person. Computed
 * afresh from signed documents every time: nothing here is a stored yes/no a call can set.
 *
 * A key is trusted when
 *  - it is this studio's steward key (the local root, made at first setup), or
 *  - it is the steward or a listed key of a partner's trust file whose signature verifies
 *    and whose steward fingerprint a person confirmed on import, or
 *  - a trusted key enrolled it ('enrol': "made on my studio"), or
 *  - two trusted keys of two *different* people vouched for it ('vouch').
 *
 * One person: keys joined by enrolment or listed in the same trust file are one identity
 * (union-find). Every key made on this studio is enrolled by the local steward, so all local
 * keys are one person, however many curator accounts exist; a partner studio's keys are one
 * person likewise (their trust file lists keys made on their one studio). Joining is
 * fail-closed: a key that appears under two roots makes the two roots one person. A vouched
 * key that nobody enrolled is a person of its own.
 *
 * A curation hub's trust file also lists `people`: keys of distinct people the hub's steward
 * attests (each curator of a province hub is a different person, not the hub). They are
 * trusted like the file's keys but are NOT joined with the steward; if one is also enrolled
 * under another key or listed as a key, the joins above still make them one (fail-closed).
 * `samePerson` groups keys of `people` that are one person (a curator whose key was replaced).
 */
import type { TrustCrypto } from './crypto-port';
import {
  certificationSchema,
  signedText,
  trustFileSchema,
  type ListedKey,
  type SignedCertification,
  type TrustFile,
} from './statements';

export type TrustReason =
  | { kind: 'local-steward' }
  | { kind: 'enrolled'; by: string }
  | { kind: 'trust-file'; steward: string; studio: string }
  | { kind: 'vouched'; by: string[] };

export interface TrustedKey {
  fingerprint: string;
  publicKey: string;
  name: string;
  /** the fingerprint that stands for this key's person (the local steward for every local key) */
  identity: string;
  reason: TrustReason;
}

export interface TrustInputs {
  /** this studio's steward key, null before the first curator is set up */
  localSteward: ListedKey | null;
  certifications: readonly SignedCertification[];
  /** trust files a person confirmed on import (the latest one per steward) */
  trustFiles: readonly TrustFile[];
}

export interface TrustList {
  readonly localIdentity: string | null;
  readonly trusted: ReadonlyMap<string, TrustedKey>;
  isTrusted(fingerprint: string): boolean;
  /** the person of a trusted key; undefined for keys that are not trusted */
  identityOf(fingerprint: string): string | undefined;
}

/** A certification whose signature, certifier key and subject key all check out. */
export function certificationIsValid(signed: SignedCertification, crypto: TrustCrypto): boolean {
  const parsed = certificationSchema.safeParse(signed.certification);
  if (!parsed.success) return false;
  const c = parsed.data;
  if (c.subject === c.certifier) return false;
  if (crypto.fingerprint(signed.publicKey) !== c.certifier) return false;
  if (crypto.fingerprint(c.subjectKey) !== c.subject) return false;
  return crypto.verify(signed.publicKey, signedText(c), signed.signature);
}

/** A trust file whose steward signature verifies and whose every key matches its fingerprint. */
export function trustFileIsValid(file: TrustFile, crypto: TrustCrypto): boolean {
  const parsed = trustFileSchema.safeParse(file);
  if (!parsed.success) return false;
  const { body, signature } = parsed.data;
  if (crypto.fingerprint(body.steward.publicKey) !== body.steward.fingerprint) return false;
  if ([...body.keys, ...(body.people ?? [])].some((k) => crypto.fingerprint(k.publicKey) !== k.fingerprint)) return false;
  return crypto.verify(body.steward.publicKey, signedText(body), signature);
}

export function computeTrust(inputs: TrustInputs, crypto: TrustCrypto): TrustList {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };

  const trusted = new Map<string, Omit<TrustedKey, 'identity'>>();
  const trust = (key: ListedKey, reason: TrustReason) => {
    if (!trusted.has(key.fingerprint)) trusted.set(key.fingerprint, { ...key, reason });
  };
  const stewards = new Set<string>();

  const local = inputs.localSteward && crypto.fingerprint(inputs.localSteward.publicKey) === inputs.localSteward.fingerprint ? inputs.localSteward : null;
  if (local) {
    trust(local, { kind: 'local-steward' });
    stewards.add(local.fingerprint);
  }
  for (const file of inputs.trustFiles) {
    if (!trustFileIsValid(file, crypto)) continue;
    const { steward, keys, studio } = file.body;
    stewards.add(steward.fingerprint);
    trust(steward, { kind: 'trust-file', steward: steward.fingerprint, studio });
    for (const key of keys) {
      trust(key, { kind: 'trust-file', steward: steward.fingerprint, studio });
      union(steward.fingerprint, key.fingerprint);
    }
    for (const person of file.body.people ?? []) {
      trust(person, { kind: 'trust-file', steward: steward.fingerprint, studio });
      find(person.fingerprint); // its own identity unless a join elsewhere says otherwise
    }
    // one person's old and new keys; joining only ever makes fewer people (the safe direction)
    for (const group of file.body.samePerson ?? []) for (const fp of group.slice(1)) union(group[0], fp);
  }

  // vouches travel inside trust files too; enrolments do not (the file's own list says the same)
  const carried = inputs.trustFiles.filter((f) => trustFileIsValid(f, crypto)).flatMap((f) => (f.body.vouches ?? []).filter((v) => v.certification.relation === 'vouch'));
  const valid = [...inputs.certifications, ...carried].filter((c) => certificationIsValid(c, crypto)).map((c) => c.certification);
  // every valid enrolment joins two keys into one person, trusted or not: joining only ever
  // makes fewer people, which is the safe direction
  for (const c of valid) if (c.relation === 'enrol') union(c.certifier, c.subject);

  // roots of identities are chosen stably: the local steward, else a steward, else the smallest fingerprint
  const identityOf = (fp: string): string => {
    const root = find(fp);
    const members = [...parent.keys(), fp].filter((k) => find(k) === root);
    if (local && members.includes(local.fingerprint)) return local.fingerprint;
    const stewardMembers = members.filter((m) => stewards.has(m)).sort();
    return stewardMembers[0] ?? members.sort()[0];
  };

  // enrolments by trusted keys and vouches by two trusted people, until nothing changes
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of valid) {
      if (c.relation !== 'enrol' || trusted.has(c.subject) || !trusted.has(c.certifier)) continue;
      trust({ fingerprint: c.subject, publicKey: c.subjectKey, name: c.subjectName }, { kind: 'enrolled', by: c.certifier });
      changed = true;
    }
    const vouchers = new Map<string, { key: ListedKey; people: Map<string, string> }>();
    for (const c of valid) {
      if (c.relation !== 'vouch' || trusted.has(c.subject) || !trusted.has(c.certifier)) continue;
      const entry = vouchers.get(c.subject) ?? { key: { fingerprint: c.subject, publicKey: c.subjectKey, name: c.subjectName }, people: new Map() };
      entry.people.set(identityOf(c.certifier), c.certifier);
      vouchers.set(c.subject, entry);
    }
    for (const { key, people } of vouchers.values()) {
      if (people.size < 2) continue;
      trust(key, { kind: 'vouched', by: [...people.values()].sort() });
      changed = true;
    }
  }

  const withIdentity = new Map<string, TrustedKey>();
  for (const [fp, key] of trusted) withIdentity.set(fp, { ...key, identity: identityOf(fp) });
  return {
    localIdentity: local?.fingerprint ?? null,
    trusted: withIdentity,
    isTrusted: (fp) => withIdentity.has(fp),
    identityOf: (fp) => withIdentity.get(fp)?.identity,
  };
}
