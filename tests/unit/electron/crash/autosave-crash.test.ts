import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/api/dispatch';
import { createHandlers } from '../../../../electron/api/handlers';
import { runDoctor } from '../../../../electron/services/doctor/doctor';
import { openStudio } from '../../../../electron/services/studio';
import { call, makeStudio } from '../../../helpers/studio';

// the designs helper's autosave child: it saves one design as fast as it can and prints "saved N"
const CHILD = path.join(process.cwd(), 'tests', 'unit', 'electron', 'services', 'designs', 'autosave-child.mjs');
const HARMLESS = new Set(['files.orphan', 'files.temporary']);

function starterMotifIds(): string[] {
  return ['meander', 'frog'].map((slug) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'motifs', slug, 'motif.json'), 'utf8')).id as string);
}

describe('crash safety: autosave burst', () => {
  it('a SIGKILL in the middle of autosaves leaves a database doctor passes and a design that opens', async () => {
    const t = await makeStudio();
    try {
      const design = await call(t.dispatch, 'designs.create', { name: 'burst', template: { kind: 'tuck-end', params: {} } });
      t.studio.close();
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [CHILD, path.join(t.dataDir, 'studio.sqlite'), design.id, starterMotifIds().join(',')], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          if ((out.match(/saved \d+\n/g) ?? []).length >= 30) child.kill('SIGKILL');
        });
        child.on('error', reject);
        child.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error('autosave child ended on its own'))));
      });
      const report = await runDoctor(t.dataDir);
      expect(report.problems.filter((p) => !HARMLESS.has(p.code))).toEqual([]);
      expect(report.ok).toBe(true);
      const reopened = await openStudio({ dataDir: t.dataDir, runtime: 'cli', starterLibrary: false });
      try {
        const { design: saved } = await call(createDispatcher(createHandlers(reopened)), 'designs.get', { id: design.id });
        expect(saved.name).toMatch(/^autosave \d+$/);
      } finally {
        reopened.close();
      }
    } finally {
      t.cleanup();
    }
  }, 120_000);
});
