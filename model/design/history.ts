/**
 * Undo/redo from snapshots and marks. The documents are immutable and share unchanged
 * parts, so keeping whole snapshots is cheap and needs no hand-written inverse per
 * command.
 *
 * - `push(doc, 'record')` makes `doc` current and undoable; `push(doc, 'ignore')` makes it
 *   current without a history step (autosave echoes); `reset(doc)` after loading clears all.
 * - A gesture (drag, slider) calls `mark(name)` first, pushes freely, then either
 *   `commit(mark)` (the whole gesture becomes one undo step) or `bailToMark(mark)`
 *   (Escape: back to how it was, nothing left to redo).
 * - At most `limit` steps are kept (default 200, with 4 GB machines in mind).
 */

export type Capture = 'record' | 'ignore';

interface Entry<T> {
  doc: T;
  /** what the step did, e.g. "移动 move" for an "Undo move" menu label */
  label: string;
}

interface OpenMark<T> {
  id: number;
  name: string;
  doc: T;
}

export class History<T> {
  private past: Entry<T>[] = [];
  private future: Entry<T>[] = [];
  private marks: OpenMark<T>[] = [];
  private nextMarkId = 1;
  private current: T;
  private currentLabel = '';
  readonly limit: number;

  constructor(initial: T, options: { limit?: number } = {}) {
    this.current = initial;
    this.limit = options.limit ?? 200;
  }

  get present(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0 || this.hasChangesSinceMark();
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  get undoDepth(): number {
    return this.past.length;
  }

  get redoDepth(): number {
    return this.future.length;
  }

  /** the label of the step Undo would revert, for the menu */
  get undoLabel(): string | undefined {
    return this.past.length > 0 ? this.currentLabel : undefined;
  }

  /** forget everything and start from `doc` (opening a design) */
  reset(doc: T): void {
    this.past = [];
    this.future = [];
    this.marks = [];
    this.current = doc;
    this.currentLabel = '';
  }

  push(doc: T, capture: Capture = 'record', label = ''): void {
    if (doc === this.current) return;
    if (capture === 'ignore' || this.marks.length > 0) {
      // inside a gesture the steps are collected by the mark and recorded on commit
      this.current = doc;
      return;
    }
    this.record(this.current, doc, label);
  }

  mark(name: string): number {
    const id = this.nextMarkId++;
    this.marks.push({ id, name, doc: this.current });
    return id;
  }

  /** Ends a gesture: everything since the mark becomes one undo step named after it. */
  commit(markId: number): void {
    const at = this.marks.findIndex((m) => m.id === markId);
    if (at < 0) return;
    const mark = this.marks[at];
    this.marks = this.marks.slice(0, at);
    // an inner gesture inside an outer one is folded into the outer step
    if (this.marks.length === 0 && mark.doc !== this.current) this.record(mark.doc, this.current, mark.name);
  }

  /** Cancels a gesture: back to the document as it was at the mark, no redo left behind. */
  bailToMark(markId: number): void {
    const at = this.marks.findIndex((m) => m.id === markId);
    if (at < 0) return;
    this.current = this.marks[at].doc;
    this.marks = this.marks.slice(0, at);
  }

  undo(): T {
    // an unfinished gesture is cancelled rather than recorded
    if (this.marks.length > 0) {
      const changed = this.hasChangesSinceMark();
      this.bailToMark(this.marks[0].id);
      if (changed) return this.current;
    }
    const entry = this.past.pop();
    if (!entry) return this.current;
    this.future.push({ doc: this.current, label: this.currentLabel });
    this.current = entry.doc;
    this.currentLabel = entry.label;
    return this.current;
  }

  redo(): T {
    if (this.marks.length > 0) return this.current;
    const entry = this.future.pop();
    if (!entry) return this.current;
    this.past.push({ doc: this.current, label: this.currentLabel });
    this.current = entry.doc;
    this.currentLabel = entry.label;
    return this.current;
  }

  private hasChangesSinceMark(): boolean {
    return this.marks.length > 0 && this.marks[0].doc !== this.current;
  }

  private record(before: T, after: T, label: string): void {
    this.past.push({ doc: before, label: this.currentLabel });
    if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
    this.future = [];
    this.current = after;
    this.currentLabel = label;
  }
}
