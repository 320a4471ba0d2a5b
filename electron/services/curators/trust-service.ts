import type crypto from 'node:crypto';
import { studioError } from '../../../model/localized';
import type { UsageLabelId } from '../../../model/motif/labels';
import type { MotifRecord } from '../../../model/motif/schema';
import { applyVerdict, computeMotifVerdict, motifContentHash, type MotifVerdict, type ReleaseEntry } from '../../../model/trust/motif-verdict';
import {
  CERTIFY_TYPE,
  MOTIF_STATEMENT_TYPE,
  TRUST_FILE_TYPE,
  formatFingerprint,
  normalizeFingerprint,
  signedText,
  trustFileSchema,
  type Certification,
  type ListedKey,
  type MotifSignature,
  type MotifStatement,
  type SignedAction,
  type SignedCertification,
  type TrustFile,
} from '../../../model/trust/statements';
import { computeTrust, trustFileIsValid, type TrustList } from '../../../model/trust/trust-list';
import { mergeSignatures } from '../../../model/trust/merge';
import type { Database } from '../db/database';
import { generateKeyPair, nodeTrustCrypto, sealPrivateKey, sign, unsealPrivateKey, type SealedKey } from './keys';
import { TrustStore, type KeyRow } from './trust-store';

/** A key that can sign now: a curator's own key, or the studio steward's, unlocked for the session. */
export interface Signer {
  fingerprint: string;
  publicKey: string;
  name: string;
  privateKey: crypto.KeyObject;
}

/** What a trust file says, after its signature was checked, for a person to confirm. */
export interface TrustFilePreview {
  studio: string;
  steward: { fingerprint: string; display: string; name: string };
  keys: { fingerprint: string; display: string; name: string }[];
  vouches: number;
  /** distinct people a curation hub's file attests (model/trust/trust-list.ts) */
  people: number;
  issuedAt: string;
}

/** Trust files are small: a studio's handful of keys. */
export const TRUST_FILE_MAX_BYTES = 256 * 1024;

/**
 * Signed curation: keys, certifications, trust files, and the verdict on each motif. The API
 * the rest of the studio (and the packs service) uses is described in README.md here.
 */
export class TrustService {
  readonly crypto = nodeTrustCrypto;
  private readonly store: TrustStore;
  private cached: TrustList | null = null;
  private readonly listeners: (() => void)[] = [];

  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.store = new TrustStore(db);
  }

  // ---- verdicts ----------------------------------------------------------------------

  /** The trust list as it stands; recomputed after any change to keys, certifications or trust files. */
  trustList(): TrustList {
    if (!this.cached) {
      const steward = this.store.steward();
      const files = latestPerSteward(this.store.trustFiles().map((r) => JSON.parse(r.document) as TrustFile));
      this.cached = computeTrust(
        { localSteward: steward ? listed(steward) : null, certifications: this.store.certifications(), trustFiles: files },
        this.crypto,
      );
    }
    return this.cached;
  }

  contentHash(record: MotifRecord): string {
    return motifContentHash(record, this.crypto);
  }

  release(motifId: string): ReleaseEntry | null {
    const row = this.store.release(motifId);
    return row ? { contentHash: row.content_hash, label: row.label as UsageLabelId, edition: row.edition } : null;
  }

  verdict(record: MotifRecord): MotifVerdict {
    return computeMotifVerdict(record, { trust: this.trustList(), crypto: this.crypto, now: this.now(), release: this.release(record.id) });
  }

  /** The record with status, label and withdrawal reason as its signatures decide. */
  resolve(record: MotifRecord): MotifRecord {
    return applyVerdict(record, this.verdict(record));
  }

  /** Signatures from two copies of a record (local and a pack's), each once; malformed ones are dropped (model/trust/merge.ts). */
  mergeSignatures(...lists: (readonly MotifSignature[] | undefined)[]): MotifSignature[] {
    return mergeSignatures(...lists);
  }

  /** Signs one statement about the record's current content. The signer's key must be trusted. */
  signMotif(signer: Signer, record: MotifRecord, action: SignedAction, target: MotifStatement['target'] = {}): MotifSignature {
    if (!this.trustList().isTrusted(signer.fingerprint)) {
      throw studioError(
        'trust.key-untrusted',
        `“${signer.name}”的签名密钥还没有被本工坊信任（指纹 ${formatFingerprint(signer.fingerprint)}）。请在“设置 → 策展人与信任”里让持有工坊密钥的策展人为它登记。`,
        `${signer.name}'s signing key is not trusted by this studio yet (fingerprint ${formatFingerprint(signer.fingerprint)}). In Settings → Curators and trust, ask a curator who holds the studio key to enrol it.`,
      );
    }
    const statement: MotifStatement = {
      type: MOTIF_STATEMENT_TYPE,
      action,
      recordId: record.id,
      contentHash: this.contentHash(record),
      target,
      at: this.now().toISOString(),
      key: signer.fingerprint,
      signer: signer.name,
    };
    return { statement, publicKey: signer.publicKey, signature: sign(signer.privateKey, signedText(statement)) };
  }

  /** Drops the cached trust list: after a transaction that imported a trust file was rolled back (sync). */
  forget(): void {
    this.cached = null;
  }

  /** Called after the trust list changed (the motif library recomputes every stored verdict). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    this.cached = null;
    for (const l of this.listeners) l();
  }

  // ---- the starter library's release entries -------------------------------------------

  /** Only the starter-library loader calls this, with records read from the app's own resources. */
  recordRelease(record: MotifRecord, edition: string): void {
    this.store.putRelease(record.id, this.contentHash(record), record.usageLabel, edition, this.now().toISOString());
  }

  // ---- local keys ------------------------------------------------------------------------

  steward(): ListedKey | null {
    const row = this.store.steward();
    return row ? listed(row) : null;
  }

  /** First setup: the studio's steward key, sealed for the first curator. */
  createSteward(curatorId: string, passphrase: string, studioName: string): Signer {
    if (this.store.steward()) throw studioError('trust.steward-exists', '这个工坊已经有工坊密钥了。', 'This studio already has its studio key.');
    const pair = generateKeyPair();
    const at = this.now().toISOString();
    this.store.insertKey({ fingerprint: pair.fingerprint, public_key: pair.publicKey, name: studioName, role: 'steward', curator_id: null, sealed: null, created_at: at });
    this.store.putStewardSlot(curatorId, sealPrivateKey(pair.privateKey, pair.fingerprint, passphrase));
    this.store.audit(at, studioName, 'steward-created', pair.fingerprint);
    this.changed();
    return { fingerprint: pair.fingerprint, publicKey: pair.publicKey, name: studioName, privateKey: pair.privateKey };
  }

  /** A new curator key made on this studio, sealed under the curator's passphrase and enrolled by the steward. */
  createCuratorKey(curatorId: string, name: string, passphrase: string, steward: Signer | null, actor: string): Signer {
    const pair = generateKeyPair();
    const at = this.now().toISOString();
    this.store.insertKey({ fingerprint: pair.fingerprint, public_key: pair.publicKey, name, role: 'curator', curator_id: curatorId, sealed: sealPrivateKey(pair.privateKey, pair.fingerprint, passphrase), created_at: at });
    this.store.audit(at, actor, 'key-created', pair.fingerprint, name);
    const signer = { fingerprint: pair.fingerprint, publicKey: pair.publicKey, name, privateKey: pair.privateKey };
    if (steward) this.enrol(steward, signer, actor);
    this.changed();
    return signer;
  }

  /** The steward enrols a key made here: "same studio, same person" (trust-list.ts). */
  enrol(steward: Signer, subject: Pick<Signer, 'fingerprint' | 'publicKey' | 'name'>, actor: string): void {
    this.certify(steward, subject, 'enrol', actor);
  }

  /**
   * Keys made here that the steward has not enrolled yet (a curator from before signed
   * curation got their key at their first unlock, when the studio key was locked): the holder
   * of the studio key enrols them when they unlock.
   */
  enrolPendingLocalKeys(steward: Signer, actor: string): number {
    const enrolled = new Set(this.store.certifications().filter((c) => c.certification.relation === 'enrol' && c.certification.certifier === steward.fingerprint).map((c) => c.certification.subject));
    const pending = this.store.keys().filter((k) => k.role === 'curator' && k.curator_id && k.sealed && !enrolled.has(k.fingerprint));
    for (const k of pending) this.enrol(steward, { fingerprint: k.fingerprint, publicKey: k.public_key, name: k.name }, actor);
    if (pending.length) this.changed();
    return pending.length;
  }

  /** Gives another local curator the steward key under their own passphrase. */
  shareSteward(curatorId: string, steward: Signer, passphrase: string): void {
    this.store.putStewardSlot(curatorId, sealPrivateKey(steward.privateKey, steward.fingerprint, passphrase));
  }

  keyOfCurator(curatorId: string): KeyRow | undefined {
    return this.store.keyOfCurator(curatorId);
  }

  /** Opens a curator's own key and, when they hold a slot, the steward key. */
  unlock(curatorId: string, name: string, passphrase: string): { key: Signer | null; steward: Signer | null } {
    const row = this.store.keyOfCurator(curatorId);
    const key = row?.sealed ? { fingerprint: row.fingerprint, publicKey: row.public_key, name: row.name, privateKey: unsealPrivateKey(JSON.parse(row.sealed) as SealedKey, row.fingerprint, passphrase) } : null;
    const slot = this.store.stewardSlot(curatorId);
    const stewardRow = this.store.steward();
    const steward = slot && stewardRow ? { fingerprint: stewardRow.fingerprint, publicKey: stewardRow.public_key, name: stewardRow.name, privateKey: unsealPrivateKey(slot, stewardRow.fingerprint, passphrase) } : null;
    return { key: key && { ...key, name }, steward };
  }

  // ---- certification and trust files -------------------------------------------------------

  /**
   * `signer` vouches that the key with this public key is a distinct person. It becomes
   * trusted once a second trusted person vouches too (here, or in their trust file).
   */
  vouch(signer: Signer, subject: { publicKey: string; name: string }, confirmedFingerprint: string, actor: string): void {
    const fingerprint = this.crypto.fingerprint(subject.publicKey);
    if (!fingerprint) throw studioError('trust.bad-key', '这不是有效的公钥（应为 43 个字符的 base64url 文本）。', 'This is not a valid public key (expected 43 characters of base64url).');
    this.requireFingerprint(fingerprint, confirmedFingerprint);
    if (!this.store.key(fingerprint)) {
      this.store.insertKey({ fingerprint, public_key: subject.publicKey, name: subject.name, role: 'outside', curator_id: null, sealed: null, created_at: this.now().toISOString() });
    }
    this.certify(signer, { fingerprint, publicKey: subject.publicKey, name: subject.name }, 'vouch', actor);
    this.changed();
  }

  private certify(signer: Signer, subject: Pick<Signer, 'fingerprint' | 'publicKey' | 'name'>, relation: Certification['relation'], actor: string): void {
    if (subject.fingerprint === signer.fingerprint) throw studioError('trust.self-certify', '密钥不能为自己作证。', 'A key cannot certify itself.');
    const certification: Certification = {
      type: CERTIFY_TYPE,
      relation,
      subject: subject.fingerprint,
      subjectKey: subject.publicKey,
      subjectName: subject.name,
      certifier: signer.fingerprint,
      at: this.now().toISOString(),
    };
    const signed: SignedCertification = { certification, publicKey: signer.publicKey, signature: sign(signer.privateKey, signedText(certification)) };
    this.store.putCertification(signed);
    this.store.audit(certification.at, actor, relation === 'enrol' ? 'key-enrolled' : 'key-vouched', subject.fingerprint, `${signer.name} (${signer.fingerprint.slice(0, 16)})`);
    this.cached = null;
  }

  /** Reads and checks a trust file (signature, keys, format) without changing anything. */
  inspectTrustFile(text: string): { file: TrustFile; preview: TrustFilePreview } {
    if (Buffer.byteLength(text, 'utf8') > TRUST_FILE_MAX_BYTES) throw invalidTrustFile('larger than 256 KB', '超过 256 KB');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw invalidTrustFile('not JSON', '不是 JSON 文本');
    }
    const parsed = trustFileSchema.safeParse(raw);
    if (!parsed.success) {
      if ((raw as { body?: { type?: unknown } })?.body?.type !== TRUST_FILE_TYPE) throw invalidTrustFile('not a Jinxiu trust file', '不是锦绣工坊的信任文件');
      const issue = parsed.error.issues[0];
      throw invalidTrustFile(`field ${issue.path.join('.')}: ${issue.message}`, `字段 ${issue.path.join('.')} 不对`);
    }
    const file = parsed.data;
    if (!trustFileIsValid(file, this.crypto)) {
      throw studioError(
        'trust.file-signature',
        '这个信任文件的签名对不上：文件在签名之后被改过，或者不是它声称的工坊签发的。不要导入它，请向对方重新索取。',
        'The signature of this trust file does not verify: it was changed after signing, or it was not issued by the studio it names. Do not import it; ask the partner for a fresh copy.',
      );
    }
    const b = file.body;
    return {
      file,
      preview: {
        studio: b.studio,
        steward: { fingerprint: b.steward.fingerprint, display: formatFingerprint(b.steward.fingerprint), name: b.steward.name },
        keys: b.keys.map((k) => ({ fingerprint: k.fingerprint, display: formatFingerprint(k.fingerprint), name: k.name })),
        vouches: b.vouches?.length ?? 0,
        people: b.people?.length ?? 0,
        issuedAt: b.issuedAt,
      },
    };
  }

  /**
   * Imports a partner's trust file. `confirmedFingerprint` is the steward fingerprint a person
   * read out and compared with the partner (by phone, in person); it must match exactly.
   */
  importTrustFile(text: string, confirmedFingerprint: string, actor: string): TrustFilePreview {
    const { file, preview } = this.inspectTrustFile(text);
    const steward = file.body.steward.fingerprint;
    this.requireFingerprint(steward, confirmedFingerprint);
    if (steward === this.store.steward()?.fingerprint) {
      throw studioError('trust.own-file', '这是本工坊自己的信任文件，不能导入给自己。', "This is this studio's own trust file; it cannot be imported here.");
    }
    const at = this.now().toISOString();
    this.store.putTrustFile(file, actor, at);
    this.store.audit(at, actor, 'trust-file-imported', steward, `${file.body.studio}: ${file.body.keys.length} keys`);
    for (const k of file.body.keys) this.store.audit(at, actor, 'key-listed', k.fingerprint, `${file.body.studio} (${steward.slice(0, 16)})`);
    this.changed();
    return preview;
  }

  /** This studio's trust file: its steward, its curators' keys and its vouches, signed by the steward. */
  exportTrustFile(steward: Signer, studio: string, actor: string): TrustFile {
    const local = this.trustList();
    const keys = this.store
      .keys()
      .filter((k) => k.role === 'curator' && local.identityOf(k.fingerprint) === steward.fingerprint)
      .map((k) => ({ fingerprint: k.fingerprint, publicKey: k.public_key, name: k.name }));
    const vouches = this.store.certifications().filter((c) => c.certification.relation === 'vouch' && local.identityOf(c.certification.certifier) === steward.fingerprint);
    const body = {
      type: TRUST_FILE_TYPE,
      studio,
      steward: { fingerprint: steward.fingerprint, publicKey: steward.publicKey, name: steward.name },
      keys,
      ...(vouches.length ? { vouches } : {}),
      issuedAt: this.now().toISOString(),
    } as TrustFile['body'];
    this.store.audit(body.issuedAt, actor, 'trust-file-exported', steward.fingerprint, `${keys.length} keys`);
    return { body, signature: sign(steward.privateKey, signedText(body)) };
  }

  private requireFingerprint(actual: string, confirmed: string): void {
    if (normalizeFingerprint(confirmed) === actual) return;
    throw studioError(
      'trust.fingerprint-mismatch',
      `你确认的指纹和文件里的不一致。文件里的指纹是 ${formatFingerprint(actual)}。请和对方当面或电话逐组核对；对不上就不要导入。`,
      `The fingerprint you confirmed does not match the file's, which is ${formatFingerprint(actual)}. Compare it group by group with the partner in person or by phone; if it does not match, do not import.`,
    );
  }

  // ---- what Settings shows -------------------------------------------------------------------

  keys(): KeyRow[] {
    return this.store.keys();
  }
  certifications(): SignedCertification[] {
    return this.store.certifications();
  }
  trustFiles() {
    return this.store.trustFiles();
  }
  auditEntries() {
    return this.store.auditEntries();
  }
}

function listed(row: KeyRow): ListedKey {
  return { fingerprint: row.fingerprint, publicKey: row.public_key, name: row.name };
}

function latestPerSteward(files: TrustFile[]): TrustFile[] {
  const latest = new Map<string, TrustFile>();
  for (const f of files) {
    const have = latest.get(f.body.steward.fingerprint);
    if (!have || have.body.issuedAt <= f.body.issuedAt) latest.set(f.body.steward.fingerprint, f);
  }
  return [...latest.values()];
}

function invalidTrustFile(en: string, zh: string) {
  return studioError('trust.file-invalid', `这个文件不能作为信任文件导入：${zh}。请向对方索取由锦绣工坊导出的信任文件（.json）。`, `This file cannot be imported as a trust file: ${en}. Ask the partner for a trust file exported by Jinxiu Studio (.json).`);
}
