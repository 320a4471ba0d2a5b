/**
 * Template parameters: zod schemas built from a small field table, so that every
 * validation failure can be told to the user in plain Chinese and English with the
 * field's own name, its valid range and an example, instead of zod's generic text.
 */
import { z } from 'zod';
import { StudioError, issue, type Issue, type Localized } from '../localized';
import type { TemplateDefinition } from './result';

export interface MmField {
  type: 'mm';
  zh: string;
  en: string;
  min: number;
  max: number;
}

export interface ChoiceField {
  type: 'choice';
  zh: string;
  en: string;
  options: readonly { value: string; zh: string; en: string }[];
}

export type FieldSpec = MmField | ChoiceField;
export type FieldTable = Record<string, FieldSpec>;

export function mmField(zh: string, en: string, min: number, max: number): MmField {
  return { type: 'mm', zh, en, min, max };
}

export function mmSchema(f: MmField) {
  return z.number().min(f.min).max(f.max);
}

export function choiceSchema<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values);
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function describeValue(v: unknown): string {
  if (v === undefined) return '(empty)';
  if (typeof v === 'number') return Number.isFinite(v) ? fmt(v) : String(v);
  return JSON.stringify(v) ?? String(v);
}

/** Turns one zod issue into a Localized Issue using the field table. */
function explain(kind: string, table: FieldTable, zi: z.core.$ZodIssue, input: Record<string, unknown>, example: Record<string, unknown>): Issue {
  const key = String(zi.path[0] ?? '');
  const spec = table[key];
  const field = `template.${kind}.${key}`;
  const value = describeValue(input[key]);
  if (!spec) {
    return issue(field, 'template.param.invalid', 'error', `参数「${key}」无效。`, `Parameter "${key}" is not valid.`);
  }
  if (spec.type === 'choice') {
    const zhList = spec.options.map((o) => `${o.zh}（${o.value}）`).join('、');
    const enList = spec.options.map((o) => `${o.en} ("${o.value}")`).join(', ');
    return issue(
      field,
      'template.param.choice',
      'error',
      `「${spec.zh}」只能选：${zhList}；现在是 ${value}。`,
      `${spec.en} must be one of: ${enList}; got ${value}.`,
    );
  }
  const range = `${fmt(spec.min)}–${fmt(spec.max)}`;
  const ex = describeValue(example[key]);
  if (typeof input[key] !== 'number' || !Number.isFinite(input[key] as number)) {
    return issue(
      field,
      'template.param.not-a-number',
      'error',
      `「${spec.zh}」要填一个数字（毫米），例如 ${ex}；现在是 ${value}。`,
      `${spec.en} must be a number of millimetres, for example ${ex}; got ${value}.`,
    );
  }
  return issue(
    field,
    'template.param.out-of-range',
    'error',
    `「${spec.zh}」应在 ${range} 毫米之间，现在是 ${value} 毫米。请改成这个范围内的尺寸，例如 ${ex}。`,
    `${spec.en} must be between ${range} mm; you entered ${value} mm. Use a size in that range, for example ${ex}.`,
  );
}

export function relationIssue(kind: string, key: string, zh: string, en: string): Issue {
  return issue(`template.${kind}.${key}`, 'template.param.relation', 'error', zh, en);
}

/** The whole message of a failed validation: every finding, Chinese first. */
export function joinIssues(issues: Issue[]): Localized {
  return {
    zh: issues.map((i) => i.message.zh).join(' '),
    en: issues.map((i) => i.message.en).join(' '),
  };
}

/**
 * Fill missing fields from the defaults, validate, then run the cross-field checks.
 * Returns either the params or the findings (for forms that show them next to fields).
 */
export function checkParams<P extends Record<string, unknown>>(
  def: TemplateDefinition<P>,
  input: unknown,
): { ok: true; params: P } | { ok: false; issues: Issue[] } {
  const kind = def.kind;
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    return {
      ok: false,
      issues: [
        issue(
          `template.${kind}`,
          'template.params.not-object',
          'error',
          '模板参数应是一组“名称: 数值”，例如 {"lengthMm": 80}。',
          'Template parameters must be a set of name: value pairs, for example {"lengthMm": 80}.',
        ),
      ],
    };
  }
  // a form field left empty arrives as undefined: it means "use the default", not "invalid"
  const given = Object.entries((input ?? {}) as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const merged: Record<string, unknown> = { ...def.defaults, ...Object.fromEntries(given) };
  const parsed = def.paramsSchema.safeParse(merged);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((zi) => explain(kind, def.fields, zi, merged, def.defaults)) };
  }
  const rel = def.relations(parsed.data);
  if (rel.length > 0) return { ok: false, issues: rel };
  return { ok: true, params: parsed.data };
}

/** Same as checkParams but throws one StudioError carrying every finding in `details`. */
export function parseParams<P extends Record<string, unknown>>(def: TemplateDefinition<P>, input: unknown): P {
  const r = checkParams(def, input);
  if (!r.ok) throw new StudioError('template.params.invalid', joinIssues(r.issues), r.issues);
  return r.params;
}
