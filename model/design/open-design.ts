/**
 * Opening a saved design: read the envelope, refuse files from a newer Jinxiu, migrate
 * older ones step by step, repair what can be repaired, then validate strictly.
 */
import { issue, StudioError, type Issue } from '../localized';
import { runMigrations } from './migrations/index';
import { isRecord } from './migrations/types';
import { restoreDesign } from './restore';
import { DESIGN_SCHEMA_VERSION, DesignSchema, type Design } from './schema';

export interface OpenedDesign {
  design: Design;
  /** the version the file was written with */
  fromVersion: number;
  /** repairs made while opening (none for a clean, current file) */
  repairs: Issue[];
}

export interface OpenOptions {
  /** ISO time used for missing dates (model code reads no clock) */
  now?: string;
}

function parseInput(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input);
  } catch {
    throw new StudioError('design-not-json', {
      zh: '这个文件不是锦绣工坊的设计文件（无法读取内容）。请选择以 .jinxiu.json 保存的设计。',
      en: 'This file is not a Jinxiu Studio design (its content cannot be read). Choose a design saved as .jinxiu.json.',
    });
  }
}

export function openDesign(input: unknown, options: OpenOptions = {}): OpenedDesign {
  const raw = parseInput(input);
  if (!isRecord(raw) || typeof raw.schemaVersion !== 'number' || !Number.isInteger(raw.schemaVersion) || raw.schemaVersion < 1) {
    throw new StudioError('design-no-version', {
      zh: '这个文件缺少设计版本号，不是锦绣工坊的设计文件。请选择由锦绣工坊保存的设计。',
      en: 'This file has no design schemaVersion, so it is not a Jinxiu Studio design. Choose a design saved by Jinxiu Studio.',
    });
  }
  const fromVersion = raw.schemaVersion;
  if (fromVersion > DESIGN_SCHEMA_VERSION) {
    throw new StudioError(
      'design-too-new',
      {
        zh: `这个设计由更新版本的锦绣工坊保存（格式 ${fromVersion}，本软件只认识到 ${DESIGN_SCHEMA_VERSION}）。请先更新锦绣工坊再打开。`,
        en: `This design was saved by a newer Jinxiu Studio (format ${fromVersion}; this copy reads up to ${DESIGN_SCHEMA_VERSION}). Update Jinxiu Studio, then open it again.`,
      },
      { fromVersion, supported: DESIGN_SCHEMA_VERSION },
    );
  }
  const migrated = runMigrations(raw, fromVersion);
  const { doc, issues } = restoreDesign(migrated, options.now ?? '1970-01-01T00:00:00.000Z');
  const parsed = DesignSchema.safeParse(doc);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) =>
      issue(i.path.join('.'), 'design-field-invalid', 'error', `字段 ${i.path.join('.') || '(根)'} 不正确：${i.message}`, `Field ${i.path.join('.') || '(root)'} is not valid: ${i.message}`),
    );
    const first = problems.slice(0, 3).map((p) => p.field || '(root)').join(', ');
    throw new StudioError(
      'design-invalid',
      {
        zh: `设计文件内容有误，无法打开（问题在：${first}）。请用备份或自动保存的版本，或联系提供文件的人。`,
        en: `The design file has invalid content and cannot be opened (problem at: ${first}). Use a backup or an autosaved version, or ask whoever sent the file.`,
      },
      problems,
    );
  }
  return { design: parsed.data, fromVersion, repairs: issues };
}
