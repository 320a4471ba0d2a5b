import type { Design } from '../../../model/design/schema';
import { elementUsesMotif } from '../../../model/design/schema';
import type { DesignSummary } from '../../../model/api/designs';
import type { Database } from '../db/database';

export interface DesignRow {
  id: string;
  name: string;
  templateKind: string;
  productId: string | null;
  brandKitId: string | null;
  document: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface SnapshotRow {
  id: number;
  designId: string;
  name: string;
  document: string;
  createdAt: string;
}

const SUMMARY_COLUMNS = `d.id, d.name, d.template_kind AS templateKind, d.product_id AS productId, d.updated_at AS updatedAt,
  coalesce(json_array_length(d.document, '$.elements'), 0) AS elementCount`;

const SHA256 = /^[0-9a-f]{64}$/;

/** SQL for the design tables; the service above decides what is allowed. */
export class DesignRepo {
  constructor(private readonly db: Database) {}

  get(id: string): DesignRow | undefined {
    return this.db
      .prepare<[string], DesignRow>(
        `SELECT id, name, template_kind AS templateKind, product_id AS productId, brand_kit_id AS brandKitId, document,
                created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt FROM designs WHERE id = ?`,
      )
      .get(id);
  }

  list(): DesignSummary[] {
    return this.db.prepare<[], DesignSummary>(`SELECT ${SUMMARY_COLUMNS} FROM designs d WHERE d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id`).all();
  }

  summary(id: string): DesignSummary | undefined {
    return this.db.prepare<[string], DesignSummary>(`SELECT ${SUMMARY_COLUMNS} FROM designs d WHERE d.id = ?`).get(id);
  }

  /** Ids of the live designs of one product that declare the same package name (design.package). */
  packageMembers(productId: string, packageName: string): string[] {
    return this.db
      .prepare<[string, string], { id: string }>(
        `SELECT id FROM designs WHERE product_id = ? AND deleted_at IS NULL AND json_extract(document, '$.package.name') = ? ORDER BY id`,
      )
      .all(productId, packageName)
      .map((r) => r.id);
  }

  usingMotif(motifId: string): DesignSummary[] {
    return this.db
      .prepare<[string], DesignSummary>(
        `SELECT ${SUMMARY_COLUMNS} FROM design_motifs m JOIN designs d ON d.id = m.design_id
         WHERE m.motif_id = ? AND d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id`,
      )
      .all(motifId);
  }

  /**
   * Writes the whole document and its index rows in one transaction: after a crash either
   * the previous save or this one is there, never a document whose where-used rows disagree.
   */
  write(design: Design, document: string): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO designs (id, name, template_kind, product_id, brand_kit_id, document, created_at, updated_at)
           VALUES (@id, @name, @kind, @productId, @brandKitId, @document, @createdAt, @updatedAt)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, template_kind = excluded.template_kind, product_id = excluded.product_id,
             brand_kit_id = excluded.brand_kit_id, document = excluded.document, updated_at = excluded.updated_at`,
        )
        .run({
          id: design.id,
          name: design.name,
          kind: design.template.kind,
          productId: design.productId ?? null,
          brandKitId: design.brandKitId ?? null,
          document,
          createdAt: design.createdAt,
          updatedAt: design.updatedAt,
        });
      this.db.prepare('DELETE FROM design_motifs WHERE design_id = ?').run(design.id);
      const addMotif = this.db.prepare('INSERT OR IGNORE INTO design_motifs (design_id, motif_id) VALUES (?, ?)');
      for (const el of design.elements) {
        const motifId = elementUsesMotif(el);
        if (motifId) addMotif.run(design.id, motifId);
      }
      this.db.prepare('DELETE FROM design_assets WHERE design_id = ?').run(design.id);
      // only files the studio holds can be referenced (an id from a foreign file is shown as missing, not stored)
      const addAsset = this.db.prepare('INSERT OR IGNORE INTO design_assets (design_id, sha256) SELECT ?, sha256 FROM files WHERE sha256 = ?');
      for (const el of design.elements) {
        if (el.kind === 'image' && SHA256.test(el.assetId)) addAsset.run(design.id, el.assetId);
      }
    })();
  }

  bin(): (DesignSummary & { deletedAt: string })[] {
    return this.db
      .prepare<[], DesignSummary & { deletedAt: string }>(`SELECT ${SUMMARY_COLUMNS}, d.deleted_at AS deletedAt FROM designs d WHERE d.deleted_at IS NOT NULL ORDER BY d.deleted_at DESC, d.id`)
      .all();
  }

  unmarkDeleted(id: string): boolean {
    return this.db.prepare('UPDATE designs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes > 0;
  }

  markDeleted(id: string, at: string): boolean {
    return this.db.prepare('UPDATE designs SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(at, id).changes > 0;
  }

  addSnapshot(designId: string, name: string, document: string, at: string): SnapshotRow {
    const info = this.db.prepare('INSERT INTO design_snapshots (design_id, name, document, created_at) VALUES (?, ?, ?, ?)').run(designId, name, document, at);
    return { id: Number(info.lastInsertRowid), designId, name, document, createdAt: at };
  }

  snapshots(designId: string): Omit<SnapshotRow, 'document'>[] {
    return this.db
      .prepare<[string], Omit<SnapshotRow, 'document'>>(
        'SELECT id, design_id AS designId, name, created_at AS createdAt FROM design_snapshots WHERE design_id = ? ORDER BY id DESC',
      )
      .all(designId);
  }

  snapshot(designId: string, snapshotId: number): SnapshotRow | undefined {
    return this.db
      .prepare<[number, string], SnapshotRow>(
        'SELECT id, design_id AS designId, name, document, created_at AS createdAt FROM design_snapshots WHERE id = ? AND design_id = ?',
      )
      .get(snapshotId, designId);
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
