import crypto from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import type { UsageLabelId } from '../../../../../model/motif/labels';
import type { PackManifest } from '../../../../../model/motif/pack-manifest';
import type { MotifRecord } from '../../../../../model/motif/schema';
import { motifContentHash } from '../../../../../model/trust/motif-verdict';
import { MOTIF_STATEMENT_TYPE, signedText, TRUST_FILE_TYPE, type MotifSignature, type SignedAction, type TrustFile } from '../../../../../model/trust/statements';
import { generateKeyPair, nodeTrustCrypto, sign, type KeyPair } from '../../../../../electron/services/curators/keys';
import { makeStudio, type TestStudio } from '../../../../helpers/studio';

/**
 * A partner studio made of real Ed25519 keys: a steward and one curator, and the trust file
 * the steward signs. Two partners are two different people to a studio that imported both
 * trust files; their curators' approvals are what publishes a record there.
 */
export interface Partner {
  studio: string;
  steward: KeyPair;
  curator: KeyPair & { name: string };
  trustFile: TrustFile;
  /** a curator statement over the record's current content, signed for real */
  sign(record: MotifRecord, action: SignedAction, target?: { label?: UsageLabelId; reason?: string }, options?: { at?: string; by?: 'curator' | 'steward' }): MotifSignature;
}

export function makePartner(studio: string, curatorName: string): Partner {
  const steward = generateKeyPair();
  const curator = { ...generateKeyPair(), name: curatorName };
  const body = {
    type: TRUST_FILE_TYPE,
    studio,
    steward: { fingerprint: steward.fingerprint, publicKey: steward.publicKey, name: `${studio} steward` },
    keys: [{ fingerprint: curator.fingerprint, publicKey: curator.publicKey, name: curatorName }],
    issuedAt: '2026-11-01T00:00:00.000Z',
  } as TrustFile['body'];
  const trustFile: TrustFile = { body, signature: sign(steward.privateKey, signedText(body)) };
  return {
    studio,
    steward,
    curator,
    trustFile,
    sign(record, action, target = {}, { at = '2026-11-20T10:00:00.000Z', by = 'curator' } = {}) {
      const key = by === 'curator' ? curator : { ...steward, name: `${studio} steward` };
      const statement = {
        type: MOTIF_STATEMENT_TYPE,
        action,
        recordId: record.id,
        contentHash: motifContentHash(record, nodeTrustCrypto),
        target,
        at,
        key: key.fingerprint,
        signer: key.name,
      } as MotifSignature['statement'];
      return { statement, publicKey: key.publicKey, signature: sign(key.privateKey, signedText(statement)) };
    },
  };
}

/** The receiving studio trusts a partner the only way there is: its trust file, fingerprint confirmed. */
export function trustPartner(t: TestStudio, partner: Partner): void {
  t.studio.trust.importTrustFile(JSON.stringify(partner.trustFile), partner.steward.fingerprint, 'test');
}

/** Rebuilds a pack with its manifest changed (real zip bytes, written by fflate). */
export function withManifest(pack: Uint8Array, change: (manifest: PackManifest, files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(pack);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as PackManifest;
  change(manifest, files);
  files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  return zipSync(files);
}

export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
export const fromB64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/**
 * A pack made by hand, as someone going around the exporter would make it: the given
 * records (changed as the test likes) with the artwork bytes this studio holds for them.
 */
export function handMadePack(t: TestStudio, records: MotifRecord[]): Uint8Array {
  const zip: Record<string, Uint8Array> = {};
  const manifest: PackManifest = {
    format: 'jinxiu-motif-pack',
    formatVersion: 2,
    packId: crypto.randomUUID(),
    creator: 'someone',
    createdAt: '2026-11-25T08:00:00.000Z',
    motifs: records,
    files: [],
  };
  for (const r of records) {
    const masters = new Set([r.artwork.vector, ...r.artwork.rasters].filter(Boolean));
    for (const f of t.studio.motifs.files(r.id)) {
      if (!masters.has(f.name)) continue;
      const bytes = new Uint8Array(t.studio.store.read(f.sha256));
      const path = `motifs/${r.id}/${f.name}`;
      zip[path] = bytes;
      manifest.files.push({ path, sha256: f.sha256, size: bytes.length });
    }
  }
  zip['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  return zipSync(zip);
}

/** The record as the receiving studio holds it now, a fresh copy to change. */
export function localRecord(t: TestStudio, id: string): MotifRecord {
  return structuredClone(t.studio.motifs.get(id)!.record);
}

export const LOTUS = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M5 0 L10 5 L5 10 L0 5 Z" fill="#b3261e"/></svg>';

/**
 * Two real studios: `source` holds one imported motif (`id`) and exported it as `pack`;
 * `receiver` trusts partners `a` and `b` (two people) and not `stranger`.
 */
export async function sourceAndReceiver() {
  const source = await makeStudio({ starterLibrary: false });
  const receiver = await makeStudio({ starterLibrary: false });
  const id = (await source.studio.imports.importOne('lotus.svg', Buffer.from(LOTUS), 'test')).id!;
  const pack = source.studio.packs.export([id], { name: 'source centre', curator: true }).bytes;
  const a = makePartner('Leishan centre', 'Ana');
  const b = makePartner('Taijiang centre', 'Bo');
  const stranger = makePartner('Nobody we know', 'Zed');
  trustPartner(receiver, a);
  trustPartner(receiver, b);
  return { source, receiver, id, pack, a, b, stranger };
}
