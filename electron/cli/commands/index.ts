import type { Command } from '../command';
import { backupCommand } from './backup';
import { curatorCommands } from './curator';
import { doctorCommand } from './doctor';
import { exportCommand } from './export';
import { imagesCommand } from './images';
import { motifsImportCommand } from './motifs-import';
import { motifsSearchCommand } from './motifs-search';
import { packExportCommand } from './pack-export';
import { packImportCommand } from './pack-import';
import { restoreCommand } from './restore';
import { serveCommand } from './serve';
import { validateProductCommand } from './validate';

/** Every CLI command; `jinxiu --help` lists them in this order. */
export const commands: Command[] = [serveCommand, motifsImportCommand, motifsSearchCommand, packExportCommand, packImportCommand, backupCommand, restoreCommand, doctorCommand, validateProductCommand, exportCommand, imagesCommand, ...curatorCommands];
