/** A numbered step of the hub's PostgreSQL schema (steps of 10, like the studio's; a shipped step is never edited). */
export interface HubMigration {
  version: number;
  name: string;
  sql: string;
}
