/**
 * Autosave: a quiet pause (default 800 ms) after the last edit saves the whole document;
 * `flush()` saves at once (window closing, tab hidden, leaving the composer). Only one save
 * runs at a time; edits made while it runs are saved right after it, so the last state
 * always reaches the disk and saves never overtake each other.
 */
import type { Design } from '../../model/design/schema';

export type SaveReason = 'autosave' | 'close' | 'explicit';
export type SaveFn = (doc: Design, reason: SaveReason) => Promise<unknown>;

export interface AutosaveStatus {
  state: 'saved' | 'pending' | 'saving' | 'failed';
  error?: unknown;
}

export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: Design | null = null;
  private lastSaved: Design | null = null;
  private running: Promise<void> | null = null;
  private status: AutosaveStatus = { state: 'saved' };

  constructor(
    private readonly save: SaveFn,
    private readonly onStatus: (s: AutosaveStatus) => void = () => {},
    readonly delayMs = 800,
  ) {}

  get state(): AutosaveStatus {
    return this.status;
  }

  /** the document as it was opened: no need to save it again */
  markSaved(doc: Design): void {
    this.lastSaved = doc;
  }

  /** a new document state: save it after the pause unless another edit comes first */
  schedule(doc: Design): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (doc === this.lastSaved && !this.running) {
      // back at what the disk holds (undone to the opened state): an older edit still
      // waiting for its pause must not be saved over it
      this.pending = null;
      if (this.status.state !== 'failed') this.setStatus({ state: 'saved' });
      return;
    }
    this.pending = doc;
    this.setStatus({ state: 'pending' });
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run('autosave');
    }, this.delayMs);
  }

  /** save now (close / hidden / explicit); resolves when the disk has the latest state */
  async flush(reason: SaveReason = 'close'): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.run(reason);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(reason: SaveReason): Promise<void> {
    for (;;) {
      // one save at a time: a second caller waits, then saves whatever is newer still
      while (this.running) await this.running;
      const doc = this.pending;
      if (!doc || doc === this.lastSaved) {
        this.pending = null;
        if (this.status.state !== 'failed' && !this.timer) this.setStatus({ state: 'saved' });
        return;
      }
      this.pending = null;
      this.setStatus({ state: 'saving' });
      let failed = false;
      this.running = this.save(doc, reason).then(
        () => {
          this.lastSaved = doc;
          if (this.status.state === 'failed') this.status = { state: 'saving' };
        },
        (error: unknown) => {
          failed = true;
          // keep it for the next try unless something newer came meanwhile
          if (!this.pending) this.pending = doc;
          this.setStatus({ state: 'failed', error });
        },
      );
      await this.running;
      this.running = null;
      if (failed) return;
    }
  }

  private setStatus(s: AutosaveStatus): void {
    // every nudge schedules again: telling the UI "pending" each time would re-render it for nothing
    if (s.state === this.status.state && s.state !== 'failed') return;
    this.status = s;
    this.onStatus(s);
  }
}
