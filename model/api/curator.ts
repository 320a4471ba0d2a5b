import { z } from 'zod';
import { defineCall } from './define';

export const curatorStatusSchema = z.object({
  /** no curator exists yet: the first one sets a passphrase */
  needsSetup: z.boolean(),
  curators: z.array(z.string()),
  active: z.string().nullable(),
  /** fingerprint of the active curator's signing key */
  fingerprint: z.string().nullable(),
  /** the active curator holds the studio's steward key (can add curators, export the trust file) */
  holdsStudioKey: z.boolean(),
});
export type CuratorStatus = z.infer<typeof curatorStatusSchema>;

const name = z.string().trim().min(1).max(60);
const passphrase = z.string().min(8).max(200);

export const curatorCalls = {
  'curator.status': defineCall(z.object({}).strict(), curatorStatusSchema, 'Who may curate, and who is in curator mode now.'),
  'curator.setup': defineCall(z.object({ name, passphrase }).strict(), curatorStatusSchema, 'Create the first curator (only when none exists) and enter curator mode.'),
  'curator.add': defineCall(z.object({ name, passphrase }).strict(), curatorStatusSchema, 'An active curator adds another curator (needed for the two-person rule).'),
  'curator.unlock': defineCall(z.object({ name, passphrase: z.string().min(1).max(200) }).strict(), curatorStatusSchema, 'Enter curator mode with name and passphrase (attempts are rate-limited).'),
  'curator.lock': defineCall(z.object({}).strict(), curatorStatusSchema, 'Leave curator mode.'),
};
