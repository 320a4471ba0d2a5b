import type { PageId } from '../pages/registry';

/** Moves to another page from inside a page; the shell (App.tsx) listens for this event. */
export function navigateTo(id: PageId): void {
  window.dispatchEvent(new CustomEvent('jinxiu:navigate', { detail: id, cancelable: true }));
}
