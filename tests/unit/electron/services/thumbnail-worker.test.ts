/**
 * The thumbnail worker thread paints exactly what the studio's own thread paints: the worker
 * is built from its source with the project's own build config (as `npm run build` makes
 * dist-electron/thumbnail-worker.mjs), then a design with a photo (its bytes asked of the
 * studio across the thread), the studio's own motif, a brand kit and text is painted both ways.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type UserConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thumbnailDepsFor, workerThumbnailPainter } from '../../../../electron/api/handlers/thumbnails';
import { proofImageLoader } from '../../../../electron/services/export/proof-images';
import { ThumbnailService } from '../../../../electron/services/thumbnails/thumbnail-service';
import type { WorkerThumbnailPainter } from '../../../../electron/services/thumbnails/worker-painter';
import { richDesign, studioAt, type Studio } from './designs/file/design-file-fixtures';

let a: Studio;
let out: string;
let script: URL;
beforeAll(async () => {
  // inside the project, so the bundle finds its dependencies in node_modules as dist-electron does
  fs.mkdirSync('test-results', { recursive: true });
  out = fs.mkdtempSync(path.resolve('test-results', 'thumbnail-worker-'));
  const config = (await import('../../../../vite.node.config')).default as UserConfig;
  await build({
    ...config,
    configFile: false,
    logLevel: 'silent',
    build: { ...config.build, outDir: out, emptyOutDir: true, sourcemap: false, rollupOptions: { ...config.build!.rollupOptions, input: { 'thumbnail-worker': 'electron/services/thumbnails/thumbnail-worker.ts' } } },
  });
  script = pathToFileURL(path.join(out, 'thumbnail-worker.mjs'));
  a = await studioAt();
}, 120_000);
afterAll(() => {
  a?.cleanup();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe('the thumbnail worker', () => {
  it('paints a design with a photo, an own motif, a brand kit and text exactly as the studio thread does', async () => {
    const { designId } = await richDesign(a);
    const deps = thumbnailDepsFor(a.studio);
    const here = new ThumbnailService({ ...deps, cacheDir: undefined });
    const painter: WorkerThumbnailPainter = workerThumbnailPainter(a.studio, { ...deps, cacheDir: undefined }, script);
    const there = new ThumbnailService({ ...deps, cacheDir: undefined, painter });
    try {
      const subject = { kind: 'design' as const, id: designId };
      const [mine, theirs] = await Promise.all([here.get(subject, 240, 'cooperative'), there.get(subject, 240, 'cooperative')]);
      expect(theirs.png.subarray(1, 4).toString()).toBe('PNG');
      expect([theirs.widthPx, theirs.heightPx]).toEqual([mine.widthPx, mine.heightPx]);
      expect(theirs.png.equals(mine.png)).toBe(true);
      expect(painter.usesWorker).toBe(true);
      // several at once, a template among them, each answered with its own picture
      const jar = { kind: 'template' as const, template: { kind: 'label-jar', params: { heightMm: 60 } } };
      const [d2, t2] = await Promise.all([there.get(subject, 120, 'cooperative'), there.get(jar, 120, 'cooperative')]);
      expect(d2.png.equals((await here.get(subject, 120, 'cooperative')).png)).toBe(true);
      expect(t2.png.equals((await here.get(jar, 120, 'cooperative')).png)).toBe(true);
    } finally {
      await painter.close();
    }
  }, 120_000);

  it('a photo the studio cannot read leaves the same gap as in the studio thread, and the worker paints on', async () => {
    const { designId } = await richDesign(a);
    const deps = thumbnailDepsFor(a.studio);
    const gone = () => Promise.reject(new Error('disk gone'));
    // both ways read photos through the broken loader: the worker asks the sources, this thread's proof its image loader
    const broken = { ...deps, cacheDir: undefined, sources: { ...deps.sources, loadImage: gone }, proofDeps: () => ({ ...deps.proofDeps(), image: proofImageLoader(gone, deps.sources.iccPath) }) };
    const painter = workerThumbnailPainter(a.studio, broken, script);
    const there = new ThumbnailService({ ...broken, painter });
    try {
      const subject = { kind: 'design' as const, id: designId };
      const gap = await there.get(subject, 160, 'cooperative');
      expect(gap.png.equals((await new ThumbnailService(broken).get(subject, 160, 'cooperative')).png)).toBe(true);
      expect(gap.png.equals((await new ThumbnailService({ ...deps, cacheDir: undefined }).get(subject, 160, 'cooperative')).png)).toBe(false);
      const jar = await there.get({ kind: 'template', template: { kind: 'label-jar' } }, 100, 'cooperative');
      expect(jar.png.subarray(1, 4).toString()).toBe('PNG');
    } finally {
      await painter.close();
    }
  }, 120_000);

  it('a worker that cannot start (its script unreadable, as it could be inside a packaged app) hands every picture to the studio thread', async () => {
    const { designId } = await richDesign(a);
    const deps = { ...thumbnailDepsFor(a.studio), cacheDir: undefined };
    const here = new ThumbnailService(deps);
    const cases = [
      ['missing', pathToFileURL(path.join(out, 'no-such-worker.mjs'))],
      ['throws while loading', pathToFileURL(path.join(out, 'broken-worker.mjs'))],
    ] as const;
    fs.writeFileSync(path.join(out, 'broken-worker.mjs'), "throw new Error('cannot load the painter');\n");
    for (const [what, broken] of cases) {
      const painter = workerThumbnailPainter(a.studio, deps, broken);
      const there = new ThumbnailService({ ...deps, painter });
      try {
        const subject = { kind: 'design' as const, id: designId };
        const jar = { kind: 'template' as const, template: { kind: 'label-jar', params: { heightMm: 60 } } };
        // asked at once, before the worker is known to be lost: each is still answered with its own picture
        const [d, t] = await Promise.all([there.get(subject, 120, 'cooperative'), there.get(jar, 120, 'cooperative')]);
        expect(d.png.equals((await here.get(subject, 120, 'cooperative')).png), what).toBe(true);
        expect(t.png.equals((await here.get(jar, 120, 'cooperative')).png), what).toBe(true);
        expect(painter.usesWorker, what).toBe(false);
        // and later ones too, without trying the worker again
        expect((await there.get(subject, 90, 'cooperative')).png.equals((await here.get(subject, 90, 'cooperative')).png), what).toBe(true);
      } finally {
        await painter.close();
      }
    }
  }, 120_000);
});
