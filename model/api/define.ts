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
}

export function defineCall<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: string,
): CallSpec<I, O> {
  return { input, output, summary };
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
