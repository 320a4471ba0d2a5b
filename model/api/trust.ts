import { z } from 'zod';
import { defineCall } from './define';

/** A trusted-or-not key as Settings shows it. */
export const trustKeySchema = z.object({
  fingerprint: z.string(),
  name: z.string(),
  /** steward: a studio's root key; curator: a curator's key; outside: a key known only to be vouched for */
  role: z.enum(['steward', 'curator', 'outside']),
  /** made on this studio (all such keys are one person) */
  local: z.boolean(),
  /** the local curator account holding it */
  holder: z.string().nullable(),
  trusted: z.boolean(),
  /** fingerprint standing for the key's person; null when not trusted */
  person: z.string().nullable(),
  /** why it is trusted */
  reason: z.enum(['local-steward', 'enrolled', 'trust-file', 'vouched']).nullable(),
  /** the partner studio whose trust file lists it */
  studio: z.string().nullable(),
  certifiedBy: z.array(z.object({ fingerprint: z.string(), name: z.string(), relation: z.enum(['enrol', 'vouch']), at: z.string() })),
});
export type TrustKey = z.infer<typeof trustKeySchema>;

export const trustAuditSchema = z.object({ id: z.number(), at: z.string(), actor: z.string(), action: z.string(), subject: z.string(), note: z.string().nullable() });

export const trustOverviewSchema = z.object({
  /** this studio's steward fingerprint (null before the first curator is set up) */
  steward: z.string().nullable(),
  keys: z.array(trustKeySchema),
  trustFiles: z.array(
    z.object({
      id: z.number(),
      studio: z.string(),
      steward: z.string(),
      issuedAt: z.string(),
      importedAt: z.string(),
      confirmedBy: z.string(),
      keys: z.number().int(),
      /** the newest file of its steward is the one in force */
      active: z.boolean(),
    }),
  ),
  audit: z.array(trustAuditSchema),
});
export type TrustOverview = z.infer<typeof trustOverviewSchema>;

export const trustFilePreviewSchema = z.object({
  studio: z.string(),
  steward: z.object({ fingerprint: z.string(), display: z.string(), name: z.string() }),
  keys: z.array(z.object({ fingerprint: z.string(), display: z.string(), name: z.string() })),
  vouches: z.number().int(),
  /** distinct people a curation hub's trust file attests: the person confirming should know */
  people: z.number().int(),
  issuedAt: z.string(),
});
export type TrustFilePreview = z.infer<typeof trustFilePreviewSchema>;

/** A trust file is a small JSON text (a studio's handful of keys). */
const trustFileText = z.string().min(2).max(256 * 1024);
const fingerprintInput = z.string().trim().min(1).max(200);

export const trustCalls = {
  'trust.overview': defineCall(z.object({}).strict(), trustOverviewSchema, 'Curator keys, who certified whom, imported trust files and the trust audit.'),
  'trust.inspectFile': defineCall(z.object({ text: trustFileText }).strict(), trustFilePreviewSchema, 'Check a partner trust file (signature, keys) and show its steward fingerprint; changes nothing.'),
  'trust.importFile': defineCall(
    z.object({ text: trustFileText, fingerprint: fingerprintInput }).strict(),
    trustOverviewSchema,
    'Import a partner trust file after a person confirmed its steward fingerprint (curator mode).',
  ),
  'trust.exportFile': defineCall(
    z.object({ studio: z.string().trim().min(1).max(200) }).strict(),
    z.object({ fileName: z.string(), text: z.string(), fingerprint: z.string() }),
    "This studio's trust file, signed by the studio key (curator mode, holder of the studio key).",
  ),
  'trust.vouch': defineCall(
    z.object({ publicKey: z.string().trim().max(100), name: z.string().trim().min(1).max(200), fingerprint: fingerprintInput }).strict(),
    trustOverviewSchema,
    'Vouch that a key is a distinct person; it is trusted once two different trusted people vouched (curator mode).',
  ),
};
