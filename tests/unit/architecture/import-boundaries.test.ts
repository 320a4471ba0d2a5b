import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folder rules of docs/ARCHITECTURE.md, checked on every import of every source file:
 * model/ is pure (it runs in Node, in the renderer and in tests), services never touch
 * Electron (they are tested under Node), the renderer reaches the main side only through
 * the contract, and fabric stays inside renderer/canvas.
 */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function importsOf(file: string): { spec: string; typeOnly: boolean }[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: { spec: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) found.push({ spec: m[3], typeOnly: !!m[2] });
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push({ spec: m[1], typeOnly: false });
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ spec: m[1], typeOnly: false });
  return found;
}

function resolvesInto(file: string, spec: string, folder: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = path.resolve(path.dirname(file), spec);
  return target.startsWith(path.resolve(folder) + path.sep) || target === path.resolve(folder);
}

function violations(folder: string, rule: (file: string, spec: string, typeOnly: boolean) => string | null): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(folder)) {
    for (const { spec, typeOnly } of importsOf(file)) {
      const problem = rule(file, spec, typeOnly);
      if (problem) out.push(`${path.relative('.', file)}: ${spec} (${problem})`);
    }
  }
  return out;
}

const MODEL_PACKAGES = new Set(['zod', 'qrcode']);

describe('import boundaries', () => {
  it('model/ imports only zod, qrcode and other model/ files', () => {
    const found = violations('model', (file, spec) => {
      if (spec.startsWith('.')) return resolvesInto(file, spec, 'model') ? null : 'leaves model/';
      return MODEL_PACKAGES.has(spec) ? null : 'package not allowed in model/';
    });
    expect(found).toEqual([]);
  });

  it('electron/services/ never imports electron', () => {
    expect(violations('electron/services', (_f, spec) => (spec === 'electron' || spec.startsWith('electron/') ? 'services run under Node' : null))).toEqual([]);
  });

  it('electron/hub/ (the province hub, a plain Node server) never imports electron', () => {
    expect(violations('electron/hub', (_f, spec) => (spec === 'electron' || spec.startsWith('electron/') ? 'the hub runs under Node' : null))).toEqual([]);
  });

  it('renderer/ reaches the main side only through the contract', () => {
    const forbidden = ['electron', 'better-sqlite3', 'sharp', 'pdf-lib', 'subset-font', '@pdf-lib/fontkit'];
    const found = violations('renderer', (file, spec) => {
      if (spec.startsWith('node:')) return 'Node built-in in the renderer';
      if (forbidden.includes(spec)) return 'main-side package in the renderer';
      if (resolvesInto(file, spec, 'electron')) return 'imports main-side code';
      return null;
    });
    expect(found).toEqual([]);
  });

  it('fabric is imported only under renderer/canvas/', () => {
    const found: string[] = [];
    for (const folder of ['model', 'electron', 'renderer']) {
      found.push(
        ...violations(folder, (file, spec) =>
          (spec === 'fabric' || spec.startsWith('fabric/')) && !path.resolve(file).startsWith(path.resolve('renderer/canvas') + path.sep) ? 'fabric outside renderer/canvas' : null,
        ),
      );
    }
    expect(found).toEqual([]);
  });

  it('the rule itself catches a violation', () => {
    const tmp = fs.mkdtempSync(path.join('tests', 'unit', 'architecture', 'tmp-'));
    try {
      fs.writeFileSync(path.join(tmp, 'bad.ts'), "import fs from 'node:fs';\nexport const x = fs;\n");
      expect(violations(tmp, (_f, spec) => (spec.startsWith('node:') ? 'node' : null))).toHaveLength(1);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
