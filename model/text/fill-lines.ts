/**
 * Greedy line filling shared by horizontal lines and vertical columns: take atoms while they
 * fit, break between atoms, drop spaces at the break, and split an atom by character only when
 * it alone is longer than the whole line (a long URL, a box narrower than one word). Then the
 * paragraph's last line gets the widow pass (last-line.ts).
 */
import { NO_LINE_START } from './kinsoku';
import { avoidLoneLastCharacter } from './last-line';
import { FIT_EPS } from './metrics';
import type { Atom } from './segment';

export interface FilledLine {
  /** the line's characters (trailing spaces removed) */
  chars: string[];
  /** the line's extent along the line direction, without trailing spaces */
  extent: number;
  /** true for the last line of a paragraph (not justified) */
  paragraphEnd: boolean;
  /**
   * the line's pieces in order: whole atoms, or parts of an atom split by the emergency break
   * (`whole: false`); trailing spaces removed. The widow pass moves whole atoms only.
   */
  pieces: { chars: string[]; space: boolean; whole: boolean }[];
}


export function fillLines(atoms: Atom[], measure: (chars: string[]) => number, max: number): FilledLine[] {
  const lines: FilledLine[] = [];
  let pieces: FilledLine['pieces'] = [];
  let hasContent = false;
  const chars = () => pieces.flatMap((p) => p.chars);

  const finish = () => {
    while (pieces.length && pieces[pieces.length - 1].space) pieces.pop();
    const c = chars();
    lines.push({ chars: c, extent: measure(c), paragraphEnd: false, pieces });
    pieces = [];
    hasContent = false;
  };

  const place = (atom: string[]) => {
    // emergency break: fill character by character, at least one per line; a character that
    // may not start a line takes the one before it along (kinsoku's push, as between atoms)
    let part: string[] = [];
    for (const ch of atom) {
      if (hasContent && measure([...chars(), ...part, ch]) > max + FIT_EPS) {
        let carried: string[] = [];
        if (NO_LINE_START.has(ch)) {
          // carry back to the last character that may start a line, keeping one on this line
          let k = part.length - 1;
          while (k > 0 && NO_LINE_START.has(part[k])) k--;
          if (k >= 1 && measure([...part.slice(k), ch]) <= max + FIT_EPS) carried = part.splice(k);
        }
        if (part.length) pieces.push({ chars: part, space: false, whole: false });
        finish();
        part = carried;
      }
      part.push(ch);
      hasContent = true;
    }
    if (part.length) pieces.push({ chars: part, space: false, whole: false });
  };

  for (const atom of atoms) {
    if (atom.space) {
      // spaces at the start of a wrapped line are dropped; a paragraph's leading indent is kept
      if (!hasContent && lines.length > 0) continue;
      pieces.push({ chars: [...atom.chars], space: true, whole: true });
      continue;
    }
    const fits = measure([...chars(), ...atom.chars]) <= max + FIT_EPS;
    if (fits) {
      pieces.push({ chars: [...atom.chars], space: false, whole: true });
      hasContent = true;
    } else if (hasContent) {
      finish();
      if (measure(atom.chars) <= max + FIT_EPS) {
        pieces.push({ chars: [...atom.chars], space: false, whole: true });
        hasContent = true;
      } else place(atom.chars);
    } else {
      pieces = [];
      place(atom.chars);
    }
  }
  if (pieces.length || lines.length === 0) finish();
  lines[lines.length - 1].paragraphEnd = true;
  return avoidLoneLastCharacter(lines, measure, max);
}
