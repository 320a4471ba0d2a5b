import { studioError } from '../../model/localized';
import { computeTrust, type TrustList } from '../../model/trust/trust-list';
import { signedText, TRUST_FILE_TYPE, type ListedKey, type TrustFile } from '../../model/trust/statements';
import { nodeTrustCrypto, sign } from '../services/curators/keys';
import type { Signer } from '../services/curators/trust-service';
import type { HubClient, HubPool } from './database';

/**
 * The hub's trust, in the studio's own format (model/trust): the first steward account's key is
 * the hub's steward key; it signs a trust file (`jinxiu.trust/1`) that lists every curator of the
 * hub under `people` (distinct persons, model/trust/trust-list.ts). Studios import that file with
 * the steward fingerprint a person confirmed, and from then on count hub curators' signatures.
 * The hub judges its own records with the same file: one trust model on both sides.
 */
export async function hubSteward(db: HubPool | HubClient): Promise<ListedKey | null> {
  const row = (
    await db.query<{ key_fingerprint: string; public_key: string; name: string }>(
      "SELECT key_fingerprint, public_key, name FROM hub_accounts WHERE role = 'steward' AND key_fingerprint IS NOT NULL ORDER BY id LIMIT 1",
    )
  ).rows[0];
  return row ? { fingerprint: row.key_fingerprint, publicKey: row.public_key, name: row.name } : null;
}

export async function latestTrustFile(db: HubPool | HubClient): Promise<TrustFile | null> {
  const row = (await db.query<{ document: TrustFile }>('SELECT document FROM hub_trust_files ORDER BY issued_at DESC, id DESC LIMIT 1')).rows[0];
  return row?.document ?? null;
}

export async function hubTrustList(db: HubPool | HubClient): Promise<TrustList> {
  const [steward, file] = await Promise.all([hubSteward(db), latestTrustFile(db)]);
  return computeTrust({ localSteward: steward, certifications: [], trustFiles: file ? [file] : [] }, nodeTrustCrypto);
}

/** The steward signs a new trust file naming every curator key the hub has now. */
export async function issueTrustFile(client: HubClient, steward: Signer, hubName: string, now: Date): Promise<TrustFile> {
  const official = await hubSteward(client);
  if (!official || official.fingerprint !== steward.fingerprint) {
    throw studioError('hub.not-hub-steward', '只有持有中心密钥的管理员（第一个管理员账户）能签发信任文件。', "Only the steward holding the hub's key (the first steward account) can issue the trust file.");
  }
  // disabled curators stay listed: what they signed while they curated stays valid (the hub
  // never opens their key again); retired keys stay listed as the same person as the new one
  const curators = await client.query<{ account_id: string; key_fingerprint: string; public_key: string; name: string }>(
    `SELECT id AS account_id, key_fingerprint, public_key, name FROM hub_accounts WHERE role = 'curator' AND key_fingerprint IS NOT NULL
     UNION ALL
     SELECT a.id, r.fingerprint, r.public_key, a.name FROM hub_retired_keys r JOIN hub_accounts a ON a.id = r.account_id WHERE a.role = 'curator'
     ORDER BY 1, 2`,
  );
  const byAccount = new Map<string, string[]>();
  for (const r of curators.rows) byAccount.set(r.account_id, [...(byAccount.get(r.account_id) ?? []), r.key_fingerprint]);
  const samePerson = [...byAccount.values()].filter((keys) => keys.length > 1);
  const body: TrustFile['body'] = {
    type: TRUST_FILE_TYPE,
    studio: hubName,
    steward: { fingerprint: steward.fingerprint, publicKey: steward.publicKey, name: official.name },
    keys: [],
    people: curators.rows.map((r) => ({ fingerprint: r.key_fingerprint, publicKey: r.public_key, name: r.name })),
    ...(samePerson.length ? { samePerson } : {}),
    issuedAt: now.toISOString(),
  };
  const file: TrustFile = { body, signature: sign(steward.privateKey, signedText(body)) };
  await client.query('INSERT INTO hub_trust_files (steward, document, issued_at) VALUES ($1, $2, $3)', [steward.fingerprint, JSON.stringify(file), body.issuedAt]);
  await client.query('INSERT INTO hub_audit (actor, action, detail) VALUES ($1, $2, $3)', [official.name, 'trust-file-issued', JSON.stringify({ steward: steward.fingerprint, people: body.people!.length })]);
  return file;
}
