import type { Lang } from '../../model/localized';
import type { OptionSpec, ParsedArgs } from './args';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  lang: Lang;
  /** reads a passphrase without echo (electron/cli/passphrase-input.ts); commands that sign need it */
  passphrase?: (prompt: string) => Promise<string>;
}

/** One CLI command as `jinxiu --help` lists it; `load` imports the command's module on demand. */
export interface CommandEntry {
  /** up to three words ("motifs import", "curator trust-file export") */
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** What a command module exports: its arguments and what it does. */
export interface Command {
  usage: string;
  options: Record<string, OptionSpec>;
  positionals: { min: number; max: number; names: string };
  /** returns the process exit code */
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

export const DATA_OPTION: Record<string, OptionSpec> = {
  data: { type: 'string', description: 'data directory (default: the desktop app\'s user-data folder)' },
};
export const JSON_OPTION: Record<string, OptionSpec> = {
  json: { type: 'boolean', description: 'print one JSON document instead of text' },
};
