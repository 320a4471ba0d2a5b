/**
 * The shipped starter library, checked file by file: every motifs/<slug>/motif.json is a valid
 * record, its artwork exists and matches its checksum, and the SVG keeps to the allowed subset.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { labelNeedsCredit, mayPlaceOnProduct, mayShowToCooperative } from '../../../../model/motif/labels';
import { parseMotifRecord, type MotifRecord } from '../../../../model/motif/schema';
import { motifColours } from '../../../../model/preflight/silver-ink';

const ROOT = fileURLToPath(new URL('../../../../motifs', import.meta.url));
const slugs = readdirSync(ROOT).filter((n) => !n.startsWith('_') && statSync(join(ROOT, n)).isDirectory());
const records = new Map<string, MotifRecord>(slugs.map((s) => [s, parseMotifRecord(readFileSync(join(ROOT, s, 'motif.json'), 'utf8'))]));

const ELEMENTS = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'rect', 'polygon', 'polyline', 'line']);
const PRESENTATION = ['fill', 'stroke', 'stroke-width', 'fill-rule', 'opacity', 'transform'];
const GEOMETRY: Record<string, string[]> = {
  svg: ['xmlns', 'viewBox'],
  g: [],
  path: ['d'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  rect: ['x', 'y', 'width', 'height'],
  polygon: ['points'],
  polyline: ['points'],
  line: ['x1', 'y1', 'x2', 'y2'],
};

interface Tag {
  name: string;
  attrs: Record<string, string>;
}

/** A deliberately small, strict reader for our own files: any stray text or odd markup fails. */
function readTags(svg: string): Tag[] {
  const tags: Tag[] = [];
  const rest = svg.replace(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/g, (_m, close, name, attrText) => {
    if (!close) {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
      tags.push({ name, attrs });
    }
    return '';
  });
  if (rest.trim() !== '') throw new Error(`unexpected content outside tags: ${rest.trim().slice(0, 80)}`);
  return tags;
}

function coloursOf(tags: Tag[]): Set<string> {
  const out = new Set<string>();
  for (const t of tags) for (const k of ['fill', 'stroke']) {
    const v = t.attrs[k];
    if (v && v !== 'none') out.add(v.toUpperCase());
  }
  return out;
}

describe('starter motif library', () => {
  it('has at least 36 motifs and at least 12 of each craft', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(36);
    const count = (craft: string) => [...records.values()].filter((r) => r.craft === craft).length;
    expect(count('embroidery')).toBeGreaterThanOrEqual(12);
    expect(count('batik')).toBeGreaterThanOrEqual(12);
    expect(count('silver')).toBeGreaterThanOrEqual(12);
  });

  it('has unique ids and slugs, and each slug is its folder name', () => {
    const ids = [...records.values()].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [folder, r] of records) expect(r.slug).toBe(folder);
  });

  it.each(slugs)('%s: honest provenance, a release that names no reviewer, and a usable label', (slug) => {
    const r = records.get(slug)!;
    expect(r.version).toBeGreaterThanOrEqual(1);
    // published by the app release (starter-library.ts), not by anyone's review: no reviewer is named
    expect(r.status).toBe('published');
    expect(r.review).toEqual({});
    expect(r.signatures ?? []).toEqual([]);
    expect(r.consent.status).toBe('not-verified');
    expect(r.custodyEvents.some((e) => e.kind === 'drawn' && e.by === 'Jinxiu Studio')).toBe(true);
    expect(r.sources.length).toBeGreaterThan(0);
    expect(r.sources.some((s) => s.url?.startsWith('http'))).toBe(true);
    if (labelNeedsCredit(r.usageLabel)) {
      expect(r.creditLine?.en).toContain('Jinxiu Studio');
      expect(r.creditLine?.zh).toContain('锦绣工坊');
    }
    // nobody is called an inheritor of a given level unless that was checked
    for (const h of r.origin.holders) if (h.heritageLevel) expect(h.heritageLevel.source).toBeTruthy();
  });

  it.each(slugs)('%s: artwork exists, matches its sha256 and keeps to the allowed SVG subset', (slug) => {
    const r = records.get(slug)!;
    expect(r.artwork.vector).toBeDefined();
    const file = join(ROOT, slug, r.artwork.vector!);
    expect(existsSync(file)).toBe(true);
    const bytes = readFileSync(file);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(r.artwork.sha256[r.artwork.vector!]);

    const tags = readTags(bytes.toString('utf8'));
    expect(tags[0].name).toBe('svg');
    const vb = tags[0].attrs.viewBox.split(/\s+/).map(Number);
    expect(vb).toHaveLength(4);
    const minStroke = 0.004 * Math.min(vb[2], vb[3]);
    for (const t of tags) {
      expect(ELEMENTS.has(t.name), `element <${t.name}>`).toBe(true);
      for (const a of Object.keys(t.attrs)) {
        expect([...GEOMETRY[t.name], ...PRESENTATION].includes(a), `attribute ${a} on <${t.name}>`).toBe(true);
      }
      for (const v of Object.values(t.attrs)) expect(v).not.toMatch(/url\(|javascript:|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
      if (t.attrs['stroke-width']) expect(Number(t.attrs['stroke-width'])).toBeGreaterThanOrEqual(minStroke);
    }
    const colours = coloursOf(tags);
    expect(colours.size).toBeGreaterThanOrEqual(2);
    expect(colours.size).toBeLessThanOrEqual(4);
    expect(new Set(r.artwork.palette.map((c) => c.toUpperCase()))).toEqual(colours);
  });

  it('batik is indigo and white; silver is metal tones only, on no ground of its own', () => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (const r of records.values()) {
      const [first] = r.artwork.palette;
      if (r.craft === 'batik') {
        const [red, , blue] = rgb(first);
        expect(blue, `${r.slug} silhouette should be indigo`).toBeGreaterThan(red + 40);
        expect(r.artwork.palette.some((c) => rgb(c).every((v) => v > 220)), `${r.slug} has white`).toBe(true);
      }
      if (r.craft === 'silver') {
        expect(r.artwork.palette.map((c) => c.toUpperCase())).toContain('#C0C4C8');
        // every colour is metal, so the default recolouring puts the whole motif on the Silver plate
        const svg = readFileSync(join(ROOT, r.slug, r.artwork.vector!), 'utf8');
        for (const c of r.artwork.palette) {
          expect(motifColours('silver', svg, {})[c.toLowerCase()], `${r.slug} ${c} prints in Silver`).toMatchObject({ kind: 'spot', name: 'Silver' });
        }
      }
    }
  });

  it('follows the documented cultural cautions for the sensitive motifs', () => {
    const wotuo = records.get('wotuo-spiral')!;
    expect(['secret-sacred', 'culturally-sensitive']).toContain(wotuo.usageLabel);
    const birds = records.get('hundred-birds')!;
    expect(birds.ritual).toBe(true);
    expect(birds.usageLabel).toBe('community-only');
    expect(mayPlaceOnProduct(birds, { commercial: false, productKind: 'food', confirmed: true }).allowed).toBe(false);
    expect(records.get('wan-lattice')!.usageLabel).toBe('culturally-sensitive');
    const labels = [...records.values()].map((r) => r.usageLabel);
    expect(labels.filter((l) => l === 'non-commercial').length).toBeGreaterThanOrEqual(2);
    // most of the library is usable on products for sale
    const usable = [...records.values()].filter((r) => mayPlaceOnProduct(r, { commercial: true, productKind: 'craft' }).allowed);
    expect(usable.length).toBeGreaterThanOrEqual(28);
    expect(mayShowToCooperative(wotuo).allowed).toBe(wotuo.usageLabel !== 'secret-sacred');
  });

  describe('renders with a real SVG renderer (librsvg)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motif-render-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // CI installs librsvg2-bin: a missing renderer fails here rather than hiding a regression
    it.each(slugs)('%s draws a visible, multi-coloured picture at 15 mm (60 px)', async (slug) => {
      const out = join(dir, `${slug}.png`);
      execFileSync('rsvg-convert', ['-w', '60', '-h', '60', '-o', out, join(ROOT, slug, 'artwork.svg')]);
      const { channels } = await sharp(out).stats();
      // at least a tenth of the square is covered (an opaque PNG has no alpha channel: fully covered),
      // and the drawing is not one flat colour
      const coverage = (channels[3]?.mean ?? 255) / 255;
      expect(coverage).toBeGreaterThan(0.1);
      expect(Math.max(channels[0].stdev, channels[1].stdev, channels[2].stdev)).toBeGreaterThan(20);
    });

    it.each(slugs)('%s is drawn on a transparent ground, not as a square tile', async (slug) => {
      const { data, info } = await sharp(readFileSync(join(ROOT, slug, 'artwork.svg')), { density: 72 * 0.3 })
        .resize(60, 60).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const alpha = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
      // the four corners show whatever the motif is placed on
      for (const [x, y] of [[0, 0], [59, 0], [0, 59], [59, 59]]) expect(alpha(x, y), `${slug} corner ${x},${y}`).toBe(0);
    });

    it('keeps each drawing compact enough for a fast export', () => {
      for (const slug of slugs) {
        const svg = readFileSync(join(ROOT, slug, 'artwork.svg'), 'utf8');
        expect(svg.length, `${slug} bytes`).toBeLessThan(60_000);
        expect((svg.match(/<(path|circle|ellipse|rect|polygon|polyline|line)\b/g) ?? []).length, `${slug} elements`).toBeLessThan(400);
      }
    });
  });
});
