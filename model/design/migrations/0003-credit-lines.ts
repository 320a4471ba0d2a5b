import type { MigrationStep } from './types';

/**
 * Version 2 only remembered which text element was the credit block
 * (`creditBlockId`). Version 3 also keeps the credit lines the placed motifs require, so
 * the composer can protect the block without asking the library. Old documents start
 * with no lines; the composer fills them from the library (syncCredits) after opening.
 */
export const step0003: MigrationStep = {
  version: 3,
  name: 'credits record: block id plus required credit lines',
  up(doc) {
    const { creditBlockId, ...rest } = doc;
    const blockId = typeof creditBlockId === 'string' && creditBlockId !== '' ? creditBlockId : null;
    return { ...rest, schemaVersion: 3, credits: { blockId, lines: [] } };
  },
};
