/**
 * Turn zod's structural findings into plain-words Issues. Only shape problems land here
 * (missing field, wrong type, unknown option); identifier formats are the validators' job.
 */
import type { z } from 'zod';
import { issue, type Issue } from '../localized';
import { fieldName, optionName } from './field-names';

export function zodToIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((zi) => {
    const field = [prefix, ...zi.path.map(String)].filter(Boolean).join('.');
    const name = fieldName(field);
    const raw = zi as unknown as { code: string; input?: unknown; values?: unknown[]; expected?: string; minimum?: number | bigint };
    if (raw.code === 'invalid_type' && raw.input === undefined) {
      return issue(field, 'shape.missing', 'error', `缺少必填项“${name.zh}”，请补上。`, `Required field "${name.en}" is missing; please fill it in.`);
    }
    if (raw.code === 'invalid_value' && raw.values) {
      const zhOptions = raw.values.map((v) => optionName(String(v))).join('、');
      const options = raw.values.map(String).join(' / ');
      return issue(field, 'shape.option', 'error', `“${name.zh}”只能选以下之一：${zhOptions}。`, `"${name.en}" must be one of: ${options}.`);
    }
    if (raw.code === 'too_small') {
      return issue(field, 'shape.too-small', 'error',
        `“${name.zh}”不能为空，也不能是 0 或负数，请填写有效内容。`, `"${name.en}" cannot be empty, zero or negative; enter a valid value.`);
    }
    if (raw.code === 'invalid_type') {
      const expected = raw.expected === 'number' ? { zh: '数字', en: 'a number' } : raw.expected === 'string' ? { zh: '文字', en: 'text' } : raw.expected === 'array' ? { zh: '列表', en: 'a list' } : { zh: String(raw.expected), en: String(raw.expected) };
      return issue(field, 'shape.type', 'error', `“${name.zh}”应填${expected.zh}。`, `"${name.en}" must be ${expected.en}.`);
    }
    return issue(field, 'shape.invalid', 'error', `“${name.zh}”的内容不符合要求，请检查后重新填写。`, `"${name.en}" is not valid (${zi.message}); please check and re-enter it.`);
  });
}
