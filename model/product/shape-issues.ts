/**
 * Turn zod's structural findings into plain-words Issues. Only shape problems land here
 * (missing field, wrong type, unknown option); identifier formats are the validators' job.
 */
import type { z } from 'zod';
import { issue, type Issue } from '../localized';

export function zodToIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((zi) => {
    const field = [prefix, ...zi.path.map(String)].filter(Boolean).join('.');
    const raw = zi as unknown as { code: string; input?: unknown; values?: unknown[]; expected?: string; minimum?: number | bigint };
    if (raw.code === 'invalid_type' && raw.input === undefined) {
      return issue(field, 'shape.missing', 'error', `缺少必填项“${field}”，请补上。`, `Required field "${field}" is missing; please fill it in.`);
    }
    if (raw.code === 'invalid_value' && raw.values) {
      const options = raw.values.map(String).join(' / ');
      return issue(field, 'shape.option', 'error', `“${field}”只能是以下之一：${options}。`, `"${field}" must be one of: ${options}.`);
    }
    if (raw.code === 'too_small') {
      return issue(field, 'shape.too-small', 'error',
        `“${field}”不能为空或为 0，请填写有效内容。`, `"${field}" cannot be empty or zero; enter a valid value.`);
    }
    if (raw.code === 'invalid_type') {
      const expected = raw.expected === 'number' ? { zh: '数字', en: 'a number' } : raw.expected === 'string' ? { zh: '文字', en: 'text' } : raw.expected === 'array' ? { zh: '列表', en: 'a list' } : { zh: String(raw.expected), en: String(raw.expected) };
      return issue(field, 'shape.type', 'error', `“${field}”应填${expected.zh}。`, `"${field}" must be ${expected.en}.`);
    }
    return issue(field, 'shape.invalid', 'error', `“${field}”的内容不符合要求：${zi.message}`, `"${field}" is not valid: ${zi.message}`);
  });
}
