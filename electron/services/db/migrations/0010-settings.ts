import type { Migration } from './types';

export const migration0010: Migration = {
  version: 10,
  name: 'settings',
  up: `
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
