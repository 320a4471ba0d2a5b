import { stdinPassphrases } from './cli/passphrase-input';
import { cliLang, runCli } from './cli/run';

// CLI composition root: `jinxiu <command>` (bin/jinxiu.mjs loads the built copy of this file).
const io = {
  out: (text: string) => process.stdout.write(text + '\n'),
  err: (text: string) => process.stderr.write(text + '\n'),
  lang: cliLang(),
  passphrase: stdinPassphrases(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`error: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
