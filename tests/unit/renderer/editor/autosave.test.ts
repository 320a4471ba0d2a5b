import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesign } from '../../../../model/design/new-design';
import type { Design } from '../../../../model/design/schema';
import { Autosaver, type AutosaveStatus } from '../../../../renderer/editor/autosave';

const base = createDesign({ id: 'd1', name: 'v0', template: { kind: 'label-rect', params: {} }, now: '2026-01-01T00:00:00.000Z' });
const version = (n: number): Design => ({ ...base, name: `v${n}` });

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 800 ms after the last of a burst of edits, with the last state', async () => {
    const saved: string[] = [];
    const a = new Autosaver(async (d) => void saved.push(d.name));
    for (let i = 1; i <= 5; i++) {
      if (i > 1) await vi.advanceTimersByTimeAsync(300);
      a.schedule(version(i));
    }
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(799);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['v5']);
  });

  it('flush saves at once and cancels the pending timer', async () => {
    const saved: string[] = [];
    const reasons: string[] = [];
    const a = new Autosaver(async (d, r) => {
      saved.push(d.name);
      reasons.push(r);
    });
    a.schedule(version(1));
    await a.flush('close');
    expect(saved).toEqual(['v1']);
    expect(reasons).toEqual(['close']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['v1']);
  });

  it('never runs two saves at once; edits made during a save are saved right after it', async () => {
    let running = 0;
    let maxRunning = 0;
    const saved: string[] = [];
    const a = new Autosaver(async (d) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 500));
      saved.push(d.name);
      running--;
    });
    a.schedule(version(1));
    await vi.advanceTimersByTimeAsync(800);
    a.schedule(version(2));
    const flushed = a.flush('close');
    await vi.advanceTimersByTimeAsync(2000);
    await flushed;
    expect(saved).toEqual(['v1', 'v2']);
    expect(maxRunning).toBe(1);
  });

  it('reports a failed save and retries it with the next edit', async () => {
    const statuses: AutosaveStatus['state'][] = [];
    let fail = true;
    const saved: string[] = [];
    const a = new Autosaver(
      async (d) => {
        if (fail) throw new Error('disk full');
        saved.push(d.name);
      },
      (s) => statuses.push(s.state),
    );
    a.schedule(version(1));
    await vi.advanceTimersByTimeAsync(800);
    expect(a.state.state).toBe('failed');
    fail = false;
    a.schedule(version(2));
    await vi.advanceTimersByTimeAsync(800);
    expect(saved).toEqual(['v2']);
    expect(a.state.state).toBe('saved');
    expect(statuses).toContain('failed');
  });

  it('does not save the document it was opened with', async () => {
    const save = vi.fn(async () => {});
    const a = new Autosaver(save);
    a.markSaved(base);
    a.schedule(base);
    await a.flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('edits undone back to the opened document leave the disk as it was (no older edit saved over it)', async () => {
    const saved: string[] = [];
    const a = new Autosaver(async (d) => void saved.push(d.name));
    a.markSaved(base);
    a.schedule(version(1));
    a.schedule(version(2));
    a.schedule(base);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual([]);
    expect(a.state.state).toBe('saved');
  });

  it('edits undone back to the opened document while an edit is being saved: the opened document is saved after it', async () => {
    const saved: string[] = [];
    const a = new Autosaver(async (d) => {
      await new Promise((r) => setTimeout(r, 500));
      saved.push(d.name);
    });
    a.markSaved(base);
    a.schedule(version(1));
    await vi.advanceTimersByTimeAsync(900);
    a.schedule(base);
    await vi.advanceTimersByTimeAsync(3000);
    expect(saved).toEqual(['v1', 'v0']);
    expect(a.state.state).toBe('saved');
  });
});
