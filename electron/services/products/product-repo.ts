import type { Database, Statement } from 'better-sqlite3';

/** A row as stored: the documents stay JSON text until a caller needs them. */
export interface ProductRow {
  id: string;
  cooperativeId: string;
  sample: boolean;
  updatedAt: string;
  deletedAt: string | null;
  document: Record<string, unknown>;
}

export interface CooperativeRow {
  id: string;
  sample: boolean;
  updatedAt: string;
  document: Record<string, unknown>;
}

export type ProductFileRole = 'evidence' | 'photo' | 'gi-mark';

interface RawProduct {
  id: string;
  cooperative_id: string;
  sample: number;
  updated_at: string;
  deleted_at: string | null;
  document: string;
}
interface RawCooperative {
  id: string;
  sample: number;
  updated_at: string;
  document: string;
}

/** SQL for cooperatives, products and the files they reference; statements prepared once. */
export class ProductRepo {
  private readonly stmts: {
    products: Statement<[], RawProduct>;
    product: Statement<[string], RawProduct>;
    upsertProduct: Statement<[string, string, number, string, string]>;
    softDelete: Statement<[string, string]>;
    cooperatives: Statement<[], RawCooperative>;
    cooperative: Statement<[string], RawCooperative>;
    upsertCooperative: Statement<[string, number, string, string]>;
    productCount: Statement<[string], { n: number }>;
    clearFiles: Statement<[string]>;
    attachFile: Statement<[string, string, string]>;
    fileKnown: Statement<[string], { sha256: string }>;
    files: Statement<[string], { sha256: string; role: string }>;
  };

  constructor(private readonly db: Database) {
    this.stmts = {
      products: db.prepare('SELECT * FROM products WHERE deleted_at IS NULL ORDER BY sample ASC, updated_at DESC, id'),
      product: db.prepare('SELECT * FROM products WHERE id = ?'),
      // a save of a soft-deleted product brings it back (deleted_at cleared)
      upsertProduct: db.prepare(
        `INSERT INTO products (id, cooperative_id, sample, updated_at, document) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET cooperative_id = excluded.cooperative_id, sample = excluded.sample,
           updated_at = excluded.updated_at, document = excluded.document, deleted_at = NULL`,
      ),
      softDelete: db.prepare('UPDATE products SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
      cooperatives: db.prepare('SELECT * FROM cooperatives ORDER BY sample ASC, updated_at DESC, id'),
      cooperative: db.prepare('SELECT * FROM cooperatives WHERE id = ?'),
      upsertCooperative: db.prepare(
        `INSERT INTO cooperatives (id, sample, updated_at, document) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET sample = excluded.sample, updated_at = excluded.updated_at, document = excluded.document`,
      ),
      productCount: db.prepare('SELECT count(*) AS n FROM products WHERE cooperative_id = ? AND deleted_at IS NULL'),
      clearFiles: db.prepare('DELETE FROM product_files WHERE product_id = ?'),
      attachFile: db.prepare('INSERT OR IGNORE INTO product_files (product_id, sha256, role) VALUES (?, ?, ?)'),
      fileKnown: db.prepare('SELECT sha256 FROM files WHERE sha256 = ?'),
      files: db.prepare('SELECT sha256, role FROM product_files WHERE product_id = ? ORDER BY role, sha256'),
    };
  }

  listProducts(): ProductRow[] {
    return this.stmts.products.all().map(toProduct);
  }

  getProduct(id: string): ProductRow | undefined {
    const row = this.stmts.product.get(id);
    return row ? toProduct(row) : undefined;
  }

  putProduct(id: string, cooperativeId: string, document: unknown, at: string, sample = false): void {
    this.stmts.upsertProduct.run(id, cooperativeId, sample ? 1 : 0, at, JSON.stringify(document));
  }

  softDeleteProduct(id: string, at: string): boolean {
    return this.stmts.softDelete.run(at, id).changes > 0;
  }

  listCooperatives(): CooperativeRow[] {
    return this.stmts.cooperatives.all().map(toCooperative);
  }

  getCooperative(id: string): CooperativeRow | undefined {
    const row = this.stmts.cooperative.get(id);
    return row ? toCooperative(row) : undefined;
  }

  putCooperative(id: string, document: unknown, at: string, sample = false): void {
    this.stmts.upsertCooperative.run(id, sample ? 1 : 0, at, JSON.stringify(document));
  }

  productCount(cooperativeId: string): number {
    return this.stmts.productCount.get(cooperativeId)?.n ?? 0;
  }

  /** Replaces the product's file references; returns the hashes the file register does not know. */
  setFiles(productId: string, files: { sha256: string; role: ProductFileRole }[]): string[] {
    this.stmts.clearFiles.run(productId);
    const unknown: string[] = [];
    for (const f of files) {
      if (!this.stmts.fileKnown.get(f.sha256)) {
        unknown.push(f.sha256);
        continue;
      }
      this.stmts.attachFile.run(productId, f.sha256, f.role);
    }
    return unknown;
  }

  files(productId: string): { sha256: string; role: string }[] {
    return this.stmts.files.all(productId);
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}

function toProduct(r: RawProduct): ProductRow {
  return { id: r.id, cooperativeId: r.cooperative_id, sample: r.sample === 1, updatedAt: r.updated_at, deletedAt: r.deleted_at, document: JSON.parse(r.document) };
}

function toCooperative(r: RawCooperative): CooperativeRow {
  return { id: r.id, sample: r.sample === 1, updatedAt: r.updated_at, document: JSON.parse(r.document) };
}
