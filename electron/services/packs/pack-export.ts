import crypto from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { studioError } from '../../../model/localized';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackManifest } from '../../../model/motif/pack-manifest';
import { packShareable, type PackExporter } from '../../../model/motif/pack-share';
import { restrictionOf } from '../../../model/motif/restriction';
import type { MotifRecord } from '../../../model/motif/schema';
import type { TrustFile } from '../../../model/trust/statements';
import type { FileStore } from '../files/file-store';
import type { MotifRepo } from '../library/motif-repo';

/**
 * Writes a `.jxpack`: manifest.json plus each motif's master artwork (vector and rasters).
 * Thumbnails and previews are not carried: the receiving studio derives its own.
 * Every named motif must pass `packShareable` for this exporter; one that does not stops
 * the whole export with its reason (a pack silently missing a motif would mislead).
 * Every pack also carries this studio's restrictions (model/motif/restriction.ts): records made
 * secret/sacred after they were shared travel as id and signed statements only, so a studio
 * that received an earlier copy by any pack learns to stop using it from the next one.
 */
export function exportPack(
  repo: MotifRepo,
  store: FileStore,
  ids: string[],
  exporter: PackExporter,
  now: Date,
  trustFilesFor: (records: MotifRecord[]) => TrustFile[] = () => [],
): { bytes: Uint8Array; manifest: PackManifest } {
  if (ids.length === 0) {
    throw studioError('pack.empty', '没有选中任何纹样，无法导出纹样包。', 'No motifs are selected, so there is nothing to export.');
  }
  const zip: Zippable = {};
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    packId: crypto.randomUUID(),
    creator: exporter.name,
    createdAt: now.toISOString(),
    motifs: [],
    files: [],
  };
  for (const id of ids) {
    const row = repo.get(id);
    if (!row) throw studioError('motif.not-found', `找不到纹样 ${id}。`, `Motif ${id} not found.`);
    const shareable = packShareable(row.record, exporter, 'named');
    if (!shareable.allowed) {
      const code = row.record.usageLabel === 'secret-sacred' ? 'pack.secret-sacred' : 'pack.not-shareable';
      throw studioError(code, `${shareable.reason!.zh} 纹样包没有导出。`, `${shareable.reason!.en} The pack was not exported.`, { id });
    }
    manifest.motifs.push(row.record);
    const masters = new Set([row.record.artwork.vector, ...row.record.artwork.rasters].filter(Boolean));
    for (const file of repo.files(id)) {
      if (!masters.has(file.name)) continue;
      const bytes = store.read(file.sha256);
      const entry = `motifs/${id}/${file.name}`;
      zip[entry] = [bytes, { level: file.name.endsWith('.svg') ? 6 : 0 }];
      manifest.files.push({ path: entry, sha256: file.sha256, size: bytes.length });
    }
  }
  const restrictions = repo
    .withLabel('secret-sacred')
    .map(restrictionOf)
    .filter((r) => r !== null);
  if (restrictions.length) manifest.restrictions = restrictions;
  const trustFiles = trustFilesFor(manifest.motifs);
  if (trustFiles.length) manifest.trustFiles = trustFiles;
  zip['manifest.json'] = [new TextEncoder().encode(JSON.stringify(manifest, null, 1)), { level: 6 }];
  return { bytes: zipSync(zip, { mtime: now }), manifest };
}
