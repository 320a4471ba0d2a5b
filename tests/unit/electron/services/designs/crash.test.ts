import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, makeStudio } from '../../../../helpers/studio';

const idOf = (slug: string) => JSON.parse(readFileSync(join(process.cwd(), 'motifs', slug, 'motif.json'), 'utf8')).id as string;
const MOTIFS = [idOf('meander'), idOf('butterfly-mother'), idOf('frog')];
const CHILD = join(process.cwd(), 'tests', 'unit', 'electron', 'services', 'designs', 'autosave-child.mjs');

/** Runs the autosaving child and SIGKILLs it once it has committed `after` saves; returns the last save it reported. */
function autosaveThenKill(dataFile: string, designId: string, after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataFile, designId, MOTIFS.join(',')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const saves = out.match(/saved (\d+)\n/g) ?? [];
      if (!killed && saves.length >= after) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    // 'close' comes after all output is read, so the last line seen is the child's last line
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended on its own: ${err}`));
      const last = [...out.matchAll(/saved (\d+)\n/g)].pop();
      resolve(last ? Number(last[1]) : 0);
    });
  });
}

describe('autosave and a power cut', () => {
  it('after SIGKILL in the middle of autosaves, the last committed autosave is there and its where-used rows agree', async () => {
    const t = await makeStudio();
    const design = await call(t.dispatch, 'designs.create', { name: 'before the crash', template: { kind: 'tuck-end', params: {} } });
    const dataFile = join(t.dataDir, 'studio.sqlite');
    t.studio.close();
    try {
      for (const after of [40, 75]) {
        const lastReported = await autosaveThenKill(dataFile, design.id, after);
        expect(lastReported).toBeGreaterThanOrEqual(after);
        const reopened = await makeStudioAt(t.dataDir);
        try {
          expect(reopened.studio.db.pragma('integrity_check', { simple: true })).toBe('ok');
          const { design: saved } = await call(reopened.dispatch, 'designs.get', { id: design.id });
          // a save is reported only after its commit; one more may have committed before the kill landed
          const n = Number(saved.name.replace('autosave ', ''));
          expect(n === lastReported || n === lastReported + 1).toBe(true);
          expect(saved.elements.at(-1).id).toBe(`e${n}`);
          const indexed = reopened.studio.db.prepare('SELECT motif_id FROM design_motifs WHERE design_id = ? ORDER BY motif_id').all(design.id).map((r: any) => r.motif_id);
          expect(indexed).toEqual([...new Set(saved.elements.map((e: any) => e.motifId))].sort());
        } finally {
          reopened.studio.close();
        }
      }
    } finally {
      t.cleanup();
    }
  }, 120_000);
});

async function makeStudioAt(dataDir: string) {
  const { openStudio } = await import('../../../../../electron/services/studio');
  const { createDispatcher } = await import('../../../../../electron/api/dispatch');
  const { createHandlers } = await import('../../../../../electron/api/handlers');
  const studio = await openStudio({ dataDir, runtime: 'cli', starterLibrary: false });
  return { studio, dispatch: createDispatcher(createHandlers(studio)) };
}
