import sharp from 'sharp';
import { studioError } from '../../../model/localized';
import type { Database } from '../db/database';
import { sha256Hex, type FileStore } from '../files/file-store';
import { intakeBytes, INTAKE_RULES } from '../intake/intake';
import { normalizeRaster } from '../intake/raster';
import { MEDIA_TYPES, sniffKind } from '../intake/sniff';
import { dataUrl, storeAndRegister } from './file-register';

export type AssetPurpose = 'photo' | 'evidence';

export interface StoredAsset {
  /** sha256 of the original bytes (kept unchanged for print) */
  assetId: string;
  pixelWidth: number;
  pixelHeight: number;
  /** data URL of the screen preview */
  preview: string;
}

export interface PreparedAsset {
  name: string;
  bytes: Uint8Array;
  mediaType: string;
  purpose: AssetPurpose;
  width: number;
  height: number;
  preview: Uint8Array;
  /** sha256 of the original bytes: the id the asset will have */
  assetId: string;
}

interface AssetRow {
  pixel_width: number;
  pixel_height: number;
  preview_sha256: string;
}

/** Product photos and certificate evidence placed in designs. */
export class AssetsService {
  constructor(
    private readonly db: Database,
    private readonly store: FileStore,
    private readonly now: () => Date,
  ) {}

  async upload(name: string, bytes: Uint8Array, purpose: AssetPurpose): Promise<StoredAsset> {
    return this.commit(await this.prepare(name, bytes, purpose));
  }

  /**
   * Every check and conversion of an upload, writing nothing: a refused file leaves no trace,
   * and a caller importing many files (a design file) checks them all before it writes any.
   */
  async prepare(name: string, bytes: Uint8Array, purpose: AssetPurpose): Promise<PreparedAsset> {
    const file = intakeBytes(name, bytes, purpose === 'photo' ? INTAKE_RULES.photo : INTAKE_RULES.evidence);
    const prepared =
      file.kind === 'pdf'
        ? { width: 0, height: 0, preview: await documentPreview() }
        : await normalizeRaster(file.bytes, file.name);
    return { name: file.name, bytes: file.bytes, mediaType: file.mediaType, purpose, ...prepared, assetId: sha256Hex(file.bytes) };
  }

  /** Stores a prepared upload and its rows (inside the caller's transaction, if it holds one). */
  commit(prepared: PreparedAsset): StoredAsset {
    const previewType = mediaTypeOf(prepared.preview);
    const previewSha = storeAndRegister(this.db, this.store, prepared.preview, previewType, this.now);
    const assetId = storeAndRegister(this.db, this.store, prepared.bytes, prepared.mediaType, this.now);
    this.db
      .prepare(
        `INSERT OR IGNORE INTO assets (sha256, name, purpose, media_type, pixel_width, pixel_height, preview_sha256, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(assetId, prepared.name, prepared.purpose, prepared.mediaType, prepared.width, prepared.height, previewSha, this.now().toISOString());
    return { assetId, pixelWidth: prepared.width, pixelHeight: prepared.height, preview: dataUrl(previewType, prepared.preview) };
  }

  /** The name a stored asset was uploaded under (design files carry it along). */
  uploadedName(assetId: string): string | undefined {
    return this.db.prepare<[string], { name: string }>('SELECT name FROM assets WHERE sha256 = ?').get(assetId)?.name;
  }

  preview(assetId: string): { preview: string; pixelWidth: number; pixelHeight: number } {
    const row = this.db.prepare<[string], AssetRow>('SELECT pixel_width, pixel_height, preview_sha256 FROM assets WHERE sha256 = ?').get(assetId);
    if (!row || !this.store.has(row.preview_sha256)) {
      throw studioError(
        'asset.not-found',
        '这张图片在工坊里找不到（可能来自别的电脑上的设计）。请重新上传这张图片，再放进设计里。',
        'This image is not in the studio (the design may come from another computer). Upload the image again and place it in the design.',
        { assetId },
      );
    }
    const bytes = this.store.read(row.preview_sha256);
    return { preview: dataUrl(mediaTypeOf(bytes), bytes), pixelWidth: row.pixel_width, pixelHeight: row.pixel_height };
  }

  /** The original bytes, for the PDF writer. */
  original(assetId: string): Buffer {
    if (!/^[0-9a-f]{64}$/.test(assetId) || !this.store.has(assetId)) this.preview(assetId); // throws the friendly error
    return this.store.read(assetId);
  }
}

/** The preview encoder may change (it did: WebP -> JPEG); the bytes say what they are. */
function mediaTypeOf(bytes: Uint8Array): string {
  const kind = sniffKind(bytes);
  return kind ? MEDIA_TYPES[kind] : 'application/octet-stream';
}

/** A PDF certificate cannot be rasterised without a PDF engine; the screen shows a document sign instead. */
let documentIcon: Promise<Buffer> | undefined;
function documentPreview(): Promise<Buffer> {
  documentIcon ??= sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="160" viewBox="0 0 120 160"><rect x="4" y="4" width="112" height="152" rx="6" fill="#ffffff" stroke="#1f3a68" stroke-width="4"/><text x="60" y="95" font-family="sans-serif" font-size="32" text-anchor="middle" fill="#1f3a68">PDF</text></svg>',
    ),
  )
    .png()
    .toBuffer();
  return documentIcon;
}
