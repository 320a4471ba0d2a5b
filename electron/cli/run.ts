import { pick, StudioError, type Lang } from '../../model/localized';
import { parseArgs } from './args';
import type { CliIO, Command } from './command';
import { commands as allCommands } from './commands';

export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const lang = env.JINXIU_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function findCommand(argv: string[], commands: Command[]): { command?: Command; rest: string[] } {
  const three = argv.slice(0, 3).join(' ');
  const byThree = commands.find((c) => c.name === three);
  if (byThree) return { command: byThree, rest: argv.slice(3) };
  const two = argv.slice(0, 2).join(' ');
  const byTwo = commands.find((c) => c.name === two);
  if (byTwo) return { command: byTwo, rest: argv.slice(2) };
  const byOne = commands.find((c) => c.name === argv[0]);
  return { command: byOne, rest: argv.slice(1) };
}

function overview(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Jinxiu Studio 锦绣工坊 — command line',
    '',
    'usage: jinxiu <command> [options]   (jinxiu <command> --help for its options)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

function commandHelp(command: Command): string {
  const lines = [`usage: ${command.usage}`, '', command.summary];
  const names = Object.keys(command.options);
  if (names.length) {
    lines.push('', 'options:');
    for (const name of names) lines.push(`  --${name.padEnd(12)} ${command.options[name].description}`);
  }
  lines.push(`  --${'help'.padEnd(12)} show this help`);
  return lines.join('\n');
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIO, commands: Command[] = allCommands): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(overview(commands));
    return argv.length === 0 ? 2 : 0;
  }
  const { command, rest } = findCommand(argv, commands);
  if (!command) {
    io.err(pick({ zh: `未知命令：${argv.slice(0, 2).join(' ')}（运行 jinxiu --help 查看全部命令）`, en: `unknown command: ${argv.slice(0, 2).join(' ')} (run jinxiu --help for the list)` }, io.lang));
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command));
    return 0;
  }
  try {
    const args = parseArgs(rest, command.options);
    const { min, max } = command.positionals;
    if (args.positionals.length < min || args.positionals.length > max) {
      io.err(pick({ zh: `参数个数不对。用法：${command.usage}`, en: `wrong number of arguments. usage: ${command.usage}` }, io.lang));
      return 2;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof StudioError) {
      io.err(`${pick(error.localized, io.lang)}`);
      return error.code.startsWith('cli.') ? 2 : 1;
    }
    io.err(`error: ${(error as Error)?.message ?? String(error)}`);
    return 1;
  }
}
