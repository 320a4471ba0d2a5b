import type { MessageKey } from '../../i18n';

/** Message keys for the values the backend stores as ids; unknown values are shown as stored. */
const CRAFTS = ['embroidery', 'batik', 'silver'];

export function craftKey(craft: string): MessageKey | null {
  return CRAFTS.includes(craft) ? (`craft.${craft}` as MessageKey) : null;
}

export function statusKey(status: string): MessageKey {
  return `status.${status}` as MessageKey;
}

const ACTIONS = ['import', 'edit', 'submit', 'request-changes', 'approve', 'relabel', 'withdraw', 'resubmit', 'starter-install', 'starter-update', 'pack-import', 'pack-update', 'pack-restriction', 'hub-submit'];

export function actionKey(action: string): MessageKey | null {
  return ACTIONS.includes(action) ? (`action.${action}` as MessageKey) : null;
}

/** "2026-11-28T12:00:00Z" -> "2026-11-28 12:00" in the user's clock, short and unambiguous. */
export function shortTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Comma, Chinese comma or enumeration comma all separate list entries. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
