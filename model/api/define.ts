import { z } from 'zod';
import type { Localized } from '../localized';

/**
 * One call of the StudioApi: its input and output schemas. Both transports (IPC and the
 * HTTP twin) parse the input with `input` before any service runs, so a service never
 * sees data that does not match its declared shape.
 */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** what the call does, for the HTTP index page and for contributors */
  summary: string;
  /**
   * The largest request body the HTTP twin reads for this call (bytes of JSON). Refused with
   * 413 by Content-Length before reading and while reading, so no call can make the server
   * buffer more than its own inputs need. Most calls carry ids and a few fields: kilobytes.
   */
  maxBodyBytes: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;

/** Body limits by what a call carries; base64 grows files by 4/3. */
export const BODY_LIMITS = {
  /** ids, names, flags, a short note */
  small: 64 * KiB,
  /** long id lists, a long text to measure */
  list: 256 * KiB,
  /** one document: a design, product facts, a brand kit, a record edit */
  document: 4 * MiB,
  /** a logo (10 MB file) */
  logo: 16 * MiB,
  /** files: photos, artwork, fonts, packs (the HTTP twin's ceiling) */
  upload: 64 * MiB,
} as const;

export function defineCall<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: string,
  limits: { maxBodyBytes?: number } = {},
): CallSpec<I, O> {
  return { input, output, summary, maxBodyBytes: limits.maxBodyBytes ?? BODY_LIMITS.small };
}

export const localizedSchema = z.object({ zh: z.string(), en: z.string() });

/** The error half of every call result, identical over IPC and HTTP. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: localizedSchema,
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema> & { message: Localized };

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Binary payloads cross the contract as base64 text: the HTTP transport cannot carry raw bytes. */
export const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
