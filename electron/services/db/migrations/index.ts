import type { Migration } from './types';
import { migration0010 } from './0010-settings';
import { migration0020 } from './0020-library';
import { migration0030 } from './0030-products';
import { migration0040 } from './0040-designs';
import { migration0050 } from './0050-brand';
import { migration0060 } from './0060-trust';
import { migration0070 } from './0070-shelf-life-unit';
import { migration0080 } from './0080-hub-sync';

export const migrations: Migration[] = [migration0010, migration0020, migration0030, migration0040, migration0050, migration0060, migration0070, migration0080];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1].version;

export type { Migration };
