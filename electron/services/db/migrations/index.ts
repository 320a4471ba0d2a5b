import type { Migration } from './types';
import { migration0010 } from './0010-settings';

export const migrations: Migration[] = [migration0010];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1].version;

export type { Migration };
