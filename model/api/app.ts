import { z } from 'zod';
import { defineCall, BODY_LIMITS } from './define';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  runtime: z.enum(['electron', 'browser', 'cli']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const settingsSchema = z.object({
  language: z.enum(['zh-CN', 'en']),
  /** the user has seen the guided first-design path */
  guidedPathDone: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const appCalls = {
  'app.info': defineCall(z.object({}).strict(), appInfoSchema, 'Name, version, database schema version and data directory.'),
  'settings.get': defineCall(z.object({}).strict(), settingsSchema, 'All user settings (stored in SQLite).'),
  'settings.update': defineCall(settingsSchema.partial().strict(), settingsSchema, 'Change some settings; returns all settings.', { maxBodyBytes: BODY_LIMITS.document }),
};
