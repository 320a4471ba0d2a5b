import { sanitizeSvg } from '../../../model/svg/sanitize';
import { brandKitSchema, type BrandKit } from '../../../model/brand/schema';
import { studioError } from '../../../model/localized';
import type { Database } from '../db/database';
import type { FileStore } from '../files/file-store';
import { intakeBytes, INTAKE_RULES } from '../intake/intake';
import { normalizeRaster } from '../intake/raster';
import { storeAndRegister } from '../assets/file-register';
import { defaultBrandKit } from './default-kit';

export interface BrandServiceOptions {
  /** font ids the studio has; a kit naming another font is refused */
  fontIds: () => string[];
}

/** The cooperative's brand kits: palette, fonts, logo, story and credit line. */
export class BrandService {
  constructor(
    private readonly db: Database,
    private readonly store: FileStore,
    private readonly now: () => Date,
    private readonly options: BrandServiceOptions,
  ) {}

  /** First start: a studio always has one kit, so a new design has colours to pick from. */
  ensureDefault(): void {
    const count = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM brand_kits').get()!.n;
    if (count === 0) this.write(defaultBrandKit(this.now().toISOString()));
  }

  list(): BrandKit[] {
    return this.db
      .prepare<[], { document: string }>('SELECT document FROM brand_kits ORDER BY rowid')
      .all()
      .map((r) => brandKitSchema.parse(JSON.parse(r.document)));
  }

  get(id: string): BrandKit | undefined {
    const row = this.db.prepare<[string], { document: string }>('SELECT document FROM brand_kits WHERE id = ?').get(id);
    return row ? brandKitSchema.parse(JSON.parse(row.document)) : undefined;
  }

  has(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM brand_kits WHERE id = ?').get(id) !== undefined;
  }

  defaultId(): string | undefined {
    return this.db.prepare<[], { id: string }>('SELECT id FROM brand_kits ORDER BY rowid LIMIT 1').get()?.id;
  }

  /** Creates or replaces a kit after checking what the schema alone cannot. */
  save(input: BrandKit): BrandKit {
    const parsed = brandKitSchema.safeParse(input);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      const field = i.path.join('.') || '(根)';
      throw studioError('brand.invalid', `品牌套件的“${field}”填写不对：${i.message}`, `The brand kit field "${field}" is not valid: ${i.message}`, parsed.error.issues.slice(0, 20));
    }
    const kit = parsed.data;
    this.checkPalette(kit);
    this.checkFonts(kit);
    if (kit.logo && !this.registered(kit.logo.assetId)) {
      throw studioError('brand.logo-missing', '品牌套件里的标志文件在工坊里找不到。请重新上传标志。', 'The logo file of this brand kit is not in the studio. Upload the logo again.');
    }
    const saved: BrandKit = { ...kit, updatedAt: this.now().toISOString() };
    this.write(saved);
    return saved;
  }

  /** SVG logos are sanitized (scripts, links, external references removed); PNGs are decoded to prove they are sound. */
  async uploadLogo(kitId: string, name: string, bytes: Uint8Array): Promise<BrandKit> {
    const kit = this.get(kitId);
    if (!kit) throw notFound(kitId);
    const file = intakeBytes(name, bytes, INTAKE_RULES.logo);
    let stored: { bytes: Uint8Array; mediaType: string; kind: 'svg' | 'png' };
    if (file.kind === 'svg') {
      const clean = sanitizeSvg(file.bytes.toString('utf8'));
      stored = { bytes: Buffer.from(clean.svg, 'utf8'), mediaType: 'image/svg+xml', kind: 'svg' };
    } else {
      await normalizeRaster(file.bytes, file.name); // refuses bombs and truncated files
      stored = { bytes: file.bytes, mediaType: 'image/png', kind: 'png' };
    }
    const sha = storeAndRegister(this.db, this.store, stored.bytes, stored.mediaType, this.now);
    const next: BrandKit = { ...kit, logo: { assetId: sha, kind: stored.kind }, updatedAt: this.now().toISOString() };
    this.write(next);
    return next;
  }

  /** The stored logo bytes of a kit (for the canvas and the PDF). */
  logoBytes(kit: BrandKit): Buffer | undefined {
    return kit.logo && this.store.has(kit.logo.assetId) ? this.store.read(kit.logo.assetId) : undefined;
  }

  private checkPalette(kit: BrandKit): void {
    const seen = new Set<string>();
    for (const colour of kit.palette) {
      if (seen.has(colour.name)) {
        throw studioError(
          'brand.duplicate-colour',
          `品牌色“${colour.name}”出现了两次。设计按名字引用品牌色，每个名字只能用一次；请给其中一个改名。`,
          `The brand colour "${colour.name}" appears twice. Designs refer to brand colours by name, so each name must be unique; rename one of them.`,
        );
      }
      seen.add(colour.name);
    }
  }

  private checkFonts(kit: BrandKit): void {
    const known = this.options.fontIds();
    for (const [role, id] of Object.entries(kit.fonts)) {
      if (!known.includes(id)) {
        const roleZh = role === 'title' ? '标题' : '正文';
        throw studioError(
          'brand.unknown-font',
          `${roleZh}字体“${id}”在工坊里没有。可用的字体：${known.join('、')}。请选择其中之一，或先导入这个字体。`,
          `The ${role} font "${id}" is not in the studio. Available fonts: ${known.join(', ')}. Pick one of them, or import the font first.`,
        );
      }
    }
  }

  private registered(sha: string): boolean {
    return this.db.prepare('SELECT 1 FROM files WHERE sha256 = ?').get(sha) !== undefined && this.store.has(sha);
  }

  private write(kit: BrandKit): void {
    this.db
      .prepare(
        `INSERT INTO brand_kits (id, document, logo_sha256, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET document = excluded.document, logo_sha256 = excluded.logo_sha256, updated_at = excluded.updated_at`,
      )
      .run(kit.id, JSON.stringify(kit), kit.logo?.assetId ?? null, kit.updatedAt);
  }
}

function notFound(id: string) {
  return studioError('brand.not-found', `找不到品牌套件“${id}”。请在品牌页面重新选择。`, `Brand kit "${id}" not found. Choose it again on the brand page.`);
}
