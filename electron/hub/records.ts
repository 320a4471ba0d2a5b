import { studioError } from '../../model/localized';
import type { HubSubmission, SyncPage } from '../../model/hub/protocol';
import { parseMotifRecord, type MotifRecord } from '../../model/motif/schema';
import { restrictionOf } from '../../model/motif/restriction';
import { sanitizeSvg } from '../../model/svg/sanitize';
import { applyVerdict, computeMotifVerdict, motifContentHash } from '../../model/trust/motif-verdict';
import { MOTIF_STATEMENT_TYPE, signedText, type MotifStatement, type SignedAction } from '../../model/trust/statements';
import { nodeTrustCrypto, sign } from '../services/curators/keys';
import type { Signer } from '../services/curators/trust-service';
import type { HubAccount } from './accounts';
import { sha256Hex, type ArtworkStore } from './artwork-store';
import { inTransaction, type HubClient, type HubPool } from './database';
import { hubTrustList, issueTrustFile, latestTrustFile } from './hub-trust';

/**
 * Every write that gives a record a new change number takes this lock first, so change numbers
 * become visible in the order they were taken: a studio that read up to number N can never later
 * find a smaller number committed behind it. Writes are curators' clicks, not a hot path.
 */
const FEED_LOCK = 7_141_015;

export interface HubRecordRow {
  id: string;
  record: MotifRecord;
  status: string;
  usageLabel: string;
  owner: string | null;
  everPublished: boolean;
  seq: number;
}

/** Records on the hub: submissions, curators' signatures, the audit trail and the studios' change feed. */
export class HubRecords {
  constructor(
    private readonly pool: HubPool,
    private readonly artwork: ArtworkStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * A cooperative or curator submits a motif (new, or a new version of their own unpublished one).
   * Artwork must match the record's sums; SVG is sanitized here with the studio's own sanitizer,
   * so what curators sign is exactly what every studio will keep.
   */
  async submit(account: HubAccount, submission: HubSubmission): Promise<'accepted' | 'unchanged'> {
    let record = parseMotifRecord(submission.record);
    const files = new Map(submission.files.map((f) => [f.name, Buffer.from(f.base64, 'base64')]));
    const masters = [record.artwork.vector, ...record.artwork.rasters].filter((n): n is string => !!n);
    for (const name of masters) {
      const bytes = files.get(name);
      if (!bytes || sha256Hex(bytes) !== record.artwork.sha256[name]) {
        throw studioError('hub.artwork-mismatch', `纹样“${record.names.zh}”的图稿 ${name} 缺失或与记录的校验值不符，没有提交。`, `The artwork ${name} of "${record.names.en}" is missing or does not match the record's checksum; nothing was submitted.`);
      }
    }
    if (record.artwork.vector) {
      const clean = Buffer.from(sanitizeSvg(files.get(record.artwork.vector)!.toString('utf8')).svg, 'utf8');
      files.set(record.artwork.vector, clean);
      record = { ...record, artwork: { ...record.artwork, sha256: { ...record.artwork.sha256, [record.artwork.vector]: sha256Hex(clean) } } };
    }
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
      const existing = (await client.query<{ record: MotifRecord; owner_id: string | null; ever_published: boolean }>('SELECT record, owner_id, ever_published FROM hub_records WHERE id = $1 FOR UPDATE', [record.id])).rows[0];
      if (existing) {
        if (existing.ever_published || Number(existing.owner_id) !== account.id) {
          throw studioError('hub.not-yours', `“${record.names.zh}”在中心已经由策展人管理（或属于别的合作社），不能再以提交覆盖；要修改请联系策展人。`, `"${record.names.en}" is already curated on the hub (or belongs to another cooperative); a submission cannot replace it. Ask a curator for changes.`, { id: record.id });
        }
        if (motifContentHash(existing.record, nodeTrustCrypto) === motifContentHash(record, nodeTrustCrypto)) return 'unchanged';
      }
      for (const name of masters) await this.artwork.put(files.get(name)!, client);
      // the studio's own version number travels (so the studio recognises its copy); it only grows here
      const version = Math.max(record.version, (existing?.record.version ?? 0) + 1);
      const stored = await this.write(client, { ...record, version }, existing?.record.signatures ?? [], account.id);
      await client.query('DELETE FROM hub_record_files WHERE record_id = $1', [record.id]);
      for (const name of masters) await client.query('INSERT INTO hub_record_files (record_id, name, sha256) VALUES ($1, $2, $3)', [record.id, name, stored.artwork.sha256[name]]);
      await this.audit(client, account.name, existing ? 'resubmitted' : 'submitted', record.id, { status: stored.status, label: stored.usageLabel });
      return 'accepted';
    });
  }

  /** A curator signs one statement about the record's current content (submit, approve, withdraw, label, request-changes). */
  async sign(signer: Signer, actor: string, id: string, action: SignedAction, target: MotifStatement['target']): Promise<MotifRecord> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
      const row = (await client.query<{ record: MotifRecord }>('SELECT record FROM hub_records WHERE id = $1 FOR UPDATE', [id])).rows[0];
      if (!row) throw notFound(id);
      const trust = await hubTrustList(client);
      if (!trust.isTrusted(signer.fingerprint)) {
        throw studioError('hub.key-untrusted', '你的签名密钥还没有列入中心的信任文件。请中心管理员重新签发信任文件后再签名。', "Your signing key is not in the hub's trust file yet. Ask the hub's steward to issue the trust file again, then sign.");
      }
      const statement: MotifStatement = {
        type: MOTIF_STATEMENT_TYPE,
        action,
        recordId: id,
        contentHash: motifContentHash(row.record, nodeTrustCrypto),
        target,
        at: this.now().toISOString(),
        key: signer.fingerprint,
        signer: signer.name,
      };
      const signature = { statement, publicKey: signer.publicKey, signature: sign(signer.privateKey, signedText(statement)) };
      const before = { status: row.record.status, label: row.record.usageLabel };
      const stored = await this.write(client, { ...row.record, version: row.record.version + 1 }, [...(row.record.signatures ?? []), signature], undefined, trust);
      await this.audit(client, actor, `signed-${action}`, id, { before, after: { status: stored.status, label: stored.usageLabel }, key: signer.fingerprint, ...(target.reason ? { reason: target.reason } : {}), ...(target.label ? { label: target.label } : {}) });
      return stored;
    });
  }

  /** The steward issues a trust file; every record's status is judged again under it. */
  async issueTrust(steward: Signer, hubName: string) {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
      const file = await issueTrustFile(client, steward, hubName, this.now());
      const trust = await hubTrustList(client);
      const rows = await client.query<{ record: MotifRecord }>('SELECT record FROM hub_records ORDER BY seq FOR UPDATE');
      for (const { record } of rows.rows) {
        const next = applyVerdict(record, computeMotifVerdict(record, { trust, crypto: nodeTrustCrypto, now: this.now() }));
        if (next.status !== record.status || next.usageLabel !== record.usageLabel) await this.write(client, { ...record, version: record.version + 1 }, record.signatures ?? [], undefined, trust);
      }
      return file;
    });
  }

  /**
   * Stores the record with status and label from its signatures, and gives it a new change number.
   * Callers raise `version` on every change: a studio takes a record from upstream only when its
   * version is newer than the one it has (model/motif/pack-merge.ts), as with packs.
   */
  private async write(client: HubClient, record: MotifRecord, signatures: MotifRecord['signatures'], ownerId?: number, trustList?: Awaited<ReturnType<typeof hubTrustList>>): Promise<MotifRecord> {
    const trust = trustList ?? (await hubTrustList(client));
    const merged: MotifRecord = { ...record, signatures: signatures ?? [], updatedAt: this.now().toISOString() };
    const stored = applyVerdict(merged, computeMotifVerdict(merged, { trust, crypto: nodeTrustCrypto, now: this.now() }));
    await client.query(
      `INSERT INTO hub_records (id, record, status, usage_label, owner_id, ever_published, seq, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, nextval('hub_change_seq'), now())
       ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record, status = EXCLUDED.status, usage_label = EXCLUDED.usage_label,
         ever_published = hub_records.ever_published OR EXCLUDED.ever_published, seq = EXCLUDED.seq, updated_at = now()`,
      [stored.id, JSON.stringify(stored), stored.status, stored.usageLabel, ownerId ?? null, stored.status === 'published'],
    );
    return stored;
  }

  private async audit(client: HubClient, actor: string, action: string, recordId: string | null, detail: object): Promise<void> {
    await client.query('INSERT INTO hub_audit (actor, action, record_id, detail) VALUES ($1, $2, $3, $4)', [actor, action, recordId, JSON.stringify(detail)]);
  }

  async get(id: string): Promise<HubRecordRow | null> {
    const row = (await this.pool.query('SELECT r.*, a.name AS owner FROM hub_records r LEFT JOIN hub_accounts a ON a.id = r.owner_id WHERE r.id = $1', [id])).rows[0];
    return row ? toRow(row) : null;
  }

  /** Curators see every record; a cooperative sees what was published and its own submissions. */
  async list(account: HubAccount, limit = 200, offset = 0): Promise<HubRecordRow[]> {
    const all = account.role !== 'cooperative';
    const rows = await this.pool.query(
      `SELECT r.*, a.name AS owner FROM hub_records r LEFT JOIN hub_accounts a ON a.id = r.owner_id
       WHERE $1 OR r.status = 'published' OR r.owner_id = $2 ORDER BY r.seq DESC LIMIT $3 OFFSET $4`,
      [all, account.id, limit, offset],
    );
    return rows.rows.map(toRow);
  }

  async auditOf(id: string): Promise<{ at: string; actor: string; action: string; detail: unknown }[]> {
    const rows = await this.pool.query<{ at: Date; actor: string; action: string; detail: unknown }>('SELECT at, actor, action, detail FROM hub_audit WHERE record_id = $1 ORDER BY id', [id]);
    return rows.rows.map((r) => ({ at: r.at.toISOString(), actor: r.actor, action: r.action, detail: r.detail }));
  }

  /**
   * One page of the studios' feed: every record the hub ever published (so withdrawals and label
   * changes reach studios too) changed after `since`. Secret/sacred records never leave the hub
   * (the studio's gate refuses them in packs and in sync alike); one that was shared before it
   * was restricted goes out as a restriction: its id and the signed statements that restricted
   * it, nothing of its content.
   */
  async changes(since: number, limit: number, hubName: string): Promise<SyncPage> {
    return JSON.parse(await this.changesJson(since, limit, hubName)) as SyncPage;
  }

  /**
   * The same page as JSON text, built around each record's JSON exactly as PostgreSQL returns it:
   * the hub never parses and re-serialises the records a studio asked for (with hundreds of
   * studios syncing, that was most of the hub's CPU). The records were validated when written.
   * Only a restricted record is parsed, to take its signed statements.
   */
  async changesJson(since: number, limit: number, hubName: string): Promise<string> {
    const rows = await this.pool.query<{ id: string; record: string; seq: string; usage_label: string }>(
      `SELECT id, record::text AS record, seq, usage_label FROM hub_records WHERE ever_published AND seq > $1 ORDER BY seq LIMIT $2`,
      [since, limit + 1],
    );
    const page = rows.rows.slice(0, limit);
    const more = rows.rows.length > limit;
    const shared = page.filter((r) => r.usage_label !== 'secret-sacred');
    const restrictions = page
      .filter((r) => r.usage_label === 'secret-sacred')
      .map((r) => restrictionOf(JSON.parse(r.record) as MotifRecord))
      .filter((r) => r !== null);
    const ids = shared.map((r) => r.id);
    const files = ids.length
      ? (await this.pool.query<{ record_id: string; name: string; sha256: string; size: number }>(
          'SELECT f.record_id, f.name, f.sha256, a.size FROM hub_record_files f JOIN hub_artwork a ON a.sha256 = f.sha256 WHERE f.record_id = ANY($1::uuid[]) ORDER BY f.record_id, f.name',
          [ids],
        )).rows
      : [];
    const head = {
      hub: hubName,
      since,
      cursor: page.length ? Number(page[page.length - 1].seq) : since,
      more,
      files: files.map((f) => ({ path: `motifs/${f.record_id}/${f.name}`, sha256: f.sha256, size: f.size })),
      restrictions,
      trustFile: await latestTrustFile(this.pool),
    };
    return `${JSON.stringify(head).slice(0, -1)},"records":[${shared.map((r) => r.record).join(',')}]}`;
  }

  /**
   * Which of these artwork files this account may read, with their sizes (one query for a whole
   * batch). Curators: any the hub holds; others: artwork of a record ever published, or their own.
   */
  async readableArtwork(account: HubAccount, sha256s: string[]): Promise<Map<string, number>> {
    const rows = await this.pool.query<{ sha256: string; size: number }>(
      account.role !== 'cooperative'
        ? 'SELECT sha256, size FROM hub_artwork WHERE sha256 = ANY($1::text[])'
        : `SELECT a.sha256, a.size FROM hub_artwork a WHERE a.sha256 = ANY($1::text[]) AND EXISTS (
             SELECT 1 FROM hub_record_files f JOIN hub_records r ON r.id = f.record_id WHERE f.sha256 = a.sha256 AND (r.ever_published OR r.owner_id = $2))`,
      account.role !== 'cooperative' ? [sha256s] : [sha256s, account.id],
    );
    return new Map(rows.rows.map((r) => [r.sha256, Number(r.size)]));
  }

  /** May this account read this artwork? Curators: any; others: artwork of a record ever published, or their own. */
  async mayReadArtwork(account: HubAccount, sha256: string): Promise<boolean> {
    if (account.role !== 'cooperative') return true;
    const row = await this.pool.query(
      'SELECT 1 FROM hub_record_files f JOIN hub_records r ON r.id = f.record_id WHERE f.sha256 = $1 AND (r.ever_published OR r.owner_id = $2) LIMIT 1',
      [sha256, account.id],
    );
    return (row.rowCount ?? 0) > 0;
  }
}

function toRow(row: { id: string; record: MotifRecord; status: string; usage_label: string; owner: string | null; ever_published: boolean; seq: string }): HubRecordRow {
  return { id: row.id, record: row.record, status: row.status, usageLabel: row.usage_label, owner: row.owner, everPublished: row.ever_published, seq: Number(row.seq) };
}

export function notFound(id: string) {
  return studioError('hub.record-not-found', `中心没有编号为 ${id} 的纹样。`, `The hub has no motif with id ${id}.`);
}

