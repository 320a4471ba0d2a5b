import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { noisyJpeg, pngBomb, solidPng } from '../../../../helpers/images';

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

describe('motif import', () => {
  let t: TestStudio;
  beforeAll(async () => {
    t = await makeStudio({ starterLibrary: false });
    await call(t.dispatch, 'curator.setup', { name: '王老师', passphrase: 'correct horse battery' });
  });
  afterAll(() => t.cleanup());

  const importFiles = (files: { name: string; data: Buffer | string }[]) =>
    call(t.dispatch, 'library.import', { files: files.map((f) => ({ name: f.name, base64: b64(f.data) })) });

  it('imports a clean SVG as a draft with a thumbnail and an audit entry', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="40" fill="#1f2a5a"/></svg>';
    const [result] = await importFiles([{ name: 'round.svg', data: svg }]);
    expect(result).toMatchObject({ file: 'round.svg', status: 'imported' });
    const detail = await call(t.dispatch, 'library.get', { id: result.id });
    expect(detail.record.status).toBe('draft');
    expect(detail.record.consent.status).toBe('not-verified');
    expect(detail.files.map((f: any) => f.role).sort()).toEqual(['thumbnail', 'vector']);
    expect(detail.audit[0]).toMatchObject({ action: 'import', actor: '王老师' });
    const thumbs = await call(t.dispatch, 'library.thumbnails', { ids: [result.id] });
    expect(thumbs[result.id]).toMatch(/^data:image\/png;base64,/);
  });

  it('sanitizes hostile SVG: scripts, handlers and external references never reach storage', async () => {
    const hostile = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
      <script>alert(2)</script><foreignObject><iframe src="https://evil.example"/></foreignObject>
      <image xlink:href="https://evil.example/x.png" width="5" height="5"/>
      <rect width="10" height="10" fill="#c8553d" onclick="steal()"/></svg>`;
    const [result] = await importFiles([{ name: 'hostile.svg', data: hostile }]);
    expect(result.status).toBe('imported');
    expect(result.removed?.length).toBeGreaterThan(0);
    const art = await call(t.dispatch, 'library.artwork', { id: result.id });
    expect(art.svg).not.toMatch(/script|onload|onclick|foreignObject|evil\.example/i);
    expect(art.svg).toContain('rect');
  });

  it('rejects DOCTYPE/entity SVG (XXE, billion laughs) with a translated reason', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><text>&x;</text></svg>';
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><svg xmlns="http://www.w3.org/2000/svg">&lol2;</svg>';
    const results = await importFiles([
      { name: 'xxe.svg', data: xxe },
      { name: 'laughs.svg', data: laughs },
    ]);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect(r.error.zh.length).toBeGreaterThan(4);
      expect(r.error.en.length).toBeGreaterThan(4);
    }
  });

  it('rejects a decompression-bomb PNG and a truncated JPEG, and still imports the good file beside them', async () => {
    const good = await solidPng(64, 48, [200, 80, 60]);
    const jpeg = await noisyJpeg(600, 400, 7);
    const results = await importFiles([
      { name: 'bomb.png', data: pngBomb() },
      { name: 'cut.jpg', data: jpeg.subarray(0, Math.floor(jpeg.length / 2)) },
      { name: 'good.png', data: good },
    ]);
    expect(results.map((r: any) => r.status)).toEqual(['rejected', 'rejected', 'imported']);
    expect(results[0].error.en).toMatch(/bomb|pixels/i);
    expect(results[1].error.en).toMatch(/truncated|damaged/i);
    const detail = await call(t.dispatch, 'library.get', { id: results[2].id });
    expect(detail.files.map((f: any) => f.role).sort()).toEqual(['original', 'preview', 'thumbnail']);
  });

  it('reports a second copy of the same file as a duplicate of the first', async () => {
    const png = await solidPng(32, 32, [10, 20, 30]);
    const [first] = await importFiles([{ name: 'a.png', data: png }]);
    const [second] = await importFiles([{ name: 'copy-of-a.png', data: png }]);
    expect(second).toMatchObject({ status: 'duplicate', id: first.id });
  });

  it('rejects files whose content is not artwork, whatever their name says', async () => {
    const [result] = await importFiles([{ name: 'picture.png', data: 'MZ this is an executable, not a PNG' }]);
    expect(result.status).toBe('rejected');
    expect(result.error.en).toMatch(/not an accepted type/);
  });

  it('refuses imports outside curator mode', async () => {
    await call(t.dispatch, 'curator.lock');
    const result = await t.dispatch('library.import', { files: [{ name: 'x.svg', base64: b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>') }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('curator.locked');
  });
});
