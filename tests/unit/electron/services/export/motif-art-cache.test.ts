import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDesign } from '../../../../../electron/services/export/prepare-design';
import { builtCodeId, MotifArtDiskCache, motifArtDiskCache } from '../../../../../electron/services/export/motif-art-cache';
import { studioExportSources } from '../../../../../electron/services/export/studio-sources';
import { svgToScene } from '../../../../../model/svg/to-scene';
import type { PrintColor } from '../../../../../model/scene';
import { buildExportBenchDesign } from '../../../../helpers/export-bench-content';
import { makeStudio } from '../../../../helpers/studio';
import { makeTempDir } from '../../../../helpers/temp-dir';

const motifsDir = resolve(__dirname, '../../../../../motifs');
const { dir: tmp, cleanup } = makeTempDir();
afterAll(cleanup);

const artworks = readdirSync(motifsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => ({ slug: d.name, svg: readFileSync(join(motifsDir, d.name, 'artwork.svg'), 'utf8') }));
const red: Record<string, PrintColor> = { '#000000': { kind: 'cmyk', c: 0, m: 100, y: 100, k: 0 } };
const files = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('art-'));

describe('motif display lists kept on disk', () => {
  it('is used only by built code, whose chunk name carries a content hash', () => {
    expect(builtCodeId('file:///opt/jinxiu/dist-electron/chunks/export-Dcd253KE.mjs')).toBe('export-Dcd253KE');
    // a chunk named after a hyphenated module, with a hyphen in its hash (the bundler's names since the thumbnail worker)
    expect(builtCodeId('file:///opt/jinxiu/dist-electron/chunks/motif-art-cache-D8-lUCXH.mjs')).toBe('motif-art-cache-D8-lUCXH');
    expect(builtCodeId(`file://${resolve(__dirname, '../../../../../electron/services/export/motif-art-cache.ts')}`)).toBeUndefined();
    expect(motifArtDiskCache(join(tmp, 'none'), 'file:///x/electron/services/export/motif-art-cache.ts')).toBeUndefined();
    expect(motifArtDiskCache(join(tmp, 'none'), 'file:///x/dist-electron/chunks/export-Dcd253KE.mjs')).toBeInstanceOf(MotifArtDiskCache);
  });

  it('gives back exactly what the converter made, for every starter motif, without converting again', () => {
    expect(artworks.length).toBeGreaterThan(30);
    const dir = join(tmp, 'all');
    let made = 0;
    const first = new MotifArtDiskCache(dir, 'code-1');
    const fresh = artworks.map(({ svg }) => first.prepared(svg, red, () => (made++, svgToScene(svg, { colourMap: red }))));
    expect(made).toBe(artworks.length);
    const second = new MotifArtDiskCache(dir, 'code-1');
    artworks.forEach(({ slug, svg }, i) => {
      const kept = second.prepared(svg, red, () => {
        throw new Error(`${slug} converted again`);
      });
      expect(JSON.stringify(kept)).toBe(JSON.stringify(fresh[i]));
      expect(JSON.stringify(kept)).toBe(JSON.stringify(svgToScene(svg, { colourMap: red })));
    });
  });

  it('a changed artwork, colour map or converter makes a new entry', () => {
    const dir = join(tmp, 'keys');
    const { svg } = artworks[0];
    const cache = new MotifArtDiskCache(dir, 'code-1');
    let made = 0;
    const make = (s: string, map?: Record<string, PrintColor>) => () => (made++, svgToScene(s, { colourMap: map }));
    cache.prepared(svg, undefined, make(svg));
    cache.prepared(svg, undefined, make(svg));
    expect(made).toBe(1);
    cache.prepared(svg, red, make(svg, red));
    const changed = svg.replace('</svg>', '<rect x="0" y="0" width="1" height="1" fill="#123456"/></svg>');
    const art = cache.prepared(changed, red, make(changed, red));
    expect(JSON.stringify(art)).toContain('"c"');
    new MotifArtDiskCache(dir, 'code-2').prepared(svg, undefined, make(svg));
    expect(made).toBe(4);
    expect(files(dir)).toHaveLength(4);
  });

  it('keeps at most maxEntries and treats a damaged entry as a miss', () => {
    const dir = join(tmp, 'bounded');
    const cache = new MotifArtDiskCache(dir, 'code-1', 3);
    for (const { svg } of artworks.slice(0, 5)) cache.prepared(svg, undefined, () => svgToScene(svg));
    expect(files(dir)).toHaveLength(3);
    for (const name of files(dir)) writeFileSync(join(dir, name), '{"key":"');
    let made = 0;
    const { svg } = artworks[4];
    const art = cache.prepared(svg, undefined, () => (made++, svgToScene(svg)));
    expect(made).toBe(1);
    expect(JSON.stringify(art)).toBe(JSON.stringify(svgToScene(svg)));
  });

  it('an export prepared from kept display lists has the very same scene', async () => {
    const t = await makeStudio();
    try {
      const design = await buildExportBenchDesign(t.studio);
      const sources = { ...studioExportSources(t.studio), motifArtCache: new MotifArtDiskCache(join(tmp, 'export'), 'code-1') };
      const plain = JSON.stringify(prepareDesign(design, { ...sources, motifArtCache: undefined }).scene);
      const cold = JSON.stringify(prepareDesign(design, sources).scene);
      expect(files(join(tmp, 'export')).length).toBeGreaterThan(5);
      const warm = JSON.stringify(prepareDesign(design, sources).scene);
      expect(cold).toBe(plain);
      expect(warm).toBe(plain);
    } finally {
      t.cleanup();
    }
  }, 120_000);
});
