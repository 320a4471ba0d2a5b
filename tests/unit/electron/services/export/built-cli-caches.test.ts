/**
 * The built `jinxiu export` keeps its slow work in the data folder's cache: font facts and
 * subsets, motif display lists and prepared photos. The motif and photo caches key on the
 * built chunk's name and are off when it cannot be read, so a change in how the bundler names
 * chunks once switched them off without a single test failing (every export was cold again).
 * This runs the real built CLI twice on one data folder: the first run fills each cache, the
 * second finds everything there and adds nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runCliProcess } from '../../crash/cli-process';
import { buildExportBenchDesign } from '../../../../helpers/export-bench-content';
import { makeStudio, type TestStudio } from '../../../../helpers/studio';

let t: TestStudio;
let designId: string;

beforeAll(async () => {
  requireBuiltCli();
  t = await makeStudio();
  designId = (await buildExportBenchDesign(t.studio)).id;
  t.studio.close();
}, 300_000);

afterAll(() => t?.cleanup());

const entries = (kind: string, prefix: string) => {
  try {
    return readdirSync(join(t.dataDir, 'cache', kind)).filter((n) => n.startsWith(prefix) && !n.endsWith('.tmp')).sort();
  } catch {
    return [];
  }
};
const snapshot = () => ({
  facts: entries('fonts', 'facts-'),
  subsets: entries('fonts', 'subset-'),
  motifArt: entries('motif-art', 'art-'),
  photos: entries('images', 'image-'),
});

describe('the built CLI keeps its work between exports', () => {
  it('fills the font, motif and photo caches on a first export and finds them all on the next', () => {
    const first = runCliProcess(['export', designId, '--out', join(t.dataDir, 'first.pdf'), '--data', t.dataDir]);
    expect(first.status, first.stderr).toBe(0);
    const filled = snapshot();
    expect(filled.facts.length).toBeGreaterThan(0);
    expect(filled.subsets.length).toBeGreaterThan(0);
    // the bench design places several distinct motifs and three photos
    expect(filled.motifArt.length).toBeGreaterThan(3);
    expect(filled.photos).toHaveLength(3);
    const second = runCliProcess(['export', designId, '--out', join(t.dataDir, 'second.pdf'), '--data', t.dataDir]);
    expect(second.status, second.stderr).toBe(0);
    expect(snapshot()).toEqual(filled);
  }, 120_000);
});
