import { describe, expect, it } from 'vitest';
import bwipjs from 'bwip-js/node';
import { ean13Bars, ean13PathNode, ean13TextNode } from '../../../../model/barcode/ean13';
import { gs1CheckDigit, hasValidGs1CheckDigit } from '../../../../model/barcode/gs1-check-digit';
import { StudioError } from '../../../../model/localized';

/** Hand-rolled check digit for the test: weights 1,3,1,3... from the left over 12 digits. */
function checkDigitByHand(body12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

// Independent decoder tables, written as element widths (space,bar,space,bar) of set A.
const L_WIDTHS = ['3211', '2221', '2122', '1411', '1132', '1231', '1114', '1312', '1213', '3112'];
const G_WIDTHS = L_WIDTHS.map((w) => w.split('').reverse().join(''));
const FIRST_DIGIT_BY_PARITY: Record<string, number> = {
  LLLLLL: 0, LLGLGG: 1, LLGGLG: 2, LLGGGL: 3, LGLLGG: 4, LGGLLG: 5, LGGGLL: 6, LGLGLG: 7, LGLGGL: 8, LGGLGL: 9,
};

/** Read the bars back as a scanner would: measure run widths in modules and look digits up. */
function decode(geom: ReturnType<typeof ean13Bars>): string {
  const X = geom.moduleMm;
  // rebuild a module bitmap from the bar rectangles by sampling module centres
  const modules: number[] = [];
  for (let m = 0; m < 95; m++) {
    const cx = geom.quietZoneLeftMm + (m + 0.5) * X;
    modules.push(geom.bars.some((b) => cx >= b.x && cx <= b.x + b.width) ? 1 : 0);
  }
  const runs = (slice: number[]) => {
    const out: number[] = [];
    let count = 1;
    for (let i = 1; i <= slice.length; i++) {
      if (i < slice.length && slice[i] === slice[i - 1]) count++;
      else (out.push(count), (count = 1));
    }
    return out.join('');
  };
  expect(modules.slice(0, 3).join('')).toBe('101');
  expect(modules.slice(45, 50).join('')).toBe('01010');
  expect(modules.slice(92).join('')).toBe('101');
  let parity = '';
  let left = '';
  for (let d = 0; d < 6; d++) {
    const chunk = modules.slice(3 + 7 * d, 10 + 7 * d);
    expect(chunk[0]).toBe(0); // left-half digits start with a space
    const w = runs(chunk);
    if (L_WIDTHS.includes(w)) (parity += 'L', (left += L_WIDTHS.indexOf(w)));
    else if (G_WIDTHS.includes(w)) (parity += 'G', (left += G_WIDTHS.indexOf(w)));
    else throw new Error(`undecodable left digit ${d}: ${chunk.join('')}`);
  }
  let right = '';
  for (let d = 0; d < 6; d++) {
    const chunk = modules.slice(50 + 7 * d, 57 + 7 * d);
    expect(chunk[0]).toBe(1); // right-half digits start with a bar
    right += L_WIDTHS.indexOf(runs(chunk));
  }
  return `${FIRST_DIGIT_BY_PARITY[parity]}${left}${right}`;
}

describe('GS1 check digit', () => {
  it('matches the worked examples', () => {
    expect(gs1CheckDigit('690123456789')).toBe(2);
    expect(gs1CheckDigit('952123454321')).toBe(3);
    expect(hasValidGs1CheckDigit('6901234567892')).toBe(true);
    expect(hasValidGs1CheckDigit('6901234567893')).toBe(false);
    // padded GTIN-14 keeps the same check digit
    expect(hasValidGs1CheckDigit('09521234543213')).toBe(true);
  });
  it('agrees with a hand-rolled left-weighted implementation on many codes', () => {
    for (let n = 0; n < 500; n++) {
      const body = String(690_000_000_000 + n * 7919 * 13).slice(0, 12);
      expect(gs1CheckDigit(body)).toBe(checkDigitByHand(body));
    }
  });
});

describe('ean13Bars', () => {
  it('is 37.29 x 25.93 mm at 100 % with 11/7-module quiet zones', () => {
    const g = ean13Bars('6901234567892');
    expect(g.moduleMm).toBeCloseTo(0.33, 10);
    expect(g.widthMm).toBeCloseTo(37.29, 10);
    expect(g.heightMm).toBeCloseTo(25.93, 10);
    expect(g.quietZoneLeftMm).toBeCloseTo(3.63, 10);
    expect(g.quietZoneRightMm).toBeCloseTo(2.31, 10);
    const first = g.bars[0];
    const last = g.bars[g.bars.length - 1];
    expect(first.x).toBeCloseTo(3.63, 10);
    expect(g.widthMm - (last.x + last.width)).toBeCloseTo(2.31, 10);
    // 30 bars in an EAN-13 (2+2+2 guard bars + 2 per digit * 12)
    expect(g.bars).toHaveLength(30);
    expect(g.bars.filter((b) => b.guard)).toHaveLength(6);
    expect(g.bars.find((b) => b.guard)!.height).toBeCloseTo(22.85 + 5 * 0.33, 10);
    expect(g.bars.find((b) => !b.guard)!.height).toBeCloseTo(22.85, 10);
    // every bar width is a whole number of modules (1..4)
    for (const b of g.bars) {
      const modules = b.width / g.moduleMm;
      expect(Math.abs(modules - Math.round(modules))).toBeLessThan(1e-9);
      expect(Math.round(modules)).toBeGreaterThanOrEqual(1);
      expect(Math.round(modules)).toBeLessThanOrEqual(4);
    }
  });

  it('scales proportionally at 80 %', () => {
    const g = ean13Bars('6901234567892', { magnification: 0.8 });
    expect(g.moduleMm).toBeCloseTo(0.264, 10);
    expect(g.widthMm).toBeCloseTo(37.29 * 0.8, 10);
    expect(g.heightMm).toBeCloseTo(25.93 * 0.8, 10);
    expect(g.quietZoneLeftMm).toBeCloseTo(11 * 0.264, 10);
    expect(g.quietZoneRightMm).toBeCloseTo(7 * 0.264, 10);
    expect(g.widthMm / g.heightMm).toBeCloseTo(37.29 / 25.93, 10);
  });

  it('refuses magnification outside 80-200 %', () => {
    expect(() => ean13Bars('6901234567892', { magnification: 0.79 })).toThrow(StudioError);
    expect(() => ean13Bars('6901234567892', { magnification: 2.01 })).toThrow(/80%/);
    expect(() => ean13Bars('6901234567892', { magnification: 2 })).not.toThrow();
  });

  it('appends the check digit to 12 digits and rejects a wrong one', () => {
    expect(ean13Bars('952123454321').code).toBe('9521234543213');
    try {
      ean13Bars('9521234543210');
      expect.unreachable();
    } catch (e) {
      expect((e as StudioError).code).toBe('barcode.ean13.check');
      expect((e as StudioError).localized.zh).toContain('3');
    }
    expect(() => ean13Bars('69012345678')).toThrow(/13 digits/);
  });

  it('decodes back to the same digits for every leading digit', () => {
    for (let first = 0; first <= 9; first++) {
      const body = `${first}${String(first * 98765432109 + 12345).padStart(11, '0').slice(-11)}`;
      const code = body + checkDigitByHand(body);
      expect(decode(ean13Bars(code))).toBe(code);
    }
    expect(decode(ean13Bars('6990000000015', { magnification: 0.8 }))).toBe('6990000000015');
  });

  it('matches bwip-js (an independent encoder) bar for bar', () => {
    for (const code of ['6901234567892', '9521234543213', '6990000000015', '4006381333931']) {
      const [raw] = bwipjs.raw('ean13', code, '') as unknown as { sbs: number[] }[];
      const g = ean13Bars(code);
      // sbs alternates bar, space, bar... starting with the first guard bar
      const widths: number[] = [];
      g.bars.forEach((b, i) => {
        widths.push(Math.round(b.width / g.moduleMm));
        const next = g.bars[i + 1];
        if (next) widths.push(Math.round((next.x - b.x - b.width) / g.moduleMm));
      });
      expect(widths).toEqual(raw.sbs);
    }
  });

  it('bar width reduction narrows bars around their centres', () => {
    const plain = ean13Bars('6901234567892');
    const reduced = ean13Bars('6901234567892', { barWidthReductionMm: 0.03 });
    plain.bars.forEach((b, i) => {
      expect(reduced.bars[i].width).toBeCloseTo(b.width - 0.03, 10);
      expect(reduced.bars[i].x + reduced.bars[i].width / 2).toBeCloseTo(b.x + b.width / 2, 10);
    });
    expect(() => ean13Bars('6901234567892', { barWidthReductionMm: 0.2 })).toThrow(StudioError);
  });

  it('builds scene nodes: one rectangle per bar and 13 digits under the bars', () => {
    const g = ean13Bars('6901234567892');
    expect(g.pathNode.d).toEqual(ean13PathNode(g).d);
    const path = ean13PathNode(g, 10, 20);
    expect(path.type).toBe('path');
    expect(path.d.filter((c) => c[0] === 'M')).toHaveLength(30);
    const firstMove = path.d[0] as ['M', number, number];
    expect(firstMove[1]).toBeCloseTo(10 + 3.63, 10);
    expect(firstMove[2]).toBe(20);
    const text = ean13TextNode(g, 'ocrb', 10, 20);
    expect(text.runs.map((r) => r.text).join('')).toBe('6901234567892');
    for (const run of text.runs) {
      expect(run.y).toBeCloseTo(20 + 25.93, 10);
      expect(run.x).toBeGreaterThanOrEqual(10);
      expect(run.x).toBeLessThan(10 + 37.29);
    }
    // the leading digit sits inside the left quiet zone
    expect(g.digits[0].centerX).toBeLessThan(g.quietZoneLeftMm);
  });
});
