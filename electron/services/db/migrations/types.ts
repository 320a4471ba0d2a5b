import type { Database } from 'better-sqlite3';

/**
 * A numbered schema step. Numbers go up in steps of 10 so a later fix can slot in
 * between (Signal Desktop does the same). A shipped step is never edited.
 */
export interface Migration {
  version: number;
  name: string;
  /** plain SQL, or a function for steps that must move data */
  up: string | ((db: Database) => void);
}
