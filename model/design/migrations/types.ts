/**
 * A migration step turns a document of version N-1 into version N. Steps see raw JSON
 * (the zod schema only describes the newest version), must not mutate their input, and
 * are frozen once shipped: a later change gets a new step instead.
 */
export type RawDesign = { [key: string]: unknown };

export interface MigrationStep {
  /** the schemaVersion this step produces */
  version: number;
  /** what changed, for logs and the migration test names */
  name: string;
  up: (doc: RawDesign) => RawDesign;
}

export function isRecord(value: unknown): value is RawDesign {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
