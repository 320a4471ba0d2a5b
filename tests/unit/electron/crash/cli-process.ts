import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const CLI = path.resolve('dist-electron', 'cli.mjs');

export function requireBuiltCli(): void {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does)`);
}

/** Runs the real CLI to completion. */
export function runCliProcess(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, JINXIU_LANG: 'en' }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Starts the real CLI and SIGKILLs it (no chance to clean up, like a power cut) as soon as
 * `killWhen` says so for the output seen so far, or after `afterMs`. Resolves with what it
 * printed and whether it was killed before finishing on its own.
 */
export function runAndKill(args: string[], options: { killWhen?: (stdout: string) => boolean; afterMs?: number; delayMs?: number }): Promise<{ killed: boolean; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, JINXIU_LANG: 'en' } });
    let stdout = '';
    let killing = false;
    const kill = () => {
      if (killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), options.delayMs ?? 0);
    };
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (options.killWhen?.(stdout)) kill();
    });
    child.stderr.on('data', () => {});
    const timer = options.afterMs !== undefined ? setTimeout(kill, options.afterMs) : undefined;
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', stdout });
    });
  });
}

export interface DoctorJson {
  ok: boolean;
  problems: { code: string; severity: string; repairable: boolean }[];
}

export function doctor(dataDir: string): DoctorJson {
  const r = runCliProcess(['doctor', '--data', dataDir, '--json']);
  return JSON.parse(r.stdout) as DoctorJson;
}
