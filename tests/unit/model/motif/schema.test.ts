import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import { parseMotifRecord, validateMotifRecord } from '../../../../model/motif/schema';
import { validRecordJson } from './helpers';

type Json = Record<string, any>;

/** Apply a change to a fresh valid record and return the StudioError parseMotifRecord throws. */
function errorFor(change: (r: Json) => void): StudioError {
  const r = validRecordJson() as Json;
  change(r);
  try {
    parseMotifRecord(r);
  } catch (e) {
    expect(e).toBeInstanceOf(StudioError);
    return e as StudioError;
  }
  throw new Error('expected parseMotifRecord to throw');
}

describe('parseMotifRecord', () => {
  it('accepts a complete record, as an object and as JSON text', () => {
    const r = validRecordJson();
    expect(parseMotifRecord(r).slug).toBe('test-butterfly');
    expect(parseMotifRecord(JSON.stringify(r)).origin.holders[1].heritageLevel?.verified).toBe(true);
  });

  it('accepts a craft beyond the three known ones when it is a plain lowercase name', () => {
    expect(parseMotifRecord({ ...validRecordJson(), craft: 'horsetail-embroidery' }).craft).toBe('horsetail-embroidery');
  });

  it('refuses text that is not JSON with its own code', () => {
    expect(() => parseMotifRecord('{"id": ')).toThrowError(expect.objectContaining({ code: 'motif.bad-json' }));
  });

  const cases: [string, (r: Json) => void, string][] = [
    ['missing Chinese name', (r) => delete r.names.zh, 'names.zh'],
    ['empty English summary', (r) => (r.summary.en = '  '), 'summary.en'],
    ['bad uuid', (r) => (r.id = 'not-a-uuid'), 'id'],
    ['slug with capitals and spaces', (r) => (r.slug = 'Test Butterfly'), 'slug'],
    ['version zero', (r) => (r.version = 0), 'version'],
    ['version not an integer', (r) => (r.version = 1.5), 'version'],
    ['updatedAt without time zone', (r) => (r.updatedAt = '2025-04-02 10:00'), 'updatedAt'],
    ['unknown label', (r) => (r.usageLabel = 'public-domain'), 'usageLabel'],
    ['craft with bad characters', (r) => (r.craft = 'Brocade!'), 'craft'],
    ['holder kind', (r) => (r.origin.holders[0].kind = 'family'), 'origin.holders[0].kind'],
    ['heritage level without verified flag', (r) => delete r.origin.holders[1].heritageLevel.verified, 'origin.holders[1].heritageLevel.verified'],
    ['impossible calendar date', (r) => (r.custodyEvents[0].date = '2024-02-30'), 'custodyEvents[0].date'],
    ['custody event kind', (r) => (r.custodyEvents[0].kind = 'bought'), 'custodyEvents[0].kind'],
    ['no custody events', (r) => (r.custodyEvents = []), 'custodyEvents'],
    ['consent status', (r) => (r.consent.status = 'maybe'), 'consent.status'],
    ['consent scope missing', (r) => delete r.consent.scope, 'consent.scope'],
    ['evidence file with a path', (r) => (r.consent.evidenceFile = '../../etc/passwd'), 'consent.evidenceFile'],
    ['vector file with a folder', (r) => (r.artwork.vector = 'art/artwork.svg'), 'artwork.vector'],
    ['short checksum', (r) => (r.artwork.sha256['artwork.svg'] = 'abc'), 'artwork.sha256.artwork.svg'],
    ['checksum missing for a raster', (r) => delete r.artwork.sha256['scan.png'], 'artwork.sha256.scan.png'],
    ['palette colour not hex', (r) => (r.artwork.palette = ['red']), 'artwork.palette[0]'],
    ['minimum print size zero', (r) => (r.artwork.minPrintMm = 0), 'artwork.minPrintMm'],
    ['ritual as text', (r) => (r.ritual = 'no'), 'ritual'],
    ['source url not a url', (r) => (r.sources[0].url = 'field notes'), 'sources[0].url'],
    ['attribution label without credit line', (r) => delete r.creditLine, 'creditLine'],
    ['withdrawn without reason', (r) => (r.status = 'withdrawn'), 'withdrawnReason'],
    // who approved is no longer a name in the record but a signature (model/trust): a malformed one is refused
    ['signature without its statement', (r) => (r.signatures = [{ publicKey: 'x'.repeat(43), signature: 'y'.repeat(86) }]), 'signatures[0].statement'],
    ['signature with a short public key', (r) => (r.signatures = [{ statement: {}, publicKey: 'x', signature: 'y'.repeat(86) }]), 'signatures[0]'],
  ];

  it.each(cases)('rejects %s, naming the field in both languages', (_name, change, field) => {
    const e = errorFor(change);
    expect(e.code).toBe('motif.invalid');
    expect(e.localized.zh).toContain(field);
    expect(e.localized.en).toContain(field);
    // Chinese first and plain: the zh text must really be Chinese, not the English copy
    expect(e.localized.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.localized.zh).not.toBe(e.localized.en);
  });

  it('says what a valid value looks like for format errors', () => {
    expect(errorFor((r) => (r.id = 'x')).localized.en).toMatch(/UUID such as/);
    expect(errorFor((r) => (r.custodyEvents[0].date = '2024-13-01')).localized.en).toMatch(/2024-05-01/);
    expect(errorFor((r) => (r.usageLabel = 'free')).localized.en).toContain('"open-commercial"');
  });

  it('tells a missing field from a wrong type', () => {
    expect(errorFor((r) => delete r.slug).localized.en).toBe('"slug" is missing. Fill it in.');
    expect(errorFor((r) => (r.ritual = 1)).localized.en).toMatch(/wrong type: expected boolean/);
  });

  it('reports every problem as an Issue, and counts the rest in the thrown message', () => {
    const r = validRecordJson() as Json;
    r.id = 'nope';
    r.slug = 'Nope';
    delete r.names.en;
    const v = validateMotifRecord(r);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.issues.map((i) => i.field).sort()).toEqual(['id', 'names.en', 'slug']);
    expect(v.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(() => parseMotifRecord(r)).toThrowError(/and 2 more problems/);
  });

  it('does not require a credit line for open or secret/sacred labels', () => {
    for (const usageLabel of ['open-commercial', 'secret-sacred']) {
      const r = { ...validRecordJson(), usageLabel } as Json;
      delete r.creditLine;
      expect(() => parseMotifRecord(r)).not.toThrow();
    }
  });
});
