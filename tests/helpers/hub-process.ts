import { spawn, type ChildProcess } from 'node:child_process';
import { CLI } from '../unit/electron/crash/cli-process';

/** Starts the built `jinxiu hub serve` as a real process; resolves with its one line (the address). */
export function serveHub(args: string[]): Promise<{ line: string; url: string; child: ChildProcess; output: () => string; errors: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'hub', 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, JINXIU_LANG: 'en' } });
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        const line = out.split('\n')[0];
        resolve({ line, url: line.slice('Jinxiu Hub: '.length), child, output: () => out, errors: () => err });
      }
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => reject(new Error(`hub serve exited ${code}: ${err}`)));
  });
}
