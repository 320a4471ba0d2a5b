/**
 * Composer benchmark (npm run bench:ui): a design with 300 elements (100 motifs, 100
 * texts, 100 shapes) opened in headless Chromium — time from the click on "open" to the
 * first full render, marked by the canvas view as 'composer:first-render' — then 100
 * one-millimetre moves and 100 undos through the keyboard. Each is timed from the key
 * event to the command applied (synchronous part), and to the frame painted: the next
 * animation frame (where fabric renders) and then a task queued from inside it, which runs
 * only after the browser has painted that frame. React's re-render (a microtask after the
 * key event) falls inside that time too.
 *
 * Results: tests/bench/results/composer.json, `after` (this run) next to `before` (kept from
 * the file; `BENCH_AS=before` writes the run as the baseline instead). `BENCH_PROFILE=DIR`
 * also records Chromium CPU profiles of the opening and of the moves into DIR
 * (open in Chrome DevTools → Performance, or summarise with scripts/cpuprofile-top.mjs).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Design, Element } from '../../model/design/schema';
import type { MotifRecord } from '../../model/motif/schema';
import { expect, openStudio, test, type StudioServer } from '../e2e/fixtures';
import { report, summarize } from './report';
import type { CDPSession } from '@playwright/test';

const OPEN_MOTIFS: MotifRecord[] = fs
  .readdirSync('motifs', { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join('motifs', d.name, 'motif.json')))
  .map((d) => JSON.parse(fs.readFileSync(path.join('motifs', d.name, 'motif.json'), 'utf8')) as MotifRecord)
  .filter((r) => r.status === 'published' && r.usageLabel === 'open-commercial');

async function call<T>(page: import('@playwright/test').Page, studio: StudioServer, name: string, input: unknown): Promise<T> {
  const res = await page.request.post(`${studio.origin}/api/${name}`, { headers: { Authorization: `Bearer ${studio.token}` }, data: input });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${name}: ${JSON.stringify(body.error)}`);
  return body.value;
}

function elements(): Element[] {
  const out: Element[] = [];
  const base = (i: number, w: number, h: number) => ({
    name: `el ${i}`,
    page: 'front',
    transform: { x: 12 + (i % 20) * 11, y: 5 + Math.floor(i / 20) * 17, width: w, height: h, rotation: (i % 7) * 5 },
    opacity: 1,
    locked: false,
    hidden: false,
  });
  for (let i = 0; i < 300; i++) {
    const kind = i % 3;
    if (kind === 0) out.push({ ...base(i, 10, 10), id: `m-${i}`, kind: 'motif', motifId: OPEN_MOTIFS[i % OPEN_MOTIFS.length].id, colourMap: {} });
    else if (kind === 1) out.push({ ...base(i, 12, 8), id: `t-${i}`, kind: 'text', text: `苗绣${i}号 银饰`, fontId: 'lxgw-wenkai-regular', sizePt: 7, lineHeight: 1.3, align: 'start', direction: i % 2 ? 'vertical' : 'horizontal', colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } } });
    else out.push({ ...base(i, 9, 6), id: `s-${i}`, kind: 'shape', shape: i % 2 ? 'ellipse' : 'rect', fill: { cmyk: { c: (i * 7) % 100, m: 40, y: 20, k: 0 } } });
  }
  return out;
}

test('composer: 300 elements, first render; 100 moves and undos', async ({ page, studio }) => {
  await call(page, studio, 'settings.update', { guidedPathDone: true });
  const created = await call<Design>(page, studio, 'designs.create', { name: 'bench 300', template: { kind: 'tuck-end', params: { lengthMm: 80, widthMm: 40, heightMm: 160 } } });
  await call(page, studio, 'designs.save', { design: { ...created, elements: elements() }, reason: 'explicit' });
  await openStudio(page, studio);
  const profileDir = process.env.BENCH_PROFILE;
  const cdp = profileDir ? await page.context().newCDPSession(page) : undefined;
  if (cdp) await startProfile(cdp);

  // open the design straight from the list: time from the click to the first full render
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  const open = page.getByRole('button', { name: '打开“bench 300”' });
  await expect(open).toBeVisible();
  const clickAt = await page.evaluate(() => performance.now());
  await open.click();
  await page.waitForFunction(() => performance.getEntriesByName('composer:first-render').length > 0, undefined, { timeout: 120_000 });
  const firstRenderMs = (await page.evaluate(() => performance.getEntriesByName('composer:first-render')[0].startTime)) - clickAt;
  if (cdp) {
    await stopProfile(cdp, profileDir!, 'composer-open');
    // where the opening waited: each API call's start and duration, from the click (calls
    // still running at the click, e.g. the design list's thumbnails, with a negative start)
    const calls = await page.evaluate(
      (t0) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime + e.duration >= t0)
          .map((e) => `${Math.round(e.startTime - t0)}+${Math.round(e.duration)} ms ${e.name.replace(/^.*\/api\//, '')} ${(e as PerformanceResourceTiming).encodedBodySize} B`),
      clickAt,
    );
    fs.writeFileSync(path.join(profileDir!, 'composer-open-calls.txt'), calls.join('\n') + '\n');
  }

  await page.getByRole('tab', { name: '图层' }).click();
  await page.locator('.layer-pick', { hasText: 'el 150' }).first().click();

  if (cdp) {
    await startProfile(cdp);
    // and a Chromium trace: where the main thread's time outside script goes (style, layout, paint, raster)
    await page.context().browser()!.startTracing(page, { path: path.join(profileDir!, 'composer-moves.trace.json'), categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu', 'viz'] });
  }
  const timings = await page.evaluate(async () => {
    // the frame after the change is painted once a task queued from its animation-frame
    // callbacks runs (fabric's render is an earlier callback of the same frame)
    const frame = () =>
      new Promise<void>((r) =>
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => r();
          ch.port2.postMessage(0);
        }),
      );
    const key = (init: KeyboardEventInit) => window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    const run = async (init: KeyboardEventInit) => {
      const sync: number[] = [];
      const painted: number[] = [];
      for (let i = 0; i < 100; i++) {
        const t0 = performance.now();
        key(init);
        sync.push(performance.now() - t0);
        await frame();
        painted.push(performance.now() - t0);
      }
      return { sync, painted };
    };
    (document.activeElement as HTMLElement | null)?.blur();
    const moves = await run({ key: 'ArrowRight' });
    const undos = await run({ key: 'z', ctrlKey: true });
    return { moves, undos };
  });
  if (cdp) {
    await page.context().browser()!.stopTracing();
    await stopProfile(cdp, profileDir!, 'composer-moves');
  }
  // the moves really happened and were undone: the element is back where it started
  const el = elements()[150];
  await expect
    .poll(async () => (await call<{ design: Design }>(page, studio, 'designs.get', { id: created.id })).design.elements.find((e) => e.id === el.id)?.transform.x, { timeout: 20_000 })
    .toBe(el.transform.x);

  const figures = {
    elements: 300,
    firstRenderMs: Math.round(firstRenderMs),
    moveCommandMs: summarize(timings.moves.sync),
    moveToFrameMs: summarize(timings.moves.painted),
    undoCommandMs: summarize(timings.undos.sync),
    undoToFrameMs: summarize(timings.undos.painted),
  };
  const file = path.resolve('tests/bench/results/composer.json');
  const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { before?: unknown; after?: unknown }) : {};
  // on a shared machine the wall-clock figures follow the load: keep it next to them
  const run = { at: new Date().toISOString(), machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10) }, ...figures };
  if (process.env.BENCH_AS === 'before') report('composer', { before: run, ...(previous.after ? { after: previous.after } : {}) });
  else report('composer', { ...(previous.before ? { before: previous.before } : {}), after: run });
});

async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

async function stopProfile(cdp: CDPSession, dir: string, name: string): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
}
