import { openDesign } from '../../../../model/design/open-design';
import type { Design } from '../../../../model/design/schema';
import {
  DESIGN_FILE_FORMAT,
  DESIGN_FILE_FORMAT_VERSION,
  DESIGN_FILE_LIMITS,
  designFileEntryAllowed,
  designFileManifestSchema,
  type DesignFileManifest,
} from '../../../../model/design/file/design-file-manifest';
import { studioError } from '../../../../model/localized';
import { USAGE_LABELS } from '../../../../model/motif/labels';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../../../../model/motif/pack-manifest';
import type { MotifRecord } from '../../../../model/motif/schema';
import type { MotifRepo } from '../../library/motif-repo';
import { verifyPackContents, type VerifiedPack } from '../../packs/pack-import';
import { openVerifiedArchive, readListedFiles, type ArchiveRules } from '../../zip/verified-archive';

export interface VerifiedDesignFile {
  manifest: DesignFileManifest;
  /** the design opened like any saved design (migrated, validated) */
  design: Design;
  /** the motif part, in the shape a motif pack has once verified, so it is planned by the same trust rules */
  pack: VerifiedPack;
  /** carried files by sha256, each checked against the manifest */
  assets: Map<string, Uint8Array>;
}

/** The archive rules of a design file: a pack's checks with its own entry names and words. */
export const DESIGN_FILE_ARCHIVE: ArchiveRules = {
  limits: DESIGN_FILE_LIMITS,
  allowed: designFileEntryAllowed,
  refused,
  corrupt(detail: string) {
    return studioError(
      'design-file.corrupt',
      `设计文件已损坏或不完整：${detail}。什么都没有改动；请让对方重新发送这个文件。`,
      `The design file is damaged or incomplete: ${detail}. Nothing was changed; ask the sender for the file again.`,
      { detail },
    );
  },
};

/**
 * Reads an untrusted `.jxdesign` completely and checks everything before anything is written:
 * the archive checks every pack gets (entry names, links, sizes, bomb ratio, manifest JSON), the
 * format and its version, the manifest schema, every carried file's size and sha256 (and that its
 * name is its sha256), the motif part exactly as a pack's (no secret/sacred record, artwork
 * matching its record, SVG sanitized again), and the design opening as a design.
 */
export function verifyDesignFile(bytes: Uint8Array, repo: MotifRepo, now: string): VerifiedDesignFile {
  const archive = openVerifiedArchive(bytes, DESIGN_FILE_ARCHIVE);
  const head = (archive.manifest ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format === PACK_FORMAT) {
    throw studioError(
      'design-file.is-pack',
      '这是纹样包（.jxpack），不是设计文件。请在“纹样库”里用“导入纹样包”打开它。',
      'This is a motif pack (.jxpack), not a design file. Open it in the Library with "Import a pack".',
    );
  }
  if (head.format !== DESIGN_FILE_FORMAT) throw refused('it is not a Jinxiu Studio design file', '这不是锦绣工坊的设计文件');
  if (typeof head.formatVersion === 'number' && head.formatVersion > DESIGN_FILE_FORMAT_VERSION) {
    throw studioError(
      'design-file.newer',
      `这个设计文件由更新版本的锦绣工坊制作（格式 ${head.formatVersion}，本软件只认识 ${DESIGN_FILE_FORMAT_VERSION}）。请先升级锦绣工坊再打开。`,
      `This design file was made by a newer Jinxiu Studio (format ${head.formatVersion}; this copy reads ${DESIGN_FILE_FORMAT_VERSION}). Update Jinxiu Studio, then open it again.`,
      { formatVersion: head.formatVersion },
    );
  }
  if (head.formatVersion !== DESIGN_FILE_FORMAT_VERSION) {
    throw refused(`unknown format version ${JSON.stringify(head.formatVersion)}`, `格式版本 ${JSON.stringify(head.formatVersion)} 不认识`);
  }
  const parsed = designFileManifestSchema.safeParse(archive.manifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused(`manifest field ${issue.path.join('.')}: ${issue.message}`, `清单字段 ${issue.path.join('.')} 不对：${issue.message}`);
  }
  const manifest = parsed.data;
  for (const a of manifest.assets) {
    if (a.path !== `files/${a.sha256}`) throw refused(`file ${a.path} is not named by its checksum`, `文件 ${a.path} 的名字不是它的校验值`);
  }
  const files = readListedFiles(bytes, archive, manifest.assets, DESIGN_FILE_ARCHIVE);
  const assets = new Map([...files].map(([path, data]) => [path.slice('files/'.length), data]));
  const motifs = verifyPackContents(bytes, archive, { motifs: manifest.motifs, files: manifest.motifFiles }, repo, DESIGN_FILE_ARCHIVE, secretSacred);
  const design = openDesign(manifest.design, { now }).design;
  const pack: VerifiedPack = {
    manifest: {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      packId: manifest.fileId,
      creator: manifest.creator,
      createdAt: manifest.createdAt,
      motifs: manifest.motifs,
      files: manifest.motifFiles,
      ...(manifest.trustFiles ? { trustFiles: manifest.trustFiles } : {}),
    },
    ...motifs,
  };
  return { manifest, design, pack, assets };
}

function secretSacred(record: MotifRecord) {
  const label = USAGE_LABELS['secret-sacred'].name;
  return studioError(
    'design-file.secret-sacred',
    `设计文件里的“${record.names.zh}”标为“${label.zh}”：这类纹样不离开工坊，什么都没有导入。请让对方去掉这个纹样后重新发送。`,
    `The design file carries "${record.names.en}", labelled "${label.en}": such motifs never leave a studio, so nothing was imported. Ask the sender to remove it and send the file again.`,
    { id: record.id },
  );
}

function refused(en: string, zh: string) {
  return studioError('design-file.refused', `设计文件未通过检查：${zh}。什么都没有改动。`, `The design file failed its checks: ${en}. Nothing was changed.`);
}
