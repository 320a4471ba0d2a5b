import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseMotifRecord, type MotifRecord } from '../../../model/motif/schema';
import type { Database } from '../db/database';
import { FileStore, sha256Hex } from '../files/file-store';
import { svgThumbnail } from '../intake/raster';
import type { MotifRepo } from './motif-repo';

export interface StarterReport {
  installed: number;
  updated: number;
  /** shipped a newer version, but the record was edited here: kept as it is */
  keptLocal: string[];
  invalid: string[];
}

interface ShippedMotif {
  record: MotifRecord;
  folder: string;
}

/** Who the starter library's audit entries name: the app release, not a reviewer. */
export const RELEASE_ACTOR = 'jinxiu-studio-release';

/** The words the audit trail shows for a starter record (the records themselves name no reviewer). */
export function releaseNote(edition: string, version: number): { zh: string; en: string } {
  return {
    zh: `锦绣工坊 ${edition} 版随软件发布的参考图（第 ${version} 版记录）：工坊根据公开资料绘制，没有经过社区或两位策展人审核，社区同意未核实。`,
    en: `Reference drawing released with Jinxiu Studio ${edition} (record version ${version}): drawn by the studio after published descriptions; not reviewed by a community or by two curators; community consent not verified.`,
  };
}

/**
 * Loads the shipped starter library (motifs/<slug>/) into the database on first start and
 * when a newer version ships. A record edited locally since it was installed is never
 * overwritten: it is reported instead.
 *
 * The starter records are published by the app release itself: for each shipped record the
 * release entry (its content hash and label) is recorded through `recordRelease`, and the
 * verdict (model/trust/motif-verdict.ts) counts a record as published while its content is
 * exactly the released content and no curator withdrew it. The release is the trust anchor
 * here, as trustworthy as the installed app; it is never shown as anyone's review.
 */
export async function syncStarterLibrary(
  db: Database,
  repo: MotifRepo,
  store: FileStore,
  motifsDir: string,
  now: () => Date,
  recordRelease: (record: MotifRecord) => void,
  edition: string,
  fingerprintKey = 'starter.fingerprint',
): Promise<StarterReport> {
  const report: StarterReport = { installed: 0, updated: 0, keptLocal: [], invalid: [] };
  if (!fs.existsSync(motifsDir)) return report;
  const folders = fs
    .readdirSync(motifsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.'))
    .map((d) => path.join(motifsDir, d.name))
    .filter((dir) => fs.existsSync(path.join(dir, 'motif.json')));
  const fingerprint = crypto
    .createHash('sha256')
    .update(folders.map((f) => `${path.basename(f)}:${fs.statSync(path.join(f, 'motif.json')).mtimeMs}:${fs.statSync(path.join(f, 'motif.json')).size}`).join('\n'))
    .digest('hex');
  const stored = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(fingerprintKey);
  if (stored && JSON.parse(stored.value) === fingerprint) return report;

  for (const folder of folders) {
    let shipped: ShippedMotif;
    try {
      shipped = { record: parseMotifRecord(fs.readFileSync(path.join(folder, 'motif.json'), 'utf8')), folder };
    } catch {
      report.invalid.push(path.basename(folder));
      continue;
    }
    recordRelease(shipped.record);
    const existing = repo.get(shipped.record.id);
    if (existing && existing.upstreamVersion !== null && existing.upstreamVersion >= shipped.record.version) continue;
    if (existing && existing.record.version !== existing.upstreamVersion) {
      report.keptLocal.push(shipped.record.slug);
      continue;
    }
    const files = await loadFiles(shipped, store);
    if (!files) {
      report.invalid.push(shipped.record.slug);
      continue;
    }
    const at = now().toISOString();
    db.transaction(() => {
      if (existing) repo.update(shipped.record, { version: shipped.record.version, source: 'starter' });
      else repo.insert(shipped.record, 'starter', shipped.record.version);
      for (const f of files) {
        repo.registerFile(f.sha256, f.size, f.mediaType, at);
        repo.attachFile(shipped.record.id, { name: f.name, role: f.role, sha256: f.sha256 });
      }
      repo.appendAudit(shipped.record.id, {
        action: existing ? 'starter-update' : 'starter-install',
        actor: RELEASE_ACTOR,
        at,
        note: releaseNote(edition, shipped.record.version).en,
        before: existing ? { status: existing.record.status, version: existing.record.version } : undefined,
        after: { status: shipped.record.status, version: shipped.record.version },
      });
    })();
    if (existing) report.updated += 1;
    else report.installed += 1;
  }
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(fingerprintKey, JSON.stringify(fingerprint));
  return report;
}

async function loadFiles(shipped: ShippedMotif, store: FileStore) {
  const { artwork } = shipped.record;
  const out: { name: string; role: 'vector' | 'raster' | 'thumbnail'; sha256: string; size: number; mediaType: string }[] = [];
  const names = [artwork.vector, ...artwork.rasters].filter((n): n is string => !!n);
  for (const name of names) {
    const file = path.join(shipped.folder, name);
    if (!fs.existsSync(file)) return null;
    const bytes = fs.readFileSync(file);
    // a shipped file that does not match its recorded checksum is not installed
    if (sha256Hex(bytes) !== artwork.sha256[name]) return null;
    const sha = store.put(bytes);
    const isVector = name === artwork.vector;
    out.push({ name, role: isVector ? 'vector' : 'raster', sha256: sha, size: bytes.length, mediaType: isVector ? 'image/svg+xml' : 'image/png' });
    if (isVector) {
      const thumb = await svgThumbnail(bytes.toString('utf8'), name);
      out.push({ name: 'thumbnail.png', role: 'thumbnail', sha256: store.put(thumb), size: thumb.length, mediaType: 'image/png' });
    }
  }
  return out;
}
