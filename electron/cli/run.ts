import { pick, StudioError, type Lang } from '../../model/localized';
import { parseArgs } from './args';
import type { CliIO, Command, CommandEntry } from './command';
import { commands as allCommands } from './commands';
import { APP_VERSION } from '../services/version';

export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const lang = env.JINXIU_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function findCommand(argv: string[], commands: CommandEntry[]): { command?: CommandEntry; rest: string[] } {
  const three = argv.slice(0, 3).join(' ');
  const byThree = commands.find((c) => c.name === three);
  if (byThree) return { command: byThree, rest: argv.slice(3) };
  const two = argv.slice(0, 2).join(' ');
  const byTwo = commands.find((c) => c.name === two);
  if (byTwo) return { command: byTwo, rest: argv.slice(2) };
  const byOne = commands.find((c) => c.name === argv[0]);
  return { command: byOne, rest: argv.slice(1) };
}

function overview(commands: CommandEntry[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Jinxiu Studio 锦绣工坊 — command line',
    '',
    'usage: jinxiu <command> [options]   (jinxiu <command> --help for its options)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

function commandHelp(entry: CommandEntry, command: Command): string {
  const lines = [`usage: ${command.usage}`, '', entry.summary];
  const names = Object.keys(command.options);
  if (names.length) {
    lines.push('', 'options:');
    for (const name of names) lines.push(`  --${name.padEnd(12)} ${command.options[name].description}`);
  }
  lines.push(`  --${'help'.padEnd(12)} show this help`);
  return lines.join('\n');
}

/** `{ok:false, error}` on stdout: with --json a script reads every failure the same way. */
function jsonFailure(code: string, message: { zh: string; en: string }, details?: unknown): string {
  return JSON.stringify({ ok: false, error: { code, message, ...(details === undefined ? {} : { details }) } });
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIO, commands: CommandEntry[] = allCommands): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(overview(commands));
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.out(APP_VERSION);
    return 0;
  }
  const { command: entry, rest } = findCommand(argv, commands);
  // --json is honoured for failures before the arguments are even parsed
  const json = rest.includes('--json');
  const fail = (code: string, message: { zh: string; en: string }, exit: number, details?: unknown): number => {
    if (json) io.out(jsonFailure(code, message, details));
    else io.err(pick(message, io.lang));
    return exit;
  };
  if (!entry) {
    const named = argv.slice(0, 2).join(' ');
    return fail('cli.unknown-command', { zh: `未知命令：${named}（运行 jinxiu --help 查看全部命令）`, en: `unknown command: ${named} (run jinxiu --help for the list)` }, 2);
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(commandHelp(entry, command));
      return 0;
    }
    const args = parseArgs(rest, command.options);
    const { min, max } = command.positionals;
    if (args.positionals.length < min || args.positionals.length > max) {
      return fail('cli.arguments', { zh: `参数个数不对。用法：${command.usage}`, en: `wrong number of arguments. usage: ${command.usage}` }, 2);
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof StudioError) return fail(error.code, error.localized, error.code.startsWith('cli.') ? 2 : 1, error.details);
    const text = (error as Error)?.message ?? String(error);
    return fail('cli.unexpected', { zh: `出错了：${text}`, en: `error: ${text}` }, 1);
  }
}
