/**
 * Composer benchmark (npm run bench:ui): a design with 300 elements (100 motifs, 100 texts,
 * 100 shapes) opened in headless Chromium, then moved and undone through the keyboard.
 *
 * What "60 fps" means here, and so what is measured:
 *
 * - First render (`firstFrameMs`, the "first render under 1 s"): from the click on
 *   "open" in the design list to the end of the first frame that shows all 300 elements, with
 *   their motif artwork and their own glyphs, at the zoom the composer shows them (the view
 *   marks 'composer:first-render' when its canvas holds that picture; the frame that presents
 *   it is the next animation frame, done when a task queued from that frame's callbacks runs,
 *   which is after the frame is painted). The design list's thumbnails are still being painted
 *   on the studio's side when the click comes, as they are for a user who opens a design at once.
 *   `openPageCpuMs` is the page's main-thread busy time over the same span (Chromium's
 *   TaskDuration) and `openServerCpuMs` the studio server's CPU time (all its threads, the
 *   thumbnail worker included): wall time follows whatever else the machine runs, these less so.
 *   `firstRenderMs` is the older figure, click to the mark alone (the canvas drawn, not yet
 *   presented), printed beside it for comparison with earlier runs.
 *
 * - A command at 60 fps: a key press is shown by the very next frame the display produces.
 *   Keys arrive at any moment of a frame, so each key here is pressed at a random phase of the
 *   frame (a seeded delay of 0–16 ms after a frame starts), and measured from the key event to
 *   the end of the frame that shows the change (`moveLatencyMs`, `undoLatencyMs`: about half a
 *   frame of waiting for the next frame plus the work, so a median under 16 ms means the
 *   change is on screen within one frame of the key). `moveFramesMissed` / `undoFramesMissed`
 *   count, per command, the frames the display started between the key and the frame showing
 *   the change (0: the change made the very next frame; `onNextFrame` is the share of commands
 *   with 0). `moveWorkMs` / `undoWorkMs` are the main thread's work per command: the key handler
 *   (the command, React's re-render) plus the frame's own work from its start to its paint.
 *
 * - `moveToFrameMs` / `undoToFrameMs` are the older figure, kept for comparison: the next key is
 *   pressed right after the previous change is painted, so a key always waits for almost a
 *   whole frame and that median cannot fall below one vsync (16.7 ms) however little work a
 *   command takes; it says less about 60 fps than the random-phase figures and is not the target.
 *   `moveCommandMs` / `undoCommandMs` are the key handler alone in those runs.
 *
 * Results: tests/bench/results/composer.json, `after` (this run) next to `before` (kept from
 * the file; `BENCH_AS=before` writes the run as the baseline instead). `BENCH_PROFILE=DIR`
 * also records Chromium CPU profiles of the opening and of the moves into DIR
 * (open in Chrome DevTools → Performance, or summarise with scripts/cpuprofile-top.mjs), and
 * STUDIO_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the studio's server as well.
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
  // watch every frame from before the click: the first frame to start after the view's mark is
  // the one that presents it, done once a task queued from its callbacks runs
  await page.evaluate(() => {
    const w = window as unknown as { firstFrameAt?: number };
    const watch = () =>
      requestAnimationFrame(() => {
        if (performance.getEntriesByName('composer:first-render').length === 0) return watch();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => (w.firstFrameAt = performance.now());
        ch.port2.postMessage(0);
      });
    watch();
  });
  // CPU as well as wall time (wall time follows whatever else the machine runs): the page's main
  // thread busy time (Chromium's TaskDuration) and the studio server's CPU (all its threads)
  const metrics = await page.context().newCDPSession(page);
  await metrics.send('Performance.enable');
  const pageBusyS = async () => (await metrics.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const pageBusyBefore = await pageBusyS();
  const serverCpuBefore = serverCpuMs(studio.pid());
  const clickAt = await page.evaluate(() => performance.now());
  await open.click();
  await page.waitForFunction(() => (window as unknown as { firstFrameAt?: number }).firstFrameAt !== undefined, undefined, { timeout: 120_000 });
  const firstRenderMs = (await page.evaluate(() => performance.getEntriesByName('composer:first-render')[0].startTime)) - clickAt;
  const firstFrameMs = (await page.evaluate(() => (window as unknown as { firstFrameAt: number }).firstFrameAt)) - clickAt;
  // read right after the frame (the bench's own polling adds a little to both)
  const openPageCpuMs = Math.round(((await pageBusyS()) - pageBusyBefore) * 1000);
  const openServerCpuMs = serverCpuMs(studio.pid()) - serverCpuBefore;
  if (cdp) {
    await stopProfile(cdp, profileDir!, 'composer-open');
    // where the opening waited: each API call's start and duration, from the click (calls
    // still running at the click, e.g. the design list's thumbnails, with a negative start)
    const calls = await page.evaluate(
      (t0) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/'))
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
    // a key at a random phase of the frame: wait for a frame to start, then a seeded 0–16 ms
    let seed = 15;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const atRandomPhase = async () => {
      const frameStart = await nextFrame();
      await new Promise((r) => setTimeout(r, random() * 16));
      return frameStart;
    };
    // the frames the display starts, all along (rAF times are the frames' start times)
    const starts: number[] = [];
    let watching = true;
    const watch = (t: number) => {
      starts.push(t);
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const runAtRandom = async (init: KeyboardEventInit) => {
      const latency: number[] = [];
      const work: number[] = [];
      const keyAt: number[] = [];
      const shownBy: number[] = [];
      for (let i = 0; i < 100; i++) {
        await atRandomPhase();
        const t0 = performance.now();
        key(init);
        const handled = performance.now() - t0;
        const frameStart = await new Promise<number>((r) =>
          requestAnimationFrame((t) => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => r(t);
            ch.port2.postMessage(0);
          }),
        );
        const t1 = performance.now();
        latency.push(t1 - t0);
        work.push(handled + (t1 - Math.max(frameStart, t0 + handled)));
        keyAt.push(t0);
        shownBy.push(frameStart);
      }
      return { latency, work, keyAt, shownBy };
    };
    (document.activeElement as HTMLElement | null)?.blur();
    // the older measure first (each key right after the previous change is painted), then the random-phase one
    const moves = await run({ key: 'ArrowRight' });
    const undos = await run({ key: 'z', ctrlKey: true });
    const randomMoves = await runAtRandom({ key: 'ArrowRight' });
    const randomUndos = await runAtRandom({ key: 'z', ctrlKey: true });
    watching = false;
    return { moves, undos, randomMoves, randomUndos, starts };
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
    firstFrameMs: Math.round(firstFrameMs),
    firstRenderMs: Math.round(firstRenderMs),
    openPageCpuMs,
    openServerCpuMs,
    ...randomPhase('move', timings.randomMoves, timings.starts),
    ...randomPhase('undo', timings.randomUndos, timings.starts),
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

/**
 * Random-phase figures of one kind of command: latency from the key to the end of the frame
 * showing it, main-thread work, and the frames the display started in between (`starts`: every
 * frame's start time during the runs) that did not show it.
 */
function randomPhase(kind: 'move' | 'undo', r: { latency: number[]; work: number[]; keyAt: number[]; shownBy: number[] }, starts: number[]) {
  const missed = r.keyAt.map((t0, i) => starts.filter((s) => s > t0 && s < r.shownBy[i]).length);
  const gaps = starts.slice(1).map((s, i) => s - starts[i]);
  return {
    [`${kind}LatencyMs`]: summarize(r.latency),
    [`${kind}WorkMs`]: summarize(r.work),
    [`${kind}FramesMissed`]: { ...summarize(missed), total: missed.reduce((a, b) => a + b, 0), onNextFrame: missed.filter((m) => m === 0).length / missed.length },
    ...(kind === 'move' ? { frameIntervalMs: summarize(gaps) } : {}),
  };
}

/** CPU time (user + system, every thread) a process has used so far, ms (Linux /proc). */
function serverCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) "
  return Math.round(((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
}

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
