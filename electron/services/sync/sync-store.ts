import type { Database } from '../db/database';

export interface HubSyncState {
  hub: string;
  cursor: number;
  /** the hub steward fingerprint a person confirmed (null until then) */
  steward: string | null;
  lastSyncAt: string | null;
}

/** SQL of the studio's sync state (migration 0080) and of the motifs it pushes. */
export class SyncStore {
  private readonly s;

  constructor(private readonly db: Database) {
    this.s = {
      get: db.prepare<[string], { hub: string; cursor: number; steward: string | null; last_sync_at: string | null }>('SELECT hub, cursor, steward, last_sync_at FROM hub_sync WHERE hub = ?'),
      advance: db.prepare(
        `INSERT INTO hub_sync (hub, cursor, steward, last_sync_at) VALUES (@hub, @cursor, @steward, @at)
         ON CONFLICT (hub) DO UPDATE SET cursor = @cursor, steward = COALESCE(@steward, steward), last_sync_at = @at`,
      ),
      result: db.prepare('UPDATE hub_sync SET last_result = ? WHERE hub = ?'),
      // the cooperative's own motifs (imported here) not yet on the hub in this version; never secret/sacred
      own: db.prepare<[], { id: string }>(
        `SELECT id FROM motifs WHERE source = 'import' AND status IN ('draft', 'in-review') AND usage_label <> 'secret-sacred'
           AND (upstream_version IS NULL OR version > upstream_version) ORDER BY updated_at`,
      ),
    };
  }

  state(hub: string): HubSyncState {
    const row = this.s.get.get(hub);
    return { hub, cursor: row?.cursor ?? 0, steward: row?.steward ?? null, lastSyncAt: row?.last_sync_at ?? null };
  }

  /** Call inside the transaction that applied the records up to `cursor`. */
  advance(hub: string, cursor: number, steward: string | null, at: string): void {
    this.s.advance.run({ hub, cursor, steward, at });
  }

  saveResult(hub: string, result: unknown): void {
    this.s.result.run(JSON.stringify(result), hub);
  }

  ownToPush(): string[] {
    return this.s.own.all().map((r) => r.id);
  }
}
