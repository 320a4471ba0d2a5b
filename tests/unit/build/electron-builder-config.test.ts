import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/** Minimal YAML reader for our flat config: electron-builder ships js-yaml, use its copy. */
function loadConfig() {
  const yaml = require('js-yaml');
  return yaml.load(fs.readFileSync(path.resolve('electron-builder.yml'), 'utf8')) as Record<string, any>;
}

describe('electron-builder.yml', () => {
  it('validates against the JSON schema shipped inside app-builder-lib', () => {
    const Ajv = require('ajv');
    const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const config = loadConfig();
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a broken config (the validation can fail)', () => {
    const Ajv = require('ajv');
    const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
    expect(validate({ ...loadConfig(), nsis: { oneClick: 'sometimes' } })).toBe(false);
  });

  it('installs per user without admin rights, in Chinese, with a portable build and an AppImage', () => {
    const config = loadConfig();
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.nsis.installerLanguages[0]).toBe('zh_CN');
    expect(config.win.target.map((t: any) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.linux.target).toContain('AppImage');
    expect(config.asarUnpack.join(' ')).toMatch(/better-sqlite3/);
    expect(config.asarUnpack.join(' ')).toMatch(/sharp/);
  });
});
