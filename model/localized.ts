/**
 * Every message a person may read is carried in both UI languages at once, so that
 * errors raised deep in model/ or electron/services/ reach the CLI, the HTTP twin and the
 * renderer already translated, with no lookup table to keep in sync across processes.
 */
export interface Localized {
  zh: string;
  en: string;
}

export type Lang = 'zh-CN' | 'en';

export function pick(text: Localized, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** One finding about a piece of user data: a form field, a file, a design element. */
export interface Issue {
  /** dotted path of the field or place the finding is about, e.g. "product.ean13" */
  field: string;
  code: string;
  severity: 'error' | 'warning';
  message: Localized;
}

export function issue(field: string, code: string, severity: Issue['severity'], zh: string, en: string): Issue {
  return { field, code, severity, message: { zh, en } };
}

/**
 * An error the user caused or can fix. `code` is stable (tests and the renderer match on
 * it); `message` says in plain words what went wrong and what to do next.
 */
export class StudioError extends Error {
  readonly code: string;
  readonly localized: Localized;
  readonly details?: unknown;

  constructor(code: string, message: Localized, details?: unknown) {
    super(message.en);
    this.name = 'StudioError';
    this.code = code;
    this.localized = message;
    this.details = details;
  }
}

export function studioError(code: string, zh: string, en: string, details?: unknown): StudioError {
  return new StudioError(code, { zh, en }, details);
}
