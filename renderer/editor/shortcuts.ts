/**
 * Keyboard shortcuts of the composer as data: a key event maps to one action name, and
 * the composer runs the action. Kept pure so the table is tested without a browser.
 */

export type EditorAction =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'copy' }
  | { type: 'paste' }
  | { type: 'duplicate' }
  | { type: 'delete' }
  | { type: 'select-all' }
  | { type: 'escape' }
  | { type: 'nudge'; dx: number; dy: number };

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

/** arrows move 1 mm, with Shift 10 mm */
export const NUDGE_MM = 1;
export const NUDGE_BIG_MM = 10;

export function actionForKey(e: KeyLike): EditorAction | undefined {
  const mod = !!(e.ctrlKey || e.metaKey);
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey) {
    if (key === 'z') return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    if (key === 'c') return { type: 'copy' };
    if (key === 'v') return { type: 'paste' };
    if (key === 'd') return { type: 'duplicate' };
    if (key === 'a') return { type: 'select-all' };
    return undefined;
  }
  if (e.altKey) return undefined;
  if (key === 'Delete' || key === 'Backspace') return { type: 'delete' };
  if (key === 'Escape') return { type: 'escape' };
  const step = e.shiftKey ? NUDGE_BIG_MM : NUDGE_MM;
  if (key === 'ArrowLeft') return { type: 'nudge', dx: -step, dy: 0 };
  if (key === 'ArrowRight') return { type: 'nudge', dx: step, dy: 0 };
  if (key === 'ArrowUp') return { type: 'nudge', dx: 0, dy: -step };
  if (key === 'ArrowDown') return { type: 'nudge', dx: 0, dy: step };
  return undefined;
}

/** Typing in a field keeps its own keys (Delete deletes characters, Ctrl+Z undoes typing). */
export function isTypingTarget(target: unknown): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean; type?: string } | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable) return true;
  if (tag !== 'INPUT') return false;
  return !['checkbox', 'radio', 'button', 'range', 'color', 'submit'].includes((el.type ?? 'text').toLowerCase());
}
