import { describe, expect, it } from 'vitest';
import { ElementSchema, gtinCheckDigitOk } from '../../../../model/design/schema';
import { emptyDesign, shape } from './helpers';
import { DesignSchema } from '../../../../model/design/schema';

/** EAN/GTIN check digit written out from the GS1 rule: weights 3,1,3,... from the right. */
function checkDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const fromRight = body.length - i; // 1 for the digit next to the check digit
    sum += Number(body[i]) * (fromRight % 2 === 1 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

describe('design schema', () => {
  it('accepts GTINs whose check digit is right and refuses a wrong one', () => {
    for (const body of ['690123456789', '952123454321', '0000000', '1234567890123']) {
      const good = body + checkDigit(body);
      expect(gtinCheckDigitOk(good)).toBe(true);
      expect(gtinCheckDigitOk(body + ((checkDigit(body) + 1) % 10))).toBe(false);
    }
    // the two worked examples in the domain notes
    expect(gtinCheckDigitOk('6901234567892')).toBe(true);
    expect(gtinCheckDigitOk('9521234543213')).toBe(true);
    expect(gtinCheckDigitOk('12345')).toBe(false);
  });

  it('takes a barcode with an empty GTIN (filled from the product) but not a bad one', () => {
    const bc = { ...shape('b'), kind: 'barcode', gtin: '', magnification: 1 } as unknown;
    expect(ElementSchema.safeParse(bc).success).toBe(true);
    expect(ElementSchema.safeParse({ ...(bc as object), gtin: '6901234567891' }).success).toBe(false);
    expect(ElementSchema.safeParse({ ...(bc as object), magnification: 2.5 }).success).toBe(false);
  });

  it('keeps colour references of all three sorts and refuses out-of-range ink', () => {
    for (const fill of [{ brand: '靛蓝' }, { cmyk: { c: 100, m: 60, y: 0, k: 20 } }, { spot: { name: 'Silver', tint: 0.5 } }]) {
      const parsed = ElementSchema.parse(shape('s', {}, { fill }));
      expect(parsed.kind === 'shape' && parsed.fill).toEqual(fill);
    }
    expect(ElementSchema.safeParse(shape('s', {}, { fill: { cmyk: { c: 120, m: 0, y: 0, k: 0 } } })).success).toBe(false);
    expect(ElementSchema.safeParse(shape('s', {}, { fill: { spot: { name: 'Silver', tint: 2 } } })).success).toBe(false);
  });

  it('makes a new design that is valid and empty', () => {
    const doc = emptyDesign(['front', 'back']);
    expect(DesignSchema.parse(doc)).toEqual(doc);
    expect(doc.pages.map((p) => p.name)).toEqual(['front', 'back']);
    expect(doc.credits).toEqual({ blockId: null, lines: [] });
  });
});
