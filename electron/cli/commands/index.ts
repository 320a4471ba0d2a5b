import type { Command } from '../command';
import { serveCommand } from './serve';

/** Every CLI command; `jinxiu --help` lists them in this order. */
export const commands: Command[] = [serveCommand];
