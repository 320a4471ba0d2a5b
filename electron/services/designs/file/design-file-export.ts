import crypto from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { elementUsesMotif, type Design } from '../../../../model/design/schema';
import {
  DESIGN_FILE_EXTENSION,
  DESIGN_FILE_FORMAT,
  DESIGN_FILE_FORMAT_VERSION,
  type DesignFileAsset,
  type DesignFileAssetRole,
  type DesignFileManifest,
} from '../../../../model/design/file/design-file-manifest';
import { studioError } from '../../../../model/localized';
import { mayRelease } from '../../../../model/motif/gate';
import type { MotifRecord } from '../../../../model/motif/schema';
import { referencedFiles } from '../../products/product-service';
import type { StudioContext } from '../../studio';

const SHA256 = /^[0-9a-f]{64}$/;

/** Who writes the file: named in its manifest (the receiver's audit trail says where records came from). */
export interface DesignFileExporter {
  name: string;
}

/**
 * Writes a `.jxdesign`: the design, the motifs it places (records as the library stores them,
 * signatures included, and their master artwork), the photos it places, its brand kit with the
 * logo, and the linked product's facts with their files.
 *
 * Every motif must pass the one output gate for the 'design-file' destination (model/motif/gate.ts),
 * judged as the PDF judges it (this design's product and cooperative, confirmed when placed):
 * one that may not leave stops the whole export, naming the motif, and nothing is written. A file
 * the design needs but the studio lacks (a motif not in the library, a missing photo) stops it too:
 * a design file that silently lacks a part would print differently on the other PC.
 */
export function exportDesignFile(ctx: StudioContext, source: string | Design, exporter: DesignFileExporter): { fileName: string; bytes: Uint8Array; manifest: DesignFileManifest } {
  const design = typeof source === 'string' ? ctx.designs.get(source).design : source;
  const product = design.productId ? ctx.products.productFile(design.productId) : undefined;
  const kit = design.brandKitId ? ctx.brand.get(design.brandKitId) : undefined;
  const zip: Zippable = {};
  const assets: DesignFileAsset[] = [];
  const carry = (sha256: string, role: DesignFileAssetRole, name: string) => {
    if (assets.some((a) => a.sha256 === sha256)) return;
    const bytes = ctx.store.read(sha256);
    const path = `files/${sha256}`;
    zip[path] = [bytes, { level: 0 }];
    assets.push({ path, sha256, size: bytes.length, role, name });
  };

  const motifs: MotifRecord[] = [];
  const motifFiles: DesignFileManifest['motifFiles'] = [];
  const cooperativeId = product ? String(product.cooperative.id) : undefined;
  const seen = new Set<string>();
  for (const el of design.elements) {
    const motifId = elementUsesMotif(el);
    if (!motifId || seen.has(motifId)) continue;
    seen.add(motifId);
    const row = ctx.motifs.get(motifId);
    if (!row) {
      throw studioError(
        'design-file.motif-missing',
        `“${el.name}”用到的纹样（${motifId}）不在本工坊的纹样库里，设计文件没有导出。请先删除或替换这个元素。`,
        `The motif of "${el.name}" (${motifId}) is not in this studio's library, so the design file was not written. Delete or replace that element first.`,
        { motifId },
      );
    }
    // the one gate: exports judge a design whose motifs were confirmed when placed
    const decision = mayRelease(row.record, 'design-file', {
      caller: 'cooperative',
      productKind: typeof product?.product.kind === 'string' ? product.product.kind : undefined,
      commercial: true,
      confirmed: true,
      now: ctx.products.today(),
      cooperativeId,
    });
    if (!decision.allowed) {
      throw studioError(
        'design-file.forbidden',
        `${decision.reason!.zh} 设计文件没有导出。`,
        `${decision.reason!.en} The design file was not written.`,
        { motifId, names: row.record.names },
      );
    }
    motifs.push(row.record);
    const masters = new Set([row.record.artwork.vector, ...row.record.artwork.rasters].filter(Boolean));
    for (const file of ctx.motifs.files(motifId)) {
      if (!masters.has(file.name)) continue;
      const bytes = ctx.store.read(file.sha256);
      const entry = `motifs/${motifId}/${file.name}`;
      zip[entry] = [bytes, { level: file.name.endsWith('.svg') ? 6 : 0 }];
      motifFiles.push({ path: entry, sha256: file.sha256, size: bytes.length });
    }
  }

  for (const el of design.elements) {
    if (el.kind !== 'image' || !SHA256.test(el.assetId)) continue;
    if (!ctx.store.has(el.assetId)) {
      throw studioError(
        'design-file.photo-missing',
        `图片“${el.name}”的文件不在本工坊里，设计文件没有导出。请重新上传这张图片，或删除这个元素。`,
        `The file of the picture "${el.name}" is not in this studio, so the design file was not written. Upload the picture again, or delete the element.`,
        { assetId: el.assetId },
      );
    }
    carry(el.assetId, 'photo', ctx.assets.uploadedName(el.assetId) ?? `${el.name || 'photo'}.img`);
  }
  if (kit?.logo && ctx.store.has(kit.logo.assetId)) carry(kit.logo.assetId, 'logo', `logo.${kit.logo.kind}`);
  if (product) {
    // the product page reports its own missing scans; the file carries what the studio holds
    for (const ref of referencedFiles(product.product)) {
      if (!ctx.store.has(ref.sha256)) continue;
      const role: DesignFileAssetRole = ref.role === 'photo' ? 'product-photo' : ref.role;
      carry(ref.sha256, role, ctx.assets.uploadedName(ref.sha256) ?? `${ref.role}-${ref.sha256.slice(0, 8)}`);
    }
  }

  const now = ctx.now();
  const manifest: DesignFileManifest = {
    format: DESIGN_FILE_FORMAT,
    formatVersion: DESIGN_FILE_FORMAT_VERSION,
    fileId: crypto.randomUUID(),
    creator: exporter.name,
    createdAt: now.toISOString(),
    design: design as DesignFileManifest['design'],
    ...(kit ? { brandKit: kit } : {}),
    ...(product ? { product: product as DesignFileManifest['product'] } : {}),
    assets,
    motifs,
    motifFiles,
  };
  const trustFiles = ctx.packs.trustFilesFor(motifs);
  if (trustFiles.length) manifest.trustFiles = trustFiles;
  zip['manifest.json'] = [new TextEncoder().encode(JSON.stringify(manifest, null, 1)), { level: 6 }];
  return { fileName: designFileName(design.name), bytes: zipSync(zip, { mtime: now }), manifest };
}

/** The design's name as a file name every system accepts (Chinese kept; separators and reserved characters dropped). */
export function designFileName(name: string): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 80);
  return `${base || 'design'}${DESIGN_FILE_EXTENSION}`;
}
