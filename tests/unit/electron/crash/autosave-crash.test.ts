import { describe, it } from 'vitest';

describe('crash safety: autosave burst', () => {
  // TODO(issue 7): the designs service (autosave) does not exist yet. When it lands: spawn a
  // process that autosaves one design many times a second, SIGKILL it mid-burst, then check
  // with doctor that the database is whole and the design opens at one of the saved versions.
  it.skip('a killed autosave burst leaves the last complete version of the design (needs the designs service)', () => {});
});
