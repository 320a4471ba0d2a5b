/**
 * The widow pass: a paragraph should not end with one Chinese character alone on its last
 * line (e.g. a caption ending "…制成\n球。"). When that happens the previous line gives its
 * last atom (one character with the punctuation glued to it) to the last line, so the last
 * line holds two characters, e.g. "成球。".
 *
 * It is done only where it can be: the previous line keeps at least two characters, the last
 * atom there is whole (not a piece of an over-long word) and not separated by a space (Latin
 * text breaks at spaces and a one-word last line is normal there), and the new last line still
 * fits. Moving a whole atom keeps every kinsoku rule intact: atoms never end with an opening
 * mark nor start with a closing one.
 */
import type { FilledLine } from './fill-lines';
import { FIT_EPS } from './metrics';
import { NO_LINE_END, NO_LINE_START, isCjk, isSpace } from './kinsoku';

/** Characters that count as text (not punctuation, not spaces) when judging a line's length. */
function textChars(chars: string[]): string[] {
  return chars.filter((ch) => !isSpace(ch) && !NO_LINE_START.has(ch) && !NO_LINE_END.has(ch));
}

/** true when the line's only text is one CJK character (punctuation around it aside) */
export function isLoneCharacter(chars: string[]): boolean {
  const text = textChars(chars);
  return text.length === 1 && isCjk(text[0]);
}

export function avoidLoneLastCharacter(lines: FilledLine[], measure: (chars: string[]) => number, max: number): FilledLine[] {
  if (lines.length < 2) return lines;
  const last = lines[lines.length - 1];
  const prev = lines[lines.length - 2];
  if (!isLoneCharacter(last.chars)) return lines;
  const give = prev.pieces[prev.pieces.length - 1];
  if (!give || give.space || !give.whole || !last.pieces[0] || !last.pieces[0].whole) return lines;
  const keep = prev.pieces.slice(0, -1);
  while (keep.length && keep[keep.length - 1].space) keep.pop();
  const keptChars = keep.flatMap((p) => p.chars);
  if (textChars(keptChars).length < 2) return lines;
  const lastChars = [...give.chars, ...last.chars];
  if (measure(lastChars) > max + FIT_EPS) return lines;
  const out = lines.slice(0, -2);
  out.push({ chars: keptChars, extent: measure(keptChars), paragraphEnd: false, pieces: keep });
  out.push({ chars: lastChars, extent: measure(lastChars), paragraphEnd: true, pieces: [give, ...last.pieces] });
  return out;
}
