import { studioError } from '../../model/localized';

/** Asks for one passphrase; the prompt names whose it is. */
export type PassphrasePrompt = (prompt: string) => Promise<string>;

/**
 * Passphrases for the CLI: typed at a terminal without echo (raw mode, nothing printed back),
 * or, when standard input is not a terminal (a script, a pipe), one passphrase per line of
 * standard input, in the order the command asks for them. Never from an option or an
 * environment variable: those end up in shell history and process lists.
 */
export function stdinPassphrases(stdin: NodeJS.ReadStream = process.stdin, stderr: NodeJS.WriteStream = process.stderr): PassphrasePrompt {
  let lines: Promise<string[]> | null = null;
  return async (prompt) => {
    if (stdin.isTTY) return readHidden(stdin, stderr, prompt);
    lines ??= readAll(stdin).then((text) => text.split(/\r?\n/));
    const all = await lines;
    const next = all.shift();
    if (next === undefined || (next === '' && all.every((l) => l === ''))) {
      throw studioError('cli.no-passphrase', `标准输入里没有“${prompt}”所需的口令：每行写一个口令，按命令要求的顺序。`, `No passphrase on standard input for "${prompt}": give one passphrase per line, in the order the command asks for them.`);
    }
    return next;
  };
}

function readAll(stdin: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stdin.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // passphrases are short: refuse to buffer a stream that is plainly something else
      if (size > 64 * 1024) {
        stdin.destroy();
        reject(studioError('cli.no-passphrase', '标准输入太长，不像口令。', 'Standard input is too long to be passphrases.'));
        return;
      }
      chunks.push(chunk);
    });
    stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stdin.on('error', reject);
  });
}

function readHidden(stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    stderr.write(`${prompt}: `);
    let typed = '';
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(studioError('cli.cancelled', '已取消。', 'Cancelled.'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
