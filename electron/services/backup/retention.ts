/**
 * Which backups to keep: the newest backup of each of the last 7 days that have one
 * (daily), the newest of each of the 4 weeks before those (weekly), and always the 3
 * newest whatever their day, so a "before pack import" or "before restore" backup taken
 * minutes ago survives the next scheduled one. Days and weeks are UTC calendar days and
 * ISO-style weeks starting Monday.
 */
export const RETENTION = { daily: 7, weekly: 4, newest: 3 };

export function backupsToKeep<T extends { name: string; at: Date }>(backups: readonly T[], rules = RETENTION): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>(newestFirst.slice(0, rules.newest).map((b) => b.name));
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const b of newestFirst) {
    const day = b.at.toISOString().slice(0, 10);
    if (days.has(day)) continue;
    if (days.size < rules.daily) {
      days.add(day);
      keep.add(b.name);
      continue;
    }
    const week = weekOf(b.at);
    // a week already represented by a daily backup does not use up a weekly slot
    if (weeks.has(week) || [...days].some((d) => weekOf(new Date(`${d}T00:00:00Z`)) === week)) continue;
    if (weeks.size < rules.weekly) {
      weeks.add(week);
      keep.add(b.name);
    }
  }
  return keep;
}

/** the Monday (UTC) that starts the week containing `at` */
function weekOf(at: Date): string {
  const day = (at.getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}
