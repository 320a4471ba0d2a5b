import type { HubRole, HubSubmission } from '../../model/hub/protocol';
import type { MotifRecord } from '../../model/motif/schema';
import { startHub, type RunningHub } from '../../electron/hub/server';
import { HubClient } from '../../electron/services/sync/hub-client';
import type { StudioContext } from '../../electron/services/studio';

export const PASSWORD = 'correct horse battery';

/** The accounts most hub tests start with: a steward, two curators (two people) and two cooperatives. */
export const PROVINCE_ACCOUNTS: [string, HubRole][] = [
  ['steward', 'steward'],
  ['anthro-a', 'curator'],
  ['museum-b', 'curator'],
  ['coop-leishan', 'cooperative'],
  ['coop-taijiang', 'cooperative'],
];

/** Accounts made straight through the accounts service (the CLI path has its own test). */
export async function addAccounts(hub: RunningHub, accounts: [string, HubRole][]): Promise<void> {
  for (const [name, role] of accounts) await hub.accounts.add(name, role, PASSWORD, 'test');
}

export async function loggedIn(hub: RunningHub | string, name: string, password = PASSWORD): Promise<HubClient> {
  const client = new HubClient(typeof hub === 'string' ? hub : hub.url);
  await client.login(name, password);
  return client;
}

/** A studio's own record with its master artwork, as the sync client pushes it. */
export function submissionOf(studio: StudioContext, id: string): HubSubmission {
  const row = studio.motifs.get(id)!;
  const masters = new Set([row.record.artwork.vector, ...row.record.artwork.rasters].filter(Boolean));
  const files = studio.motifs
    .files(id)
    .filter((f) => masters.has(f.name))
    .map((f) => ({ name: f.name, base64: Buffer.from(studio.store.read(f.sha256)).toString('base64') }));
  return { record: row.record as MotifRecord, files };
}

/** Steward issues the trust file; two curators submit-approve a record: published on the hub. */
export async function publishOnHub(curators: [HubClient, HubClient], id: string, label = 'attribution'): Promise<unknown> {
  await curators[0].json('POST', `api/records/${id}/sign`, { action: 'submit' });
  await curators[0].json('POST', `api/records/${id}/sign`, { action: 'approve', target: { label } });
  return curators[1].json('POST', `api/records/${id}/sign`, { action: 'approve', target: { label } });
}

export { startHub };
