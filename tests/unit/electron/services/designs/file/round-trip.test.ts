/**
 * A design made on one PC prints from another: studio A writes a .jxdesign, studio B (another
 * real data folder, its own SQLite file) opens it, and B's PDF, read back by poppler and qpdf,
 * carries the photo, the cooperative's own motif with its credit line and the product's facts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportServiceFor } from '../../../../../../electron/services/export';
import { exportDesignFile, importDesignFile, planDesignFile } from '../../../../../../electron/services/designs/file';
import { listZip } from '../../../../../../electron/services/packs/zip-reader';
import { pdfimagesList, pdfinfo, pdftotext, qpdfCheck } from '../../../../../helpers/pdf-tools';
import { makeTempDir } from '../../../../../helpers/temp-dir';
import { richDesign, studioAt, type Studio } from './design-file-fixtures';

let a: Studio;
let b: Studio;
let fixture: Awaited<ReturnType<typeof richDesign>>;
let bytes: Uint8Array;
const out = makeTempDir('jinxiu-design-file-pdf-');

beforeAll(async () => {
  a = await studioAt();
  // B has the starter library but not A's products: the product's facts must come with the file
  b = await studioAt({ sampleProducts: false });
  fixture = await richDesign(a);
  bytes = exportDesignFile(a.studio, fixture.designId, { name: 'test' }).bytes;
}, 120_000);
afterAll(() => {
  a?.cleanup();
  b?.cleanup();
  out.cleanup();
});

describe('a design travels between two studios', () => {
  it('the file holds the manifest, each placed motif\'s master artwork and every photo/logo/scan by checksum, nothing else', () => {
    const names = listZip(bytes).map((e) => e.name);
    expect(names).toContain('manifest.json');
    expect(names).toContain(`files/${fixture.photoId}`);
    expect(names.some((n) => n.startsWith(`motifs/${fixture.ownMotifId}/`))).toBe(true);
    for (const n of names) expect(n).toMatch(/^(manifest\.json|motifs\/[0-9a-f-]{36}\/[A-Za-z0-9._-]+|files\/[0-9a-f]{64})$/);
  });

  it('opens in the other studio: design, own motif (new, with its record), photo, kit and product facts; starter motifs stay the library\'s', async () => {
    const motifsBefore = b.studio.motifs.search({ query: '', limit: 100_000, offset: 0 }).total;
    const result = await importDesignFile(b.studio, bytes, 'test');
    expect(result.design).toMatchObject({ id: fixture.designId, action: 'new' });
    const own = result.motifs.find((m) => m.id === fixture.ownMotifId)!;
    expect(own).toMatchObject({ action: 'new', status: 'draft' });
    expect(result.motifs.filter((m) => m.id !== fixture.ownMotifId).every((m) => m.action === 'kept')).toBe(true);
    expect(result.product).toMatchObject({ id: 'prod-kaili-hongsuantang-500g', action: 'new', cooperative: 'new' });
    expect(b.studio.motifs.search({ query: '', limit: 100_000, offset: 0 }).total).toBe(motifsBefore + 1);
    // the record arrives as the library stored it: provenance, maker's consent, credit line
    const here = b.studio.motifs.get(fixture.ownMotifId)!.record;
    const there = a.studio.motifs.get(fixture.ownMotifId)!.record;
    expect(here.ownWork).toEqual(there.ownWork);
    expect(here.origin).toEqual(there.origin);
    expect(here.creditLine).toEqual(there.creditLine);
    expect(b.studio.motifs.audit(fixture.ownMotifId)[0].note).toMatch(/^design file /);
    expect(b.studio.store.has(fixture.photoId)).toBe(true);
    expect(b.studio.assets.preview(fixture.photoId).pixelWidth).toBe(800);
    const kit = b.studio.brand.get(result.brandKit!.id)!;
    expect(kit.logo).toBeDefined();
    expect(b.studio.store.has(kit.logo!.assetId)).toBe(true);
    expect(b.studio.designs.get(fixture.designId).design.brandKitId).toBe(kit.id);
  });

  it('the imported design exports to a PDF/X-4 on the other PC that poppler reads, with the photo, the credit line and the product facts', async () => {
    const pdf = await exportServiceFor(b.studio).pdf(fixture.designId, { cropMarks: true, dielineName: 'Dieline', force: false });
    expect(pdf.report.errors).toEqual([]);
    const file = join(out.dir, 'from-b.pdf');
    writeFileSync(file, pdf.bytes);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    expect(pdfinfo(file)['PDF subtype']).toBe('PDF/X-4');
    // the photo (800 x 600, 4:3) printed in CMYK at print resolution (the exporter resamples it to what 40 mm needs)
    const images = pdfimagesList(file);
    expect(images).toHaveLength(1);
    expect(images[0].color).toBe('cmyk');
    expect(images[0].width / images[0].height).toBeCloseTo(4 / 3, 2);
    expect(images[0].xppi).toBeGreaterThanOrEqual(300);
    const text = pdftotext(file).replace(/\s+/g, '');
    expect(text).toContain('杨阿花');
    // GB 7718 facts filled from the product that came with the file
    expect(text).toContain('凯里市红酸汤农民专业合作社');
  });

  it('opening the same file again adds nothing; a design edited here since keeps its edits and the file arrives as a copy', async () => {
    const again = planDesignFile(b.studio, bytes).result;
    expect(again.design.action).toBe('unchanged');
    expect(again.motifs.every((m) => m.action === 'kept')).toBe(true);
    expect(again.product!.action).toBe('kept');
    const { design } = b.studio.designs.get(fixture.designId);
    b.studio.designs.save({ ...design, name: '本地改过的名字' });
    const copy = await importDesignFile(b.studio, bytes, 'test');
    expect(copy.design.action).toBe('copy');
    expect(copy.design.id).not.toBe(fixture.designId);
    expect(b.studio.designs.get(fixture.designId).design.name).toBe('本地改过的名字');
    expect(b.studio.designs.get(copy.design.id).design.elements.length).toBe(design.elements.length);
  });

  it('a different product and kit under the same ids here are kept; the file\'s go in as copies the design points at', async () => {
    const c = await studioAt();
    try {
      // C has the sample product (same id) with other facts
      const stored = c.studio.products.get('prod-kaili-hongsuantang-500g').file;
      c.studio.products.save({ ...stored, product: { ...stored.product, netContent: { value: 999, unit: 'g' } } });
      const result = await importDesignFile(c.studio, bytes, 'test');
      expect(result.product!.action).toBe('copy');
      expect(c.studio.products.get('prod-kaili-hongsuantang-500g').file.product.netContent).toEqual({ value: 999, unit: 'g' });
      const design = c.studio.designs.get(result.design.id).design;
      expect(design.productId).toBe(result.product!.id);
      expect(c.studio.products.get(result.product!.id).file.product.netContent).toEqual(a.studio.products.get('prod-kaili-hongsuantang-500g').file.product.netContent);
      expect(result.brandKit!.action).toBe('copy');
      expect(design.brandKitId).toBe(result.brandKit!.id);
    } finally {
      c.cleanup();
    }
  });
});
