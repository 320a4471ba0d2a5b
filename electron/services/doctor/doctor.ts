import type { DoctorReport } from '../../../model/api/maintenance';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { dataPaths } from '../paths';
import { inspect } from './inspect';
import { repair } from './repair';

export interface DoctorOptions {
  repair?: boolean;
  /** repair leaves files younger than this alone (an import may be writing them); default 5 minutes */
  graceMs?: number;
  now?: () => Date;
}

export const DEFAULT_GRACE_MS = 5 * 60 * 1000;

/**
 * `jinxiu doctor`: full integrity and foreign-key checks, schema version, every
 * referenced file present with the right checksum, no orphan or temporary files. With
 * repair, fixes what is safe and then checks again, so the report describes the state
 * after repair. `ok` is false only for errors; warnings (orphans left by a crash) are harmless.
 */
export async function runDoctor(dataDir: string, options: DoctorOptions = {}): Promise<DoctorReport> {
  const paths = dataPaths(dataDir);
  let findings = inspect(paths);
  let log = { repaired: [] as DoctorReport['repaired'], notRepaired: [] as DoctorReport['notRepaired'] };
  if (options.repair && findings.problems.length) {
    log = await repair(paths, findings, options.graceMs ?? DEFAULT_GRACE_MS, (options.now?.() ?? new Date()).getTime());
    findings = inspect(paths);
  }
  return {
    ok: !findings.problems.some((p) => p.severity === 'error'),
    schemaVersion: findings.schemaVersion,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    checkedFiles: findings.checkedFiles,
    problems: findings.problems,
    repaired: log.repaired,
    notRepaired: log.notRepaired,
  };
}
