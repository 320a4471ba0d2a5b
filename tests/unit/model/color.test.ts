import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cmykToRgb, hexToRgb, normalizeHex, parseCssColor, printColorToCss, rgbToCmyk, rgbToHex, totalInk } from '../../../model/color';
import { StudioError } from '../../../model/localized';

describe('colour parsing', () => {
  it('reads hex in short and long form', () => {
    expect(hexToRgb('#1a3C8f')).toEqual({ r: 26, g: 60, b: 143 });
    expect(hexToRgb('#f0a')).toEqual({ r: 255, g: 0, b: 170 });
    expect(normalizeHex(' #ABC ')).toBe('#aabbcc');
  });

  it('refuses malformed hex with a bilingual message', () => {
    for (const bad of ['123456', '#12345', '#ggg', '', '#1234567']) {
      try {
        hexToRgb(bad);
        throw new Error(`accepted ${bad}`);
      } catch (e) {
        expect(e).toBeInstanceOf(StudioError);
        expect((e as StudioError).code).toBe('color.bad-hex');
        expect((e as StudioError).localized.zh).toContain('#1a3c8f');
      }
    }
  });

  it('reads rgb()/rgba() in comma and space syntax, percentages and names', () => {
    expect(parseCssColor('rgb(255, 0, 10)')).toEqual({ r: 255, g: 0, b: 10, a: 1 });
    expect(parseCssColor('rgba(0,0,0,0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseCssColor('rgb(100% 50% 0% / 25%)')).toEqual({ r: 255, g: 128, b: 0, a: 0.25 });
    expect(parseCssColor('Navy')).toEqual({ r: 0, g: 0, b: 128, a: 1 });
    expect(parseCssColor('#11223380')).toEqual({ r: 17, g: 34, b: 51, a: 128 / 255 });
    for (const bad of ['none', 'currentColor', 'url(#a)', 'rgb(1,2)', 'hsl(0,0%,0%)', 'blurple']) expect(parseCssColor(bad)).toBeNull();
  });
});

describe('colour conversion', () => {
  it('converts the primaries as the naive formula says', () => {
    expect(rgbToCmyk({ r: 0, g: 0, b: 0 })).toEqual({ c: 0, m: 0, y: 0, k: 100 });
    expect(rgbToCmyk({ r: 255, g: 255, b: 255 })).toEqual({ c: 0, m: 0, y: 0, k: 0 });
    expect(rgbToCmyk({ r: 255, g: 0, b: 0 })).toEqual({ c: 0, m: 100, y: 100, k: 0 });
    // #1a3c8f: max = 143/255, K = 1 - 0.5608 = 43.9%; C = (143-26)/143 = 81.8%; M = (143-60)/143 = 58.0%
    expect(rgbToCmyk(hexToRgb('#1a3c8f'))).toEqual({ c: 81.8, m: 58, y: 0, k: 43.9 });
  });

  it('round-trips sRGB through CMYK for preview within rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (r, g, b) => {
        const back = cmykToRgb(rgbToCmyk({ r, g, b }));
        expect(Math.abs(back.r - r)).toBeLessThanOrEqual(1);
        expect(Math.abs(back.g - g)).toBeLessThanOrEqual(1);
        expect(Math.abs(back.b - b)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('previews spot colours through their alternate and tint, and sums ink', () => {
    const silver = { kind: 'spot' as const, name: 'Silver', tint: 0.5, alternate: { c: 0, m: 0, y: 0, k: 60 } };
    // a spot previews as its alternate at the tint: 60 % K at half tint is 30 % K
    expect(printColorToCss(silver)).toBe(printColorToCss({ kind: 'cmyk', c: 0, m: 0, y: 0, k: 30 }));
    // through the output profile, not the naive formula: process cyan is no screen #00ffff, and
    // paper stays white (tests/unit/model/cmyk-preview.test.ts measures the profile itself)
    expect(printColorToCss({ kind: 'cmyk', c: 100, m: 0, y: 0, k: 0 })).not.toBe('#00ffff');
    expect(printColorToCss({ kind: 'cmyk', c: 0, m: 0, y: 0, k: 0 })).toBe('#ffffff');
    expect(totalInk({ c: 100, m: 90, y: 80, k: 70 })).toBe(340);
    expect(rgbToHex({ r: 300, g: -4, b: 15.6 })).toBe('#ff0010');
  });
});
