import { sanitizeSvg } from '../../../model/svg/sanitize';
import { StudioError } from '../../../model/localized';
import type { ImportResult } from '../../../model/api/library';
import type { Database } from '../db/database';
import { FileStore, sha256Hex } from '../files/file-store';
import { intakeBytes, INTAKE_RULES, type IntakeFile } from '../intake/intake';
import { normalizeRaster, PREVIEW_FILE, svgThumbnail } from '../intake/raster';
import { draftRecord } from './draft-record';
import { parseMotifRecord, type MotifRecord } from '../../../model/motif/schema';
import type { MotifRepo } from './motif-repo';

/** two files in flight: enough to use both cores of a village PC without doubling peak memory further */
const IMPORT_CONCURRENCY = 2;

interface Prepared {
  files: { name: string; role: 'vector' | 'original' | 'thumbnail' | 'preview'; bytes: Buffer; mediaType: string }[];
  palette: string[];
  removed: string[];
  masterSha: string;
}

/**
 * Imports artwork files as draft motifs. Each file is handled on its own: one bad file is
 * reported and the rest go on. Heavy work (sanitizing, decoding, thumbnails) happens
 * before the transaction; bytes are stored durably first, then one transaction inserts the
 * rows, so a crash leaves either a whole motif or nothing but orphan files.
 */
export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly repo: MotifRepo,
    private readonly store: FileStore,
    private readonly now: () => Date,
  ) {}

  /**
   * `shape` turns the plain draft into what this import is (e.g. a cooperative's own artwork);
   * the result is checked against the record schema before it is stored.
   */
  async importOne(name: string, bytes: Uint8Array, actor: string, shape?: (draft: MotifRecord) => MotifRecord): Promise<ImportResult> {
    let file: IntakeFile;
    try {
      file = intakeBytes(name, bytes, INTAKE_RULES.artwork);
    } catch (error) {
      return rejected(name, error);
    }
    const duplicateOf = this.repo.ownerOfArtwork(sha256Hex(file.bytes));
    if (duplicateOf) return { file: file.name, status: 'duplicate', id: duplicateOf };
    let prepared: Prepared;
    try {
      prepared = await prepare(file);
    } catch (error) {
      return rejected(file.name, error);
    }
    // a sanitized SVG may equal an existing master even when the uploaded bytes differed
    const sanitizedOwner = this.repo.ownerOfArtwork(prepared.masterSha);
    if (sanitizedOwner) return { file: file.name, status: 'duplicate', id: sanitizedOwner };

    const stored = prepared.files.map((f) => ({ ...f, sha256: this.store.put(f.bytes) }));
    const at = this.now();
    const master = stored.find((f) => f.role === 'vector' || f.role === 'original')!;
    const draft = draftRecord({
      fileName: file.name,
      importedBy: actor,
      at,
      vector: master.role === 'vector' ? master.name : undefined,
      rasters: master.role === 'original' ? [master.name] : [],
      sha256: { [master.name]: master.sha256 },
      palette: prepared.palette,
      slugTaken: (slug) => this.repo.idBySlug(slug) !== undefined,
    });
    let record: MotifRecord;
    try {
      record = shape ? parseMotifRecord(shape(draft)) : draft;
    } catch (error) {
      return rejected(file.name, error);
    }
    // checked again inside the transaction: another import running alongside may have just stored the same artwork
    const raceOwner = this.db.transaction(() => {
      const owner = this.repo.ownerOfArtwork(prepared.masterSha);
      if (owner) return owner;
      this.repo.insert(record, 'import', null);
      for (const f of stored) {
        this.repo.registerFile(f.sha256, f.bytes.length, f.mediaType, at.toISOString());
        this.repo.attachFile(record.id, { name: f.name, role: f.role, sha256: f.sha256 });
      }
      this.repo.appendAudit(record.id, { action: 'import', actor, at: at.toISOString(), note: file.name, after: { status: 'draft', version: 1, ...(record.ownWork ? { ownWork: record.ownWork } : {}) } });
      return undefined;
    })();
    if (raceOwner) return { file: file.name, status: 'duplicate', id: raceOwner };
    return { file: file.name, status: 'imported', id: record.id, removed: prepared.removed.length ? prepared.removed : undefined };
  }

  /**
   * Imports files two at a time: decoding and thumbnailing keep one core busy each, while
   * the database writes stay one short transaction per file. Results keep the input order.
   */
  async importMany(files: { name: string; bytes: Uint8Array }[], actor: string, onProgress?: (done: number, total: number, result: ImportResult) => void): Promise<ImportResult[]> {
    const results: ImportResult[] = new Array(files.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < files.length) {
        const index = next++;
        results[index] = await this.importOne(files[index].name, files[index].bytes, actor);
        onProgress?.(++done, files.length, results[index]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IMPORT_CONCURRENCY, files.length) }, worker));
    return results;
  }
}

async function prepare(file: IntakeFile): Promise<Prepared> {
  if (file.kind === 'svg') {
    const clean = sanitizeSvg(file.bytes.toString('utf8'));
    const svgBytes = Buffer.from(clean.svg, 'utf8');
    const thumbnail = await svgThumbnail(clean.svg, file.name);
    return {
      files: [
        { name: 'artwork.svg', role: 'vector', bytes: svgBytes, mediaType: 'image/svg+xml' },
        { name: 'thumbnail.png', role: 'thumbnail', bytes: thumbnail, mediaType: 'image/png' },
      ],
      palette: paletteOf(clean.svg),
      removed: clean.removed,
      masterSha: sha256Hex(svgBytes),
    };
  }
  const raster = await normalizeRaster(file.bytes, file.name);
  const extension = file.kind === 'jpeg' ? 'jpg' : file.kind === 'tiff' ? 'tif' : file.kind;
  return {
    files: [
      { name: `original.${extension}`, role: 'original', bytes: file.bytes, mediaType: file.mediaType },
      { name: PREVIEW_FILE.name, role: 'preview', bytes: raster.preview, mediaType: PREVIEW_FILE.mediaType },
      { name: 'thumbnail.png', role: 'thumbnail', bytes: raster.thumbnail, mediaType: 'image/png' },
    ],
    palette: raster.palette,
    removed: [],
    masterSha: sha256Hex(file.bytes),
  };
}

function paletteOf(svg: string): string[] {
  const found = new Set<string>();
  for (const match of svg.matchAll(/#[0-9a-fA-F]{6}\b/g)) {
    found.add(match[0].toLowerCase());
    if (found.size >= 8) break;
  }
  return [...found];
}

function rejected(name: string, error: unknown): ImportResult {
  if (error instanceof StudioError) return { file: name, status: 'rejected', error: error.localized };
  const text = (error as Error)?.message ?? String(error);
  return { file: name, status: 'rejected', error: { zh: `无法导入：${text}`, en: `Could not import: ${text}` } };
}
