import { describe, expect, it } from 'vitest';
import { encodeSegment, gs1DigitalLink, toGtin14 } from '../../../../model/barcode/digital-link';
import { StudioError } from '../../../../model/localized';

describe('gs1DigitalLink', () => {
  it('reproduces the GS1 example URI', () => {
    expect(gs1DigitalLink({ domain: 'id.gs1.org', gtin: '9521234543213', batch: 'ABC123', serial: '12345' })).toBe(
      'https://id.gs1.org/01/09521234543213/10/ABC123/21/12345',
    );
  });
  it('keeps qualifier order 22, 10, 21 and puts expiry in the query as YYMMDD', () => {
    const uri = gs1DigitalLink({
      domain: 'https://trace.example.cn/p/',
      gtin: '6990000000015',
      serial: 'S1',
      batch: '20261128',
      variant: '2',
      expiry: '2028-05-31',
    });
    expect(uri).toBe('https://trace.example.cn/p/01/06990000000015/22/2/10/20261128/21/S1?17=280531');
  });
  it('percent-encodes characters that are not unreserved', () => {
    expect(encodeSegment('A/B C')).toBe('A%2FB%20C');
    expect(gs1DigitalLink({ domain: 'id.gs1.org', gtin: '6990000000015', batch: 'LOT%1/2' })).toBe(
      'https://id.gs1.org/01/06990000000015/10/LOT%251%2F2',
    );
    // '#' is outside the GS1 character set 82, so it cannot be a batch at all
    expect(() => gs1DigitalLink({ domain: 'id.gs1.org', gtin: '6990000000015', batch: 'LOT#1' })).toThrow(StudioError);
  });
  it('pads GTIN-8/12/13 to 14 digits and rejects a bad check digit', () => {
    expect(toGtin14('96385074')).toBe('00000096385074');
    expect(toGtin14('036000291452')).toBe('00036000291452');
    expect(() => toGtin14('6990000000016')).toThrow(StudioError);
    expect(() => toGtin14('123')).toThrow(/8, 12, 13 or 14/);
  });
  it('rejects Chinese batch text, overlong values, invalid dates and domains', () => {
    expect(() => gs1DigitalLink({ domain: 'id.gs1.org', gtin: '6990000000015', batch: '第一批' })).toThrow(StudioError);
    expect(() => gs1DigitalLink({ domain: 'id.gs1.org', gtin: '6990000000015', serial: 'x'.repeat(21) })).toThrow(StudioError);
    expect(() => gs1DigitalLink({ domain: 'id.gs1.org', gtin: '6990000000015', expiry: '2027-02-30' })).toThrow(/real date/);
    expect(() => gs1DigitalLink({ domain: 'localhost', gtin: '6990000000015' })).toThrow(StudioError);
  });
});
