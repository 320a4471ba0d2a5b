/**
 * "Today" as the cooperative's calendar says it: the machine's local date, not UTC (a
 * certificate that lapses at midnight in Guizhou lapses at 16:00 UTC).
 */
export function localIsoDate(at: Date): string {
  const y = at.getFullYear();
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
