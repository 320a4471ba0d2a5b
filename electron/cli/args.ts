import { studioError } from '../../model/localized';

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

/**
 * A strict parser: unknown options and missing values are errors (a typo must not
 * silently change what a command does to someone's data).
 */
export function parseArgs(argv: string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const positionals: string[] = [];
  const options: ParsedArgs['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [rawName, inlineValue] = splitOnce(arg.slice(2), '=');
    const option = spec[rawName];
    if (!option) {
      throw studioError('cli.unknown-option', `未知选项 --${rawName}（用 --help 查看可用选项）`, `unknown option --${rawName} (see --help)`);
    }
    if (option.type === 'boolean') {
      if (inlineValue !== undefined) throw studioError('cli.bad-option', `选项 --${rawName} 不带值`, `option --${rawName} takes no value`);
      options[rawName] = true;
    } else {
      const value = inlineValue ?? argv[++i];
      if (value === undefined || value.startsWith('--')) {
        throw studioError('cli.missing-value', `选项 --${rawName} 需要一个值`, `option --${rawName} needs a value`);
      }
      options[rawName] = value;
    }
  }
  return { positionals, options };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}

/** `--port N`: a TCP port from 0 to 65535 (0, the default, lets the OS pick a free one). */
export function portOption(args: ParsedArgs): number {
  const portText = stringOption(args, 'port') ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw studioError('cli.bad-port', `端口必须是 0 到 65535 的整数：${portText}`, `--port must be an integer from 0 to 65535: ${portText}`);
  }
  return port;
}
