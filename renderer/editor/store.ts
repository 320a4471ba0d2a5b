/**
 * The composer's document store: the current design + its History + the selection.
 *
 * The design document is the truth. Every change goes through `dispatch(command)`
 * (model/design applyCommand), so the canvas, the panels and the PDF only ever see
 * documents the model accepted. Canvas gestures wrap their commands in
 * `beginGesture`/`endGesture` so a whole drag is one undo step; `cancelGesture` (Escape)
 * puts the document back as it was at pointer-down.
 *
 * Plain TypeScript (no React, no DOM) so it is unit-tested in Node.
 */
import { applyCommand, type Command } from '../../model/design/commands/apply';
import type { CommandContext } from '../../model/design/commands/context';
import { History } from '../../model/design/history';
import type { Design } from '../../model/design/schema';

export type Listener = () => void;

export interface EditorSnapshot {
  doc: Design;
  selection: readonly string[];
  canUndo: boolean;
  canRedo: boolean;
  /** bumps on every change (doc, selection or history), for React's useSyncExternalStore */
  version: number;
}

export class EditorStore {
  private history: History<Design>;
  private selected: readonly string[] = [];
  private listeners = new Set<Listener>();
  private docListeners = new Set<(doc: Design, reason: ChangeReason) => void>();
  private gesture: number | null = null;
  private snap: EditorSnapshot;
  private readonly ctx: CommandContext;

  constructor(doc: Design, options: { limit?: number; context?: CommandContext } = {}) {
    this.history = new History(doc, { limit: options.limit ?? 200 });
    this.ctx = options.context ?? {};
    this.snap = this.makeSnapshot(0);
  }

  get doc(): Design {
    return this.history.present;
  }

  get selection(): readonly string[] {
    return this.selected;
  }

  get inGesture(): boolean {
    return this.gesture !== null;
  }

  /** for useSyncExternalStore: a stable object until something changes */
  getSnapshot = (): EditorSnapshot => this.snap;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** called with each new document (edits, undo/redo, load) — autosave listens here */
  onDocChange(listener: (doc: Design, reason: ChangeReason) => void): () => void {
    this.docListeners.add(listener);
    return () => this.docListeners.delete(listener);
  }

  /**
   * Applies a command (and the commands `followUp` asks for once it sees the result). Throws the model's StudioError (nothing changes) when the command
   * is refused, e.g. deleting the credit block while a motif still needs it.
   */
  dispatch(cmd: Command | readonly Command[], label = '', followUp?: (before: Design, after: Design) => readonly Command[]): Design {
    const cmds = Array.isArray(cmd) ? (cmd as readonly Command[]) : [cmd as Command];
    const before = this.doc;
    let next = before;
    for (const c of cmds) next = applyCommand(next, c, this.ctx);
    // what the result calls for (credit lines for motifs it placed) joins the same undo step
    if (followUp) for (const c of followUp(before, next)) next = applyCommand(next, c, this.ctx);
    if (next === before) return before;
    this.history.push(next, 'record', label || cmds[0]?.type || '');
    this.keepSelectionValid();
    this.changed('edit');
    return next;
  }

  /** Starts a gesture (pointer-down on the canvas, a slider drag): later edits fold into one step. */
  beginGesture(name: string): void {
    if (this.gesture !== null) this.history.commit(this.gesture);
    this.gesture = this.history.mark(name);
  }

  endGesture(): void {
    if (this.gesture === null) return;
    this.history.commit(this.gesture);
    this.gesture = null;
    this.changed('history');
  }

  /** Escape during a gesture: back to the document at the gesture's start. */
  cancelGesture(): void {
    if (this.gesture === null) return;
    const before = this.doc;
    this.history.bailToMark(this.gesture);
    this.gesture = null;
    this.keepSelectionValid();
    this.changed(before === this.doc ? 'history' : 'edit');
  }

  undo(): void {
    this.gesture = null;
    const before = this.doc;
    this.history.undo();
    if (before === this.doc) return;
    this.keepSelectionValid();
    this.changed('undo');
  }

  redo(): void {
    if (this.gesture !== null) return;
    const before = this.doc;
    this.history.redo();
    if (before === this.doc) return;
    this.keepSelectionValid();
    this.changed('redo');
  }

  /** Replace the document without an undo step (opening a design, restoring a snapshot). */
  load(doc: Design): void {
    this.history.reset(doc);
    this.gesture = null;
    this.selected = [];
    this.changed('load');
  }

  select(ids: readonly string[]): void {
    const known = new Set(this.doc.elements.map((e) => e.id));
    const next = ids.filter((id) => known.has(id));
    if (next.length === this.selected.length && next.every((id, i) => id === this.selected[i])) return;
    this.selected = next;
    this.changed('selection');
  }

  private keepSelectionValid(): void {
    const known = new Set(this.doc.elements.map((e) => e.id));
    if (this.selected.every((id) => known.has(id))) return;
    this.selected = this.selected.filter((id) => known.has(id));
  }

  private makeSnapshot(version: number): EditorSnapshot {
    return { doc: this.doc, selection: this.selected, canUndo: this.history.canUndo, canRedo: this.history.canRedo, version };
  }

  private changed(reason: ChangeReason): void {
    const docChanged = this.snap.doc !== this.doc;
    this.snap = this.makeSnapshot(this.snap.version + 1);
    if (docChanged) for (const l of this.docListeners) l(this.doc, reason);
    for (const l of this.listeners) l();
  }
}

export type ChangeReason = 'edit' | 'undo' | 'redo' | 'load' | 'selection' | 'history';
