/**
 * Every shipped sample design, enumerated from disk the way SampleDesigns lists them: the
 * top-level samples, then the gallery (ids `gallery/<file>`). Tests that promise "every sample"
 * iterate this list, so a design added to either folder is checked without editing the test.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLES_DIR = join(__dirname, '../../assets/samples/designs');

const jsonIds = (sub: string) =>
  readdirSync(join(SAMPLES_DIR, sub))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => (sub ? `${sub}/` : '') + f.slice(0, -'.json'.length));

/** the three top-level samples (the tests that look inside a particular one name it) */
export const TOP_LEVEL_SAMPLES = jsonIds('');
/** the finished designs of the gallery, as `gallery/<name>` */
export const GALLERY_SAMPLES = jsonIds('gallery');
/** every sample id, in the order the app lists them */
export const ALL_SAMPLES = [...TOP_LEVEL_SAMPLES, ...GALLERY_SAMPLES];

export const sampleFile = (id: string) => join(SAMPLES_DIR, `${id}.json`);
