/**
 * Turns zod issues on a motif record into plain-words, field-naming messages in Chinese and
 * English. Kept apart from the schema so the schema file stays a readable list of fields.
 */
import type { Issue, Localized } from '../localized';

/** The subset of a zod 4 issue this formatter reads. */
interface RawIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  params?: Record<string, unknown>;
}

/** Hints for format checks, keyed by the `message` key the schema gives the check. */
const FORMAT_HINTS: Record<string, Localized> = {
  uuid: { zh: '应为 UUID，例如 3f2b8c1e-9a4d-4c6b-8e21-5d7f0a1b2c3d', en: 'must be a UUID such as 3f2b8c1e-9a4d-4c6b-8e21-5d7f0a1b2c3d' },
  slug: { zh: '只能用小写英文字母、数字和连字符，例如 butterfly-mother', en: 'may use only lowercase letters, digits and hyphens, e.g. butterfly-mother' },
  'iso-date': { zh: '应为真实的日期，例如 2024-05-01', en: 'must be a real date such as 2024-05-01' },
  'iso-datetime': {
    zh: '应为带时区的时间，例如 2024-05-01T08:30:00Z',
    en: 'must be a date-time with time zone such as 2024-05-01T08:30:00Z',
  },
  'file-name': {
    zh: '应为图案文件夹里的文件名，例如 artwork.svg（不能含路径或“..”）',
    en: 'must be a file name inside the motif folder such as artwork.svg (no folders, no "..")',
  },
  'hex-colour': { zh: '应为六位十六进制颜色，例如 #1B3A6B', en: 'must be a six-digit hex colour such as #1B3A6B' },
  sha256: { zh: '应为 64 位小写十六进制的 SHA-256 值', en: 'must be a SHA-256 value of 64 lowercase hex digits' },
  url: { zh: '应为完整网址，例如 https://example.org/page', en: 'must be a full web address such as https://example.org/page' },
  craft: {
    zh: '应为 embroidery（刺绣）、batik（蜡染）、silver（银饰），或其他小写英文工艺名，例如 brocade',
    en: 'must be embroidery, batik, silver, or another lowercase craft name such as brocade',
  },
};

const TYPE_ZH: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否（true 或 false）',
  array: '列表',
  object: '对象',
};

export function fieldPath(path: PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(record)';
}

function describe(i: RawIssue, field: string): Localized {
  const hint = FORMAT_HINTS[i.message];
  switch (i.code) {
    case 'custom':
      if (i.params && typeof i.params.zh === 'string' && typeof i.params.en === 'string') {
        return { zh: `“${field}”：${i.params.zh}`, en: `"${field}": ${i.params.en}` };
      }
      if (hint) return { zh: `“${field}”${hint.zh}。`, en: `"${field}" ${hint.en}.` };
      return { zh: `“${field}”的值不对。`, en: `"${field}" is not valid (${i.message}).` };
    case 'invalid_type':
      if (i.input === undefined) {
        return { zh: `缺少“${field}”，请填写这一项。`, en: `"${field}" is missing. Fill it in.` };
      }
      return {
        zh: `“${field}”的类型不对，应为${TYPE_ZH[i.expected ?? ''] ?? i.expected}。`,
        en: `"${field}" has the wrong type: expected ${i.expected === 'int' ? 'a whole number' : i.expected}.`,
      };
    case 'invalid_value': {
      const list = (i.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return { zh: `“${field}”应为以下之一：${list}。`, en: `"${field}" must be one of: ${list}.` };
    }
    case 'too_small':
      if (i.origin === 'string') return { zh: `“${field}”不能为空。`, en: `"${field}" must not be empty.` };
      if (i.origin === 'array' || i.origin === 'set') {
        return { zh: `“${field}”至少需要 ${i.minimum} 项。`, en: `"${field}" needs at least ${i.minimum} item(s).` };
      }
      return i.inclusive === false
        ? { zh: `“${field}”必须大于 ${i.minimum}。`, en: `"${field}" must be greater than ${i.minimum}.` }
        : { zh: `“${field}”不能小于 ${i.minimum}。`, en: `"${field}" must be at least ${i.minimum}.` };
    case 'too_big':
      if (i.origin === 'array') {
        return { zh: `“${field}”最多 ${i.maximum} 项。`, en: `"${field}" may have at most ${i.maximum} items.` };
      }
      return { zh: `“${field}”太大，最多为 ${i.maximum}。`, en: `"${field}" is too large: at most ${i.maximum}.` };
    case 'invalid_key':
      return { zh: `“${field}”中有不合规的文件名：${FORMAT_HINTS['file-name'].zh}。`, en: `"${field}" has a bad key: it ${FORMAT_HINTS['file-name'].en}.` };
    case 'invalid_union':
      if (field === 'craft') return { zh: `“craft”${FORMAT_HINTS.craft.zh}。`, en: `"craft" ${FORMAT_HINTS.craft.en}.` };
      return { zh: `“${field}”的值不对。`, en: `"${field}" is not valid.` };
    default:
      if (hint) return { zh: `“${field}”${hint.zh}。`, en: `"${field}" ${hint.en}.` };
      if (i.code === 'invalid_format') return { zh: `“${field}”的格式不对。`, en: `"${field}" has the wrong format (${i.message}).` };
      return { zh: `“${field}”的值不对。`, en: `"${field}" is not valid (${i.message}).` };
  }
}

export function formatMotifIssues(issues: readonly RawIssue[]): Issue[] {
  return issues.map((i) => {
    const field = fieldPath(i.path);
    return { field, code: `motif.${i.code}`, severity: 'error', message: describe(i, field) };
  });
}
