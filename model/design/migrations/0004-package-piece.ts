import type { MigrationStep } from './types';

/**
 * Version 4 lets a design declare itself one piece of its product's package
 * (`package: { name, piece }`), so GB 7718 items are checked over the whole package. Older
 * designs declared nothing: each stays a package on its own, which is what "no package field"
 * means, so the step only moves the version (a stray `package` value from a hand-edited file is
 * dropped rather than trusted).
 */
export const step0004: MigrationStep = {
  version: 4,
  name: 'optional package piece (front label, back label, box, hang tag)',
  up(doc) {
    const { package: _dropped, ...rest } = doc;
    return { ...rest, schemaVersion: 4 };
  },
};
