import { hubMigration0010 } from './0010-hub';
import { hubMigration0020 } from './0020-retired-keys';
import type { HubMigration } from './types';

export const hubMigrations: HubMigration[] = [hubMigration0010, hubMigration0020];
export const HUB_SCHEMA_VERSION = hubMigrations[hubMigrations.length - 1].version;
export type { HubMigration };
