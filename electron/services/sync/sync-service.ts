import crypto from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { StudioError, studioError } from '../../../model/localized';
import { ARTWORK_BATCH_MAX_BYTES, ARTWORK_BATCH_MAX_FILES, SYNC_PAGE_LIMIT, type HubSubmission, type SyncPage } from '../../../model/hub/protocol';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackManifest } from '../../../model/motif/pack-manifest';
import { formatFingerprint, normalizeFingerprint } from '../../../model/trust/statements';
import { sha256Hex } from '../files/file-store';
import { derivePackFiles, planPack, verifyPack, writePlanned, type PackPlanItem } from '../packs/pack-import';
import type { StudioContext } from '../studio';
import { HubClient } from './hub-client';
import { SyncStore } from './sync-store';

export interface SyncOptions {
  hub: string;
  user: string;
  password: string;
  /** the hub steward fingerprint a person confirmed with the hub (needed once, at the first sync) */
  fingerprint?: string;
  actor: string;
  pageLimit?: number;
  /** called after each page is downloaded and applied (progress; the fault tests cut here) */
  onPage?: (page: { cursor: number; records: number; files: number }) => void | Promise<void>;
}

export interface SyncReport {
  hub: string;
  cursor: number;
  pages: number;
  pulled: { new: number; updated: number; unchanged: number; conflict: number; refused: number; items: PackPlanItem[] };
  downloaded: { files: number; bytes: number; reused: number };
  pushed: { accepted: string[]; unchanged: string[]; refused: { id: string; reason: { zh: string; en: string } }[] };
  trustFile: { status: 'imported' | 'current' | 'unconfirmed' | 'none'; steward?: string; display?: string };
}

/**
 * Sync with a province curation hub. Pull: each page of the hub's change feed is checked exactly
 * like a motif pack (it IS one: the page's records and artwork, zipped and handed to
 * verifyPack/planPack, judged by this studio's own trust list), then applied in ONE SQLite
 * transaction together with the hub's trust file and the new cursor. Artwork is downloaded
 * before the transaction into the content-addressed file store, each file checked against its
 * sha256: after a cut connection the next sync finds what it already has and continues; nothing
 * is half-applied because the records and the cursor commit together or not at all.
 * Push: the cooperative's own draft motifs go to the hub for review.
 */
export class SyncService {
  private readonly syncStore: SyncStore;

  constructor(private readonly studio: StudioContext) {
    this.syncStore = new SyncStore(studio.db);
  }

  state(hub: string) {
    return this.syncStore.state(normalizeHub(hub));
  }

  async sync(options: SyncOptions): Promise<SyncReport> {
    const hub = normalizeHub(options.hub);
    const client = new HubClient(hub);
    try {
      await client.login(options.user, options.password);
    } catch (error) {
      if (error instanceof StudioError && error.code === 'hub.login-failed') throw loginFailed(options.user, hub);
      throw error;
    }
    const report: SyncReport = {
      hub,
      cursor: this.syncStore.state(hub).cursor,
      pages: 0,
      pulled: { new: 0, updated: 0, unchanged: 0, conflict: 0, refused: 0, items: [] },
      downloaded: { files: 0, bytes: 0, reused: 0 },
      pushed: { accepted: [], unchanged: [], refused: [] },
      trustFile: { status: 'none' },
    };
    for (let more = true; more; ) {
      const page = await client.changes(report.cursor, options.pageLimit ?? SYNC_PAGE_LIMIT);
      await this.download(client, page, report);
      await this.apply(hub, page, options, report);
      report.cursor = page.cursor;
      report.pages++;
      more = page.more;
      await options.onPage?.({ cursor: page.cursor, records: page.records.length, files: page.files.length });
    }
    await this.push(client, options.actor, report);
    this.syncStore.saveResult(hub, { ...report, pulled: { ...report.pulled, items: report.pulled.items.length } });
    return report;
  }

  /**
   * Every file of the page into the file store, fetched in batches (one request per batch, not
   * per file), each checked against its size and sum and kept as soon as it is checked: after a
   * cut connection the next sync finds those here and asks only for the rest.
   */
  private async download(client: HubClient, page: SyncPage, report: SyncReport): Promise<void> {
    const wanted = new Map<string, SyncPage['files'][number]>();
    for (const file of page.files) {
      if (wanted.has(file.sha256)) continue;
      if (this.studio.store.has(file.sha256)) {
        report.downloaded.reused++;
        continue;
      }
      wanted.set(file.sha256, file);
    }
    for (const batch of artworkBatches([...wanted.values()])) {
      const checked: Uint8Array[] = [];
      try {
        await client.artworkBatch(
          batch.map((f) => f.sha256),
          (sha256, bytes) => {
            const file = wanted.get(sha256)!;
            if (bytes.length !== file.size || sha256Hex(bytes) !== file.sha256) {
              throw studioError('sync.artwork-mismatch', `从中心下载的图稿 ${file.path} 与它的校验值不符（传输出错或被篡改），这一页没有应用。请重新同步。`, `The artwork ${file.path} downloaded from the hub does not match its checksum (damaged or tampered in transit); this page was not applied. Sync again.`);
            }
            checked.push(bytes);
          },
        );
      } finally {
        // what arrived whole and checked is kept even when the batch was cut: the next sync asks only for the rest
        await this.studio.store.putMany(checked);
        report.downloaded.files += checked.length;
        for (const bytes of checked) report.downloaded.bytes += bytes.length;
      }
    }
  }

  private async apply(hub: string, page: SyncPage, options: SyncOptions, report: SyncReport): Promise<void> {
    const { db, motifs: repo, store, trust } = this.studio;
    const state = this.syncStore.state(hub);
    const confirmed = options.fingerprint ? normalizeFingerprint(options.fingerprint) : state.steward;
    const file = page.trustFile;
    let importTrust = false;
    if (file) {
      const steward = file.body.steward.fingerprint;
      if (!confirmed) {
        report.trustFile = { status: 'unconfirmed', steward, display: formatFingerprint(steward) };
      } else if (!options.fingerprint && confirmed !== steward) {
        throw studioError(
          'sync.steward-changed',
          `中心的信任文件换了签发密钥（现在的指纹 ${formatFingerprint(steward)}，本工坊确认过的是 ${formatFingerprint(confirmed)}）。请先和中心管理员核对，再用 --fingerprint 确认新的指纹。没有应用任何改动。`,
          `The hub's trust file is now signed by another key (fingerprint ${formatFingerprint(steward)}; this studio confirmed ${formatFingerprint(confirmed)}). Check with the hub's steward, then confirm the new fingerprint with --fingerprint. Nothing was applied.`,
        );
      } else {
        const have = trust.trustFiles().some((row) => (JSON.parse(row.document) as { signature: string }).signature === file.signature);
        importTrust = !have;
        report.trustFile = { status: have ? 'current' : 'imported', steward, display: formatFingerprint(steward) };
      }
    }
    const verified = verifyPack(pageAsPack(page, store.read.bind(store), this.studio.now()), repo);
    // thumbnails and previews for records new here or whose artwork changed, before the transaction
    const derived = await derivePackFiles(store, verified, (record) => {
      const local = repo.get(record.id)?.record;
      return !local || JSON.stringify(local.artwork.sha256) !== JSON.stringify(record.artwork.sha256);
    });
    const at = this.studio.now().toISOString();
    try {
      db.transaction(() => {
        if (importTrust) trust.importTrustFile(JSON.stringify(file), confirmed!, options.actor);
        const { plan, planned } = planPack(repo, trust, verified);
        // a record whose artwork is unchanged but that is new here (deleted locally since) still needs its files
        for (const p of planned) if (p.item.action === 'new' && !derived.has(p.record.id)) throw new Error(`artwork of ${p.record.id} was not prepared`);
        writePlanned(repo, planned, derived, options.actor, at, `hub ${hub} changes ${page.since}..${page.cursor}`);
        this.syncStore.advance(hub, page.cursor, importTrust || report.trustFile.status === 'current' ? file!.body.steward.fingerprint : null, at);
        for (const item of plan.items) {
          report.pulled[item.action === 'update' ? 'updated' : item.action]++;
          if (item.action !== 'unchanged') report.pulled.items.push(item);
        }
      })();
    } catch (error) {
      trust.forget(); // a trust file imported in the rolled-back transaction must not linger in the cache
      throw error;
    }
  }

  /** The cooperative's own drafts, each with its master artwork; accepted ones are marked as on the hub in this version. */
  private async push(client: HubClient, actor: string, report: SyncReport): Promise<void> {
    if (!client.session || client.session.role === 'steward') return;
    const { motifs: repo, store } = this.studio;
    for (const id of this.syncStore.ownToPush()) {
      const row = repo.get(id);
      if (!row) continue;
      const masters = new Set([row.record.artwork.vector, ...row.record.artwork.rasters].filter(Boolean));
      const submission: HubSubmission = {
        record: row.record,
        files: repo
          .files(id)
          .filter((f) => masters.has(f.name))
          .map((f) => ({ name: f.name, base64: Buffer.from(store.read(f.sha256)).toString('base64') })),
      };
      try {
        const result = await client.submit(submission);
        report.pushed[result].push(id);
        this.studio.db.transaction(() => {
          repo.update(row.record, { version: row.record.version, source: 'import' });
          repo.appendAudit(id, { action: 'hub-submit', actor, at: this.studio.now().toISOString(), note: `submitted to ${client.base} for review (${result})` });
        })();
      } catch (error) {
        if (!(error instanceof StudioError) || error.code === 'sync.unreachable') throw error;
        report.pushed.refused.push({ id, reason: error.localized });
      }
    }
  }
}

/** Files split into batches the hub accepts: at most so many files and bytes each (a larger file alone). */
export function artworkBatches<T extends { size: number }>(files: T[], maxFiles = ARTWORK_BATCH_MAX_FILES, maxBytes = ARTWORK_BATCH_MAX_BYTES): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length && (current.length >= maxFiles || bytes + file.size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** A sync page as a `.jxpack`: the same bytes a pack would carry, so the same checks judge it. */
function pageAsPack(page: SyncPage, read: (sha256: string) => Uint8Array, now: Date): Uint8Array {
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    packId: crypto.randomUUID(),
    creator: `hub ${page.hub}`.slice(0, 200),
    createdAt: now.toISOString(),
    motifs: page.records,
    files: page.files,
    restrictions: page.restrictions,
  };
  const zip: Zippable = { 'manifest.json': [new TextEncoder().encode(JSON.stringify(manifest)), { level: 0 }] };
  for (const f of page.files) zip[f.path] = [read(f.sha256), { level: 0 }];
  return zipSync(zip, { mtime: now });
}

function normalizeHub(hub: string): string {
  let url: URL;
  try {
    url = new URL(hub);
  } catch {
    throw studioError('sync.bad-hub', `中心地址不对：${hub}（应当像 https://hub.example.org/）。`, `Not a hub address: ${hub} (expected something like https://hub.example.org/).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw studioError('sync.bad-hub', `中心地址必须以 https:// 或 http:// 开头：${hub}`, `The hub address must start with https:// or http://: ${hub}`);
  return url.origin + (url.pathname.endsWith('/') ? url.pathname : url.pathname + '/');
}

function loginFailed(user: string, hub: string) {
  return studioError('sync.login-failed', `中心 ${hub} 没有接受账户“${user}”的口令。请检查账户名和口令（区分大小写）；忘记口令请找中心管理员重设。什么都没有同步。`, `The hub at ${hub} did not accept the password for "${user}". Check the account name and password (case matters); if you forgot it, ask the hub's steward to reset it. Nothing was synced.`);
}
