/**
 * Greedy line filling shared by horizontal lines and vertical columns: take atoms while they
 * fit, break between atoms, drop spaces at the break, and split an atom by character only when
 * it alone is longer than the whole line (a long URL, a box narrower than one word).
 */
import type { Atom } from './segment';

export interface FilledLine {
  /** the line's characters (trailing spaces removed) */
  chars: string[];
  /** the line's extent along the line direction, without trailing spaces */
  extent: number;
  /** true for the last line of a paragraph (not justified) */
  paragraphEnd: boolean;
}

/** Allows for float noise when a line exactly fills the box. */
const EPS = 1e-6;

export function fillLines(atoms: Atom[], measure: (chars: string[]) => number, max: number): FilledLine[] {
  const lines: FilledLine[] = [];
  let cur: string[] = [];
  let hasContent = false;

  const finish = () => {
    while (cur.length && (cur[cur.length - 1] === ' ' || cur[cur.length - 1] === '\t')) cur.pop();
    lines.push({ chars: cur, extent: measure(cur), paragraphEnd: false });
    cur = [];
    hasContent = false;
  };

  const place = (chars: string[]) => {
    // emergency break: fill character by character, at least one per line
    for (const ch of chars) {
      if (hasContent && measure([...cur, ch]) > max + EPS) finish();
      cur.push(ch);
      hasContent = true;
    }
  };

  for (const atom of atoms) {
    if (atom.space) {
      // spaces at the start of a wrapped line are dropped; a paragraph's leading indent is kept
      if (!hasContent && lines.length > 0) continue;
      cur.push(...atom.chars);
      continue;
    }
    const fits = measure([...cur, ...atom.chars]) <= max + EPS;
    if (fits) {
      cur.push(...atom.chars);
      hasContent = true;
    } else if (hasContent) {
      finish();
      if (measure(atom.chars) <= max + EPS) {
        cur.push(...atom.chars);
        hasContent = true;
      } else place(atom.chars);
    } else {
      cur = [];
      place(atom.chars);
    }
  }
  if (cur.length || lines.length === 0) finish();
  lines[lines.length - 1].paragraphEnd = true;
  return lines;
}
