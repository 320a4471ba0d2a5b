import type { Findings, ProductDetail, ProductDraft, ProductSummary, Reminder } from '../../../model/api/products';
import { gs1DigitalLink } from '../../../model/barcode/digital-link';
import { studioError, type Issue } from '../../../model/localized';
import { needsFoodLabel, requiredLabelItems, type RequiredLabelItem } from '../../../model/product/food-label';
import { LABEL_EDITIONS, PRODUCT_KINDS, type Cooperative, type LabelEdition, type Product } from '../../../model/product/schema';
import { validateUscc } from '../../../model/product/validators/uscc';
import { validateProductFile } from '../../../model/product/validate';
import { localIsoDate } from './local-date';
import { certificateReminders } from './reminders';
import type { ProductFileRole, ProductRepo } from './product-repo';

/** Largest printable surface assumed when the caller does not know the pack yet: an ordinary jar or box. */
export const DEFAULT_LARGEST_SURFACE_CM2 = 100;

const SHA256 = /^[0-9a-f]{64}$/;

type Named = { zh: string; en?: string };

/** Product facts: storage, checks against today's date, reminders, label items and links. */
export class ProductService {
  constructor(
    private readonly repo: ProductRepo,
    private readonly now: () => Date,
  ) {}

  today(): string {
    return localIsoDate(this.now());
  }

  validate(input: { cooperative: unknown; product: unknown; printDate?: string }): Findings {
    return validateProductFile({ cooperative: input.cooperative, product: input.product }, { today: this.today(), printDate: input.printDate });
  }

  list(): ProductSummary[] {
    const coops = new Map(this.repo.listCooperatives().map((c) => [c.id, c.document]));
    return this.repo.listProducts().map((row) => {
      const coop = coops.get(row.cooperativeId) ?? { id: row.cooperativeId };
      const findings = this.validate({ cooperative: coop, product: row.document });
      return {
        id: row.id,
        name: named(row.document.name, row.id),
        kind: typeof row.document.kind === 'string' ? row.document.kind : 'other',
        cooperativeId: row.cooperativeId,
        cooperativeName: named(coop.name, row.cooperativeId),
        sample: row.sample,
        updatedAt: row.updatedAt,
        errorCount: findings.errors.length,
        warningCount: findings.warnings.length,
      };
    });
  }

  get(id: string): ProductDetail {
    const row = this.repo.getProduct(id);
    if (!row || row.deletedAt) throw notFound(id);
    const coop = this.repo.getCooperative(row.cooperativeId)?.document ?? { id: row.cooperativeId };
    const file = { cooperative: coop, product: row.document } as ProductDraft;
    return { file, sample: row.sample, updatedAt: row.updatedAt, findings: this.withFileFindings(this.validate(file), this.missingFiles(file)), files: this.repo.files(id) };
  }

  /**
   * Saves a draft as it is, mistakes included (nothing typed is lost); the findings come back
   * for the form to show next to each field. Printing is where errors block.
   */
  save(file: ProductDraft, printDate?: string, options: { sample?: boolean } = {}): { id: string; updatedAt: string; findings: Findings } {
    const at = this.now().toISOString();
    const productId = file.product.id;
    const coopId = file.cooperative.id;
    const refs = referencedFiles(file.product);
    let unknown: string[] = [];
    this.repo.transaction(() => {
      this.repo.putCooperative(coopId, file.cooperative, at, options.sample ?? false);
      this.repo.putProduct(productId, coopId, file.product, at, options.sample ?? false);
      unknown = this.repo.setFiles(productId, refs);
    });
    const findings = this.withFileFindings(this.validate({ ...file, printDate }), this.fileIssues(file.product, unknown));
    return { id: productId, updatedAt: at, findings };
  }

  delete(id: string): { deleted: boolean } {
    return { deleted: this.repo.softDeleteProduct(id, this.now().toISOString()) };
  }

  listCooperatives() {
    return this.repo.listCooperatives().map((c) => ({ cooperative: c.document as { id: string }, sample: c.sample, updatedAt: c.updatedAt, productCount: this.repo.productCount(c.id) }));
  }

  saveCooperative(cooperative: Cooperative): { id: string; updatedAt: string; findings: Findings } {
    const at = this.now().toISOString();
    this.repo.putCooperative(cooperative.id, cooperative, at);
    const issues = validateUscc(cooperative.uscc, 'cooperative.uscc', { isFarmersCooperative: true });
    return { id: cooperative.id, updatedAt: at, findings: split(issues) };
  }

  reminders(withinDays = 30): { today: string; items: Reminder[] } {
    const today = this.today();
    const coops = new Map(this.repo.listCooperatives().map((c) => [c.id, c.document]));
    const sources = this.repo.listProducts().map((row) => ({
      productId: row.id,
      productName: named(row.document.name, row.id),
      cooperativeName: named(coops.get(row.cooperativeId)?.name, row.cooperativeId),
      certifications: row.document.certifications,
    }));
    return { today, items: certificateReminders(sources, today, withinDays) };
  }

  labelItems(productId: string, largestSurfaceCm2 = DEFAULT_LARGEST_SURFACE_CM2, edition?: LabelEdition): { edition: LabelEdition; needsFoodLabel: boolean; largestSurfaceCm2: number; items: RequiredLabelItem[] } {
    const doc = this.get(productId).file.product as Record<string, unknown>;
    const kind = PRODUCT_KINDS.find((k) => k === doc.kind);
    if (!kind) {
      throw studioError('product.kind-missing', '请先选择产品类别（食品、茶叶、手工艺品、银饰或其他），才能列出标签必须标注的内容。', 'Choose the product type first (food, tea, craft, silver or other) so the required label items can be listed.');
    }
    const stored = LABEL_EDITIONS.find((e) => e === doc.labelEdition);
    const chosen = edition ?? stored ?? 'GB7718-2011';
    // requiredLabelItems reads only kind, shelf life, ingredients and allergens; a draft may lack the rest
    const product = { ...doc, kind } as unknown as Product;
    return { edition: chosen, needsFoodLabel: needsFoodLabel(product), largestSurfaceCm2, items: requiredLabelItems(product, { edition: chosen, largestSurfaceCm2 }) };
  }

  digitalLink(productId: string, withBatch = true): { url: string } {
    const doc = this.get(productId).file.product as Partial<Product>;
    if (!doc.ean13) {
      throw studioError('digital-link.no-gtin', '这个产品还没有填 13 位商品条码，无法生成数字链接二维码。请先在“条码”里填写，例如 6901234567892。', 'This product has no 13-digit barcode number yet, so no Digital Link QR can be made. Enter it under "Barcode" first, e.g. 6901234567892.');
    }
    if (!doc.digitalLinkDomain) {
      throw studioError('digital-link.no-domain', '还没有填二维码网址的域名。请在“追溯”里填写，例如 id.gs1.org 或 trace.example.cn/p。', 'No QR link domain yet. Enter one under "Traceability", e.g. id.gs1.org or trace.example.cn/p.');
    }
    return { url: gs1DigitalLink({ domain: doc.digitalLinkDomain, gtin: doc.ean13, batch: withBatch && doc.batch ? doc.batch : undefined }) };
  }

  /** The stored document for other services (story card); undefined when missing or deleted. */
  productFile(productId: string): { cooperative: Record<string, unknown>; product: Record<string, unknown> } | undefined {
    const row = this.repo.getProduct(productId);
    if (!row || row.deletedAt) return undefined;
    return { cooperative: this.repo.getCooperative(row.cooperativeId)?.document ?? { id: row.cooperativeId }, product: row.document };
  }

  /** A stored product document, also one in the bin (a design file arriving with the same id is compared with it). */
  storedProduct(id: string): Record<string, unknown> | undefined {
    return this.repo.getProduct(id)?.document;
  }

  storedCooperative(id: string): Record<string, unknown> | undefined {
    return this.repo.getCooperative(id)?.document;
  }

  private missingFiles(file: ProductDraft): Issue[] {
    const known = new Set(this.repo.files(file.product.id).map((f) => f.sha256));
    const missing = referencedFiles(file.product).filter((r) => !known.has(r.sha256)).map((r) => r.sha256);
    return this.fileIssues(file.product, missing);
  }

  private fileIssues(product: Record<string, unknown>, missing: string[]): Issue[] {
    if (missing.length === 0) return [];
    const certs = Array.isArray(product.certifications) ? (product.certifications as { evidenceFile?: unknown }[]) : [];
    const issues: Issue[] = [];
    certs.forEach((c, i) => {
      if (typeof c?.evidenceFile === 'string' && missing.includes(c.evidenceFile)) {
        issues.push({
          field: `product.certifications.${i}.evidenceFile`,
          code: 'evidence.missing',
          severity: 'warning',
          message: { zh: '找不到这份证书扫描件，请重新上传证书照片或 PDF 扫描图。', en: 'This certificate scan cannot be found; upload the certificate photo or scan again.' },
        });
      }
    });
    return issues;
  }

  private withFileFindings(findings: Findings, extra: Issue[]): Findings {
    const more = split(extra);
    return { errors: [...findings.errors, ...more.errors], warnings: [...findings.warnings, ...more.warnings] };
  }
}

/** Hashes of stored files the product names: certificate scans, photos, the GI mark. */
export function referencedFiles(product: Record<string, unknown>): { sha256: string; role: ProductFileRole }[] {
  const out: { sha256: string; role: ProductFileRole }[] = [];
  const certs = Array.isArray(product.certifications) ? product.certifications : [];
  for (const c of certs as { evidenceFile?: unknown }[]) if (typeof c?.evidenceFile === 'string' && SHA256.test(c.evidenceFile)) out.push({ sha256: c.evidenceFile, role: 'evidence' });
  const photos = Array.isArray(product.photos) ? product.photos : [];
  for (const p of photos) if (typeof p === 'string' && SHA256.test(p)) out.push({ sha256: p, role: 'photo' });
  const mark = (product.gi as { markAssetId?: unknown } | undefined)?.markAssetId;
  if (typeof mark === 'string' && SHA256.test(mark)) out.push({ sha256: mark, role: 'gi-mark' });
  return out;
}

function split(issues: Issue[]): Findings {
  return { errors: issues.filter((i) => i.severity === 'error'), warnings: issues.filter((i) => i.severity === 'warning') };
}

function named(value: unknown, fallback: string): Named {
  const v = value as { zh?: unknown; en?: unknown } | undefined;
  const zh = typeof v?.zh === 'string' && v.zh ? v.zh : fallback;
  return typeof v?.en === 'string' && v.en ? { zh, en: v.en } : { zh };
}

function notFound(id: string) {
  return studioError('product.not-found', `找不到产品“${id}”，它可能已被删除。请回到产品列表重新选择。`, `Product "${id}" was not found; it may have been deleted. Go back to the product list and pick it again.`);
}
