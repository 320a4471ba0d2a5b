import { DESIGN_SCHEMA_VERSION } from '../schema';
import { step0002 } from './0002-cmyk-colours-degrees';
import { step0003 } from './0003-credit-lines';
import { step0004 } from './0004-package-piece';
import type { MigrationStep, RawDesign } from './types';

/** Every step ever shipped, oldest first. Version 1 is the oldest format; it has no step. */
export const MIGRATIONS: readonly MigrationStep[] = [step0002, step0003, step0004];

/** Throws (a programming error, not a user error) when the list is out of order or incomplete. */
export function checkMigrationList(steps: readonly MigrationStep[], current: number): void {
  let previous = 1;
  for (const step of steps) {
    if (!Number.isInteger(step.version) || step.version <= previous) {
      throw new Error(`design migrations must strictly increase: ${step.version} after ${previous}`);
    }
    previous = step.version;
  }
  if (previous !== current) {
    throw new Error(`design migrations end at ${previous} but DESIGN_SCHEMA_VERSION is ${current}`);
  }
}

checkMigrationList(MIGRATIONS, DESIGN_SCHEMA_VERSION);

/** Runs every step above `fromVersion`, in order. Pure: the input is not changed. */
export function runMigrations(doc: RawDesign, fromVersion: number): RawDesign {
  let out = doc;
  for (const step of MIGRATIONS) {
    if (step.version > fromVersion) out = step.up(out);
  }
  return out;
}
