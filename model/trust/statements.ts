/**
 * The signed documents of curation, as data. Every signature is Ed25519 over the RFC 8785
 * canonical JSON of one of these objects; the `type` member is inside what is signed, so a
 * signature made for one kind of document can never be replayed as another (domain
 * separation).
 *
 *   jinxiu.motif/1     a curator's statement about one motif record (submit, approve, ...)
 *   jinxiu.certify/1   one key certifying another ('enrol': made on my studio, the same
 *                      person as me; 'vouch': I vouch that this key is a distinct person)
 *   jinxiu.trust/1     a studio's trust file: its steward key and its curators' keys
 *
 * Keys travel as base64url of the raw 32-byte Ed25519 public key; a key's fingerprint is the
 * lower-case hex sha256 of those 32 bytes. Signatures are base64url of the 64-byte value.
 */
import { z } from 'zod';
import { USAGE_LABEL_IDS } from '../motif/labels';
import { canonicalize } from './canonical-json';

export const FINGERPRINT = /^[0-9a-f]{64}$/;
const fingerprint = z.string().regex(FINGERPRINT, { message: 'fingerprint' });
const publicKey = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'public-key' });
const signature = z.string().regex(/^[A-Za-z0-9_-]{86}$/, { message: 'signature' });
const at = z.iso.datetime({ offset: false, message: 'iso-datetime' });
const shortText = z.string().trim().min(1).max(200);

export const MOTIF_STATEMENT_TYPE = 'jinxiu.motif/1';
export const CERTIFY_TYPE = 'jinxiu.certify/1';
export const TRUST_FILE_TYPE = 'jinxiu.trust/1';

/** The actions a curator signs. `label` changes the usage label of a published record. */
export const SIGNED_ACTIONS = ['submit', 'request-changes', 'approve', 'withdraw', 'label'] as const;
export type SignedAction = (typeof SIGNED_ACTIONS)[number];

export const motifStatementSchema = z
  .object({
    type: z.literal(MOTIF_STATEMENT_TYPE),
    action: z.enum(SIGNED_ACTIONS),
    recordId: z.uuid(),
    /** sha256 of the canonical content (model/trust/content.ts) the signer looked at */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    /** what the action asks for: the label an approval publishes under or a label change sets; a withdrawal's reason */
    target: z
      .object({
        label: z.enum(USAGE_LABEL_IDS).optional(),
        reason: z.string().trim().min(1).max(500).optional(),
      })
      .strict(),
    at,
    /** fingerprint of the signing key */
    key: fingerprint,
    /** the signer's display name: signed so it cannot be swapped, but never a reason to trust */
    signer: shortText,
  })
  .strict();
export type MotifStatement = z.infer<typeof motifStatementSchema>;

/** One signature as it travels with a record (motif.json, packs, the database). */
export const motifSignatureSchema = z
  .object({
    statement: motifStatementSchema,
    publicKey,
    signature,
  })
  .strict();
export type MotifSignature = z.infer<typeof motifSignatureSchema>;

export const certificationSchema = z
  .object({
    type: z.literal(CERTIFY_TYPE),
    relation: z.enum(['enrol', 'vouch']),
    subject: fingerprint,
    subjectKey: publicKey,
    subjectName: shortText,
    certifier: fingerprint,
    at,
  })
  .strict();
export type Certification = z.infer<typeof certificationSchema>;

export const signedCertificationSchema = z.object({ certification: certificationSchema, publicKey, signature }).strict();
export type SignedCertification = z.infer<typeof signedCertificationSchema>;

const listedKey = z.object({ fingerprint, publicKey, name: shortText }).strict();
export type ListedKey = z.infer<typeof listedKey>;

export const trustFileBodySchema = z
  .object({
    type: z.literal(TRUST_FILE_TYPE),
    studio: shortText,
    steward: listedKey,
    /** the studio's curator keys, each enrolled by the steward (one person with it, see trust-list.ts) */
    keys: z.array(listedKey).max(200),
    /** vouches this studio made for keys outside it, so partners can count them (trust-list.ts) */
    vouches: z.array(signedCertificationSchema).max(500).optional(),
    /**
     * A curation hub's curators: keys of distinct people that this steward attests, each its own
     * person (trust-list.ts). A studio that confirms a hub's steward fingerprint accepts the hub's
     * word on who is a distinct person; the import preview says how many people a file names.
     */
    people: z.array(listedKey).max(500).optional(),
    /**
     * Keys of `people` that belong to one person: a hub curator whose password the steward reset
     * got a new key, and the old one stays listed so what it signed stays valid. Each group is
     * one person (trust-list.ts), so the two keys never count as two approvals.
     */
    samePerson: z.array(z.array(fingerprint).min(2).max(20)).max(500).optional(),
    issuedAt: at,
  })
  .strict();
export type TrustFileBody = z.infer<typeof trustFileBodySchema>;

/** A trust file on disk: `{ body, signature }`, the signature by body.steward over canonicalize(body). */
export const trustFileSchema = z.object({ body: trustFileBodySchema, signature }).strict();
export type TrustFile = z.infer<typeof trustFileSchema>;

/** The exact text that is signed for any of the documents above. */
export function signedText(document: MotifStatement | Certification | TrustFileBody): string {
  return canonicalize(document);
}

/** Fingerprints are compared in their canonical form: 64 lower-case hex digits. People may type
 * them grouped ("3F2A 9C01 …") or with colons. */
export function normalizeFingerprint(text: string): string {
  return text.replace(/[\s:-]/g, '').toLowerCase();
}

/** "3f2a 9c01 …": groups of four, as Settings and the CLI show them and people read them aloud. */
export function formatFingerprint(fp: string): string {
  return fp.replace(/(.{4})(?=.)/g, '$1 ');
}
