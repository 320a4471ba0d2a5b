/**
 * Product fields ({{product.productionDate}}) that have no value never print as they are
 * written. Before layout each one becomes a run of private-use marker characters, one per
 * em of room the field takes; the layout treats them as one word of ordinary glyphs. After
 * layout the markers are cut out of the runs, so the printed text keeps an empty gap where
 * the fact belongs, and the gap's boxes become screen-only field marks (the composer paints
 * them as tinted boxes with the field's name; the PDF, proofs and shop pictures never see
 * them). The preflight reports the same fields as an error, so an export is blocked anyway.
 */
import type { Localized } from '../../localized';
import { PLACEHOLDERS } from '../../product/placeholders';
import type { TextRun } from '../../scene';
import { advanceMm, emMm, type FontMetrics } from '../../text/metrics';

/** A field with no value, where its gap lies, in the element's box coordinates (mm). */
export interface FieldMark {
  elementId: string;
  /** the placeholder key as written, e.g. "product.productionDate" */
  key: string;
  label: Localized;
  x: number;
  y: number;
  width: number;
  height: number;
}

const MARK_BASE = 0xe000;
const MARK_LAST = 0xf8ff;
const ANY_PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

export function isFieldMark(cp: number): boolean {
  return cp >= MARK_BASE && cp <= MARK_LAST;
}

export interface MarkedText {
  text: string;
  /** field i is written with the marker U+E000 + i */
  fields: { key: string; label: Localized }[];
}

/** The room a field takes: its Chinese name's length in ems, 2 to 8. */
function emsFor(label: Localized): number {
  return Math.min(8, Math.max(2, [...label.zh].length));
}

/**
 * The text as it will be laid out: known facts filled by `fill`, every placeholder still
 * left (unknown key, or no value) replaced by its markers.
 */
export function markUnresolved(text: string, fill?: (text: string) => string): MarkedText {
  const filled = fill ? fill(text) : text;
  const fields: MarkedText['fields'] = [];
  const out = filled.replace(ANY_PLACEHOLDER, (_whole, key: string) => {
    if (MARK_BASE + fields.length > MARK_LAST) return '';
    const label = PLACEHOLDERS[key]?.label ?? { zh: key, en: key };
    const mark = String.fromCodePoint(MARK_BASE + fields.length);
    fields.push({ key, label });
    return mark.repeat(emsFor(label));
  });
  return { text: out, fields };
}

/** Metrics that know the markers: one em wide, always drawable. */
export function withFieldMarks(metrics: FontMetrics): FontMetrics {
  return {
    unitsPerEm: metrics.unitsPerEm,
    ascender: metrics.ascender,
    descender: metrics.descender,
    advance: (cp) => (isFieldMark(cp) ? metrics.unitsPerEm : metrics.advance(cp)),
    hasGlyph: (cp) => isFieldMark(cp) || metrics.hasGlyph(cp),
  };
}

// the em box a marker occupies around its baseline, as the vertical layout places CJK cells
const ABOVE_BASELINE = 0.88;

/**
 * Cuts the markers out of laid-out runs: the runs that remain hold only real text at their
 * exact positions (a run split around a gap keeps each part where the layout put it), and
 * each field's gap is returned once per line or column it falls on.
 */
export function cutFieldMarks(
  runs: readonly TextRun[],
  marked: MarkedText,
  metrics: FontMetrics,
  sizePt: number,
  elementId: string,
): { runs: TextRun[]; marks: FieldMark[] } {
  if (marked.fields.length === 0) return { runs: [...runs], marks: [] };
  const em = emMm(sizePt);
  const out: TextRun[] = [];
  const marks: FieldMark[] = [];
  for (const run of runs) {
    let x = run.x;
    let text = '';
    let textX = x;
    let gap: FieldMark | undefined;
    const flushText = () => {
      if (text) out.push({ text, x: textX, y: run.y });
      text = '';
    };
    for (const ch of run.text) {
      const cp = ch.codePointAt(0) as number;
      if (isFieldMark(cp)) {
        flushText();
        const field = marked.fields[cp - MARK_BASE];
        if (gap && gap.key === field?.key && Math.abs(gap.x + gap.width - x) < 1e-6) gap.width += em;
        else if (field) {
          gap = { elementId, key: field.key, label: field.label, x, y: run.y - ABOVE_BASELINE * em, width: em, height: em };
          marks.push(gap);
        }
        x += em;
        textX = x;
        continue;
      }
      gap = undefined;
      text += ch;
      x += advanceMm(metrics, ch, sizePt);
    }
    flushText();
  }
  return { runs: out, marks: mergeAdjacent(marks) };
}

/** Vertical cells of one field are separate runs: one mark per column. */
function mergeAdjacent(marks: FieldMark[]): FieldMark[] {
  const out: FieldMark[] = [];
  for (const m of marks) {
    const last = out[out.length - 1];
    if (last && last.key === m.key && Math.abs(last.x - m.x) < 1e-6 && Math.abs(last.width - m.width) < 1e-6 && Math.abs(last.y + last.height - m.y) < 1e-3 * m.height + 1e-6) {
      last.height = m.y + m.height - last.y;
    } else if (last && last.key === m.key && Math.abs(last.y - m.y) < 1e-6 && Math.abs(last.x + last.width - m.x) < 1e-6) {
      last.width = m.x + m.width - last.x;
    } else out.push({ ...m });
  }
  return out;
}
