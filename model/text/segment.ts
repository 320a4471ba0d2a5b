/**
 * Splits one paragraph into unbreakable pieces ("atoms"); a line may break between any two
 * atoms and nowhere else (except the emergency break of an atom wider than the whole box).
 *
 * - every CJK character is its own unit; a Latin word (letters, digits, Latin punctuation)
 *   is one unit, split after hyphens; spaces are their own atoms and vanish at line ends;
 * - kinsoku: a unit that may not start a line is glued to the atom before it (so the
 *   preceding character moves down with it); an atom ending in a character that may not
 *   end a line takes the following unit with it; …… and —— stay together.
 */
import { INSEPARABLE, NO_LINE_END, NO_LINE_START, isCjk, isHyphen, isSpace } from './kinsoku';

export interface Atom {
  chars: string[];
  space: boolean;
}

function units(paragraph: string): Atom[] {
  const out: Atom[] = [];
  let word: string[] = [];
  const flush = () => {
    if (word.length) out.push({ chars: word, space: false });
    word = [];
  };
  for (const ch of paragraph) {
    if (isSpace(ch)) {
      flush();
      out.push({ chars: [ch], space: true });
    } else if (isCjk(ch)) {
      flush();
      out.push({ chars: [ch], space: false });
    } else {
      word.push(ch);
      if (isHyphen(ch) && word.length > 1) flush();
    }
  }
  flush();
  return out;
}

export function atomize(paragraph: string): Atom[] {
  const atoms: Atom[] = [];
  for (const u of units(paragraph)) {
    const last = atoms[atoms.length - 1];
    if (u.space || !last || last.space) {
      atoms.push({ chars: [...u.chars], space: u.space });
      continue;
    }
    const first = u.chars[0];
    const prev = last.chars[last.chars.length - 1];
    const glue = NO_LINE_START.has(first) || NO_LINE_END.has(prev) || (INSEPARABLE.has(first) && first === prev);
    if (glue) last.chars.push(...u.chars);
    else atoms.push({ chars: [...u.chars], space: false });
  }
  return atoms;
}
