import type { Lang } from '../../model/localized';
import type { OptionSpec, ParsedArgs } from './args';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  lang: Lang;
  /** reads a passphrase without echo (electron/cli/passphrase-input.ts); commands that sign need it */
  passphrase?: (prompt: string) => Promise<string>;
}

/** One CLI command. `name` may have up to three words ("motifs import", "curator trust-file export"). */
export interface Command {
  name: string;
  summary: string;
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
