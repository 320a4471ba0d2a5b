import type { Database } from '../db/database';
import { motifRecordSchema, parseMotifRecord, type MotifRecord } from '../../../model/motif/schema';
import type { AuditEntry } from '../../../model/motif/workflow';
import { mergeSignatures } from '../../../model/trust/merge';
import { regionOf, searchTextOf, spaceCjk } from './search-text';
import { namePhrase, searchClause } from './search-query';

export type MotifSource = 'starter' | 'import' | 'pack';

export interface MotifRow {
  id: string;
  record: MotifRecord;
  source: MotifSource;
  upstreamVersion: number | null;
}

export interface MotifFileRow {
  name: string;
  role: 'vector' | 'raster' | 'original' | 'thumbnail' | 'preview' | 'evidence';
  sha256: string;
}

export interface SearchFilters {
  query: string;
  craft?: string;
  technique?: string;
  region?: string;
  label?: string;
  statuses?: readonly string[];
  limit: number;
  offset: number;
}

const SEP = '\u001f';
/** search results report at most this many as their total */
export const COUNT_CEILING = 2000;

/**
 * Computes what a record's signatures decide (status, label, withdrawal reason): the trust
 * service's `resolve`. Every write goes through it, so no caller, file or pack sets a status.
 */
export type VerdictResolver = (record: MotifRecord) => MotifRecord;

/** All SQL of the motif library, statements prepared once. */
export class MotifRepo {
  private readonly stmts;

  constructor(
    private readonly db: Database,
    private readonly resolve: VerdictResolver,
  ) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)');
    this.stmts = {
      clearHits: db.prepare('DELETE FROM temp.search_hits'),
      get: db.prepare<[string], { record: string; source: MotifSource; upstream_version: number | null }>('SELECT record, source, upstream_version FROM motifs WHERE id = ?'),
      all: db.prepare<[], { id: string; record: string }>('SELECT id, record FROM motifs'),
      bySlug: db.prepare<[string], { id: string }>('SELECT id FROM motifs WHERE slug = ?'),
      byLabel: db.prepare<[string], { record: string }>('SELECT record FROM motifs WHERE usage_label = ? ORDER BY id'),
      insert: db.prepare(
        `INSERT INTO motifs (id, slug, status, craft, usage_label, techniques, region, version, updated_at, source, upstream_version, record, name_text, search_text, char_text, name_chars)
         VALUES (@id, @slug, @status, @craft, @usage_label, @techniques, @region, @version, @updated_at, @source, @upstream_version, @record, @name_text, @search_text, @char_text, @name_chars)`,
      ),
      update: db.prepare(
        `UPDATE motifs SET slug = @slug, status = @status, craft = @craft, usage_label = @usage_label, techniques = @techniques, region = @region,
           version = @version, updated_at = @updated_at, record = @record, name_text = @name_text, search_text = @search_text, char_text = @char_text, name_chars = @name_chars,
           upstream_version = COALESCE(@upstream_version, upstream_version), source = COALESCE(@source, source)
         WHERE id = @id`,
      ),
      files: db.prepare<[string], MotifFileRow>('SELECT name, role, sha256 FROM motif_files WHERE motif_id = ? ORDER BY role, name'),
      addFile: db.prepare('INSERT OR REPLACE INTO motif_files (motif_id, name, role, sha256) VALUES (?, ?, ?, ?)'),
      registerFile: db.prepare('INSERT OR IGNORE INTO files (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?)'),
      fileOwner: db.prepare<[string], { motif_id: string }>("SELECT motif_id FROM motif_files WHERE sha256 = ? AND role IN ('vector', 'original') LIMIT 1"),
      audit: db.prepare('INSERT INTO motif_audit (motif_id, at, actor, action, note, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      auditFor: db.prepare<[string], { id: number; at: string; actor: string; action: string; note: string | null; before: string | null; after: string | null }>(
        'SELECT id, at, actor, action, note, before, after FROM motif_audit WHERE motif_id = ? ORDER BY id DESC LIMIT 200',
      ),
      thumbnail: db.prepare<[string], { sha256: string }>("SELECT sha256 FROM motif_files WHERE motif_id = ? AND role = 'thumbnail' LIMIT 1"),
      facetCrafts: db.prepare<[], { craft: string }>('SELECT DISTINCT craft FROM motifs ORDER BY craft'),
      facetRegions: db.prepare<[], { region: string }>('SELECT DISTINCT region FROM motifs ORDER BY region'),
      facetTechniques: db.prepare<[], { techniques: string }>("SELECT DISTINCT techniques FROM motifs WHERE techniques <> ''"),
    };
  }

  get(id: string): MotifRow | undefined {
    const row = this.stmts.get.get(id);
    if (!row) return undefined;
    return { id, record: parseMotifRecord(row.record), source: row.source, upstreamVersion: row.upstream_version };
  }

  /** Every record carrying this usage label (a handful: used for secret/sacred restrictions). */
  withLabel(label: MotifRecord['usageLabel']): MotifRecord[] {
    return this.stmts.byLabel.all(label).map((r) => parseMotifRecord(r.record));
  }

  idBySlug(slug: string): string | undefined {
    return this.stmts.bySlug.get(slug)?.id;
  }

  /** Stores the record with the status its signatures decide (whatever `record.status` said); returns what was stored. */
  insert(record: MotifRecord, source: MotifSource, upstreamVersion: number | null): MotifRecord {
    const resolved = this.resolve(record);
    this.stmts.insert.run({ ...columns(resolved), source, upstream_version: upstreamVersion });
    return resolved;
  }

  /**
   * upstreamVersion/source: set when the change came from upstream (starter library or pack).
   * Status as in insert. The stored signatures are kept whatever the new copy carries: the
   * list only grows, so no write (an older pack, an edit) can drop a withdrawal.
   */
  update(record: MotifRecord, upstream?: { version: number; source: MotifSource }): MotifRecord {
    const stored = this.stmts.get.get(record.id);
    const kept = stored ? (JSON.parse(stored.record) as MotifRecord).signatures : undefined;
    const signatures = mergeSignatures(kept, record.signatures);
    const resolved = this.resolve(signatures.length ? { ...record, signatures } : record);
    this.stmts.update.run({ ...columns(resolved), upstream_version: upstream?.version ?? null, source: upstream?.source ?? null });
    return resolved;
  }

  /**
   * After the trust list changed (a trust file imported, a key vouched for), every stored
   * verdict is computed again; returns the ids whose status or label changed.
   */
  refreshVerdicts(): string[] {
    const changed: string[] = [];
    this.db.transaction(() => {
      for (const row of this.stmts.all.all()) {
        const record = parseMotifRecord(row.record);
        const resolved = this.resolve(record);
        if (resolved.status === record.status && resolved.usageLabel === record.usageLabel && resolved.withdrawnReason === record.withdrawnReason) continue;
        this.stmts.update.run({ ...columns(resolved), upstream_version: null, source: null });
        changed.push(row.id);
      }
    })();
    return changed;
  }

  files(id: string): MotifFileRow[] {
    return this.stmts.files.all(id);
  }

  registerFile(sha256: string, size: number, mediaType: string, at: string): void {
    this.stmts.registerFile.run(sha256, size, mediaType, at);
  }

  attachFile(id: string, file: MotifFileRow): void {
    this.stmts.addFile.run(id, file.name, file.role, file.sha256);
  }

  /** the motif whose master artwork has these bytes (duplicate detection on import) */
  ownerOfArtwork(sha256: string): string | undefined {
    return this.stmts.fileOwner.get(sha256)?.motif_id;
  }

  thumbnailSha(id: string): string | undefined {
    return this.stmts.thumbnail.get(id)?.sha256;
  }

  appendAudit(id: string, entry: Pick<AuditEntry, 'actor' | 'at' | 'note'> & { action: AuditEntry['action'] | 'import' | 'starter-install' | 'starter-update' | 'pack-import' | 'pack-update' | 'pack-restriction' | 'hub-submit'; before?: unknown; after?: unknown }): void {
    this.stmts.audit.run(id, entry.at, entry.actor, entry.action, entry.note ?? null, json(entry.before), json(entry.after));
  }

  audit(id: string) {
    return this.stmts.auditFor.all(id).map((r) => ({ ...r, before: parse(r.before), after: parse(r.after) }));
  }

  facets() {
    const techniques = new Set<string>();
    for (const row of this.stmts.facetTechniques.all()) for (const t of row.techniques.split(SEP)) if (t) techniques.add(t);
    return {
      crafts: this.stmts.facetCrafts.all().map((r) => r.craft),
      techniques: [...techniques].sort(),
      regions: this.stmts.facetRegions.all().map((r) => r.region),
    };
  }

  search(filters: SearchFilters): { total: number; capped: boolean; rows: MotifRow[] } {
    return this.db.transaction(() => this.searchInTransaction(filters))();
  }

  private searchInTransaction(filters: SearchFilters): { total: number; capped: boolean; rows: MotifRow[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    const text = searchClause(filters.query);
    if (text) {
      // the text match is computed once into a temporary table; the count and both
      // ordered pages below then test membership instead of re-running the FTS query
      this.stmts.clearHits.run();
      this.db.prepare(`INSERT INTO temp.search_hits (id) ${text.sql}`).run(...text.params);
      where.push('m.rowid IN temp.search_hits');
    }
    if (filters.craft) {
      where.push('m.craft = ?');
      params.push(filters.craft);
    }
    if (filters.technique) {
      where.push("(? || m.techniques || ?) LIKE ? ESCAPE '\\'");
      params.push(SEP, SEP, `%${SEP}${escapeLike(filters.technique)}${SEP}%`);
    }
    if (filters.region) {
      where.push('m.region = ?');
      params.push(filters.region);
    }
    if (filters.label) {
      where.push('m.usage_label = ?');
      params.push(filters.label);
    }
    if (filters.statuses) {
      where.push(`m.status IN (${filters.statuses.map(() => '?').join(', ')})`);
      params.push(...filters.statuses);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : 'WHERE 1';
    // counting stops at a ceiling: "more than 2000" is all a person needs, and counting every match of 苗 costs time
    const count = (extra: string, extraParams: unknown[]) =>
      (this.db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM motifs m ${clause}${extra} LIMIT ${COUNT_CEILING})`).get(...params, ...extraParams) as { n: number }).n;
    const page = (extra: string, extraParams: unknown[], limit: number, offset: number) =>
      this.db
        .prepare(`SELECT m.id, m.record, m.source, m.upstream_version FROM motifs m ${clause}${extra} ORDER BY m.craft, m.slug LIMIT ? OFFSET ?`)
        .all(...params, ...extraParams, limit, offset) as { id: string; record: string; source: MotifSource; upstream_version: number | null }[];

    const nameMatch = namePhrase(filters.query);
    let rows: ReturnType<typeof page>;
    if (!nameMatch) {
      rows = page('', [], filters.limit, filters.offset);
    } else {
      // motifs whose name contains what was typed come first, then the rest: two ordered
      // queries that stop early instead of sorting every match by relevance
      const inNames = ' AND m.rowid IN (SELECT rowid FROM motif_names WHERE motif_names MATCH ?)';
      const notInNames = ' AND m.rowid NOT IN (SELECT rowid FROM motif_names WHERE motif_names MATCH ?)';
      const named = count(inNames, [nameMatch]);
      rows = filters.offset < named ? page(inNames, [nameMatch], filters.limit, filters.offset) : [];
      if (rows.length < filters.limit) {
        rows = rows.concat(page(notInNames, [nameMatch], filters.limit - rows.length, Math.max(0, filters.offset - named)));
      }
    }
    const total = count('', []);
    return {
      total,
      capped: total >= COUNT_CEILING,
      rows: rows.map((r) => ({ id: r.id, record: JSON.parse(r.record) as MotifRecord, source: r.source, upstreamVersion: r.upstream_version })),
    };
  }
}

/** Every write is validated: a row that does not parse would break every later read. */
function columns(unchecked: MotifRecord) {
  const record = motifRecordSchema.parse(unchecked);
  const search = searchTextOf(record);
  const names = [record.names.zh, record.names.en, record.names.miao].filter(Boolean).join(' ').normalize('NFKC').toLowerCase();
  return {
    id: record.id,
    slug: record.slug,
    status: record.status,
    craft: record.craft,
    usage_label: record.usageLabel,
    techniques: record.techniques.join(SEP),
    region: regionOf(record),
    version: record.version,
    updated_at: record.updatedAt,
    record: JSON.stringify(record),
    name_text: names,
    name_chars: spaceCjk(names),
    search_text: search,
    char_text: spaceCjk(search),
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function json(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

function parse(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}
