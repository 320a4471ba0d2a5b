import type { PageId } from '../registry';

/**
 * Moves to another page from inside a page. The shell keeps the current page in its own
 * state and draws the navigation in registry order, so pressing that page's navigation
 * button is the one way in that the shell already handles (history, sessionStorage).
 * The "jinxiu:navigate" event is dispatched first for a shell that listens for it.
 */
export function navigateTo(id: PageId, order: readonly PageId[]): void {
  const event = new CustomEvent('jinxiu:navigate', { detail: id, cancelable: true });
  if (!window.dispatchEvent(event)) return; // a listener handled it
  const index = order.indexOf(id);
  const buttons = document.querySelectorAll<HTMLButtonElement>('nav.nav .nav-item');
  buttons[index]?.click();
}
