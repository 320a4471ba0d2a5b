import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import type { PathCommand } from '../../../../model/scene';
import { parsePathData } from '../../../../model/svg/path-data';

function close(actual: PathCommand[], expected: PathCommand[]): void {
  expect(actual.map((c) => c[0])).toEqual(expected.map((c) => c[0]));
  actual.forEach((cmd, i) => {
    for (let j = 1; j < cmd.length; j++) expect(cmd[j] as number).toBeCloseTo(expected[i][j] as number, 9);
  });
}

/** Point on a cubic at parameter t (de Casteljau by the Bernstein form). */
function cubicAt(p0: [number, number], c: PathCommand, t: number): [number, number] {
  const [, x1, y1, x2, y2, x, y] = c as ['C', number, number, number, number, number, number];
  const u = 1 - t;
  return [
    u * u * u * p0[0] + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
    u * u * u * p0[1] + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y,
  ];
}

/** Every sampled point of the arc's cubics lies on the circle within 0.03% of the radius. */
function expectOnCircle(d: PathCommand[], cx: number, cy: number, r: number): void {
  let p: [number, number] = [d[0][1] as number, d[0][2] as number];
  for (const c of d.slice(1)) {
    expect(c[0]).toBe('C');
    for (let t = 0; t <= 1; t += 0.125) {
      const [x, y] = cubicAt(p, c, t);
      expect(Math.abs(Math.hypot(x - cx, y - cy) - r)).toBeLessThan(r * 3e-4);
    }
    p = [c[5] as number, c[6] as number];
  }
}

function code(d: string): string {
  try {
    parsePathData(d);
  } catch (e) {
    expect(e).toBeInstanceOf(StudioError);
    return (e as StudioError).code;
  }
  return 'no error';
}

describe('parsePathData', () => {
  it('makes relative commands absolute, including H/V and Z', () => {
    close(parsePathData('m10 20 l5 5 h10 v-5 z'), [['M', 10, 20], ['L', 15, 25], ['L', 25, 25], ['L', 25, 20], ['Z']]);
    close(parsePathData('M10 20 H 0 V 0 L 3 4'), [['M', 10, 20], ['L', 0, 20], ['L', 0, 0], ['L', 3, 4]]);
  });

  it('treats extra pairs after a moveto as linetos (relative after m)', () => {
    close(parsePathData('M0 0 10 10 20 0'), [['M', 0, 0], ['L', 10, 10], ['L', 20, 0]]);
    close(parsePathData('m1 1 2 2 3 3'), [['M', 1, 1], ['L', 3, 3], ['L', 6, 6]]);
    close(parsePathData('M1,1 L2,2,3,3'), [['M', 1, 1], ['L', 2, 2], ['L', 3, 3]]);
  });

  it('reads every number the grammar allows, as JavaScript reads it, and refuses what is no number (random tokens)', () => {
    // the SVG number grammar, the reference the hand-written scanner must agree with
    const grammar = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
    let seed = 3;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const alphabet = '0123456789..+-eE';
    let valid = 0;
    for (let i = 0; i < 3000; i++) {
      const token = Array.from({ length: 1 + Math.floor(rnd() * 7) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      const m = grammar.exec(token);
      if (m && m[0] === token && !Number.isFinite(Number(token))) {
        expect(() => parsePathData(`M${token} 0`), token).toThrow(StudioError);
      } else if (m && m[0] === token) {
        valid++;
        // (+0 and -0 are one coordinate)
        const [command, x, y] = parsePathData(`M${token} 0`)[0] as [string, number, number];
        expect([command, x + 0, y], token).toEqual(['M', Number(token) + 0, 0]);
      } else if (!m) {
        expect(() => parsePathData(`M${token} 0`), token).toThrow(StudioError);
      }
    }
    expect(valid).toBeGreaterThan(200);
  });

  it('reads packed number formats', () => {
    close(parsePathData('M.5.5L1e1-2e-1'), [['M', 0.5, 0.5], ['L', 10, -0.2]]);
    close(parsePathData('M-1-1l+2.5-.5E1'), [['M', -1, -1], ['L', 1.5, -6]]);
  });

  it('continues a new subpath at the start point after Z', () => {
    close(parsePathData('M10 10 l10 0 l0 10 z l5 5'), [['M', 10, 10], ['L', 20, 10], ['L', 20, 20], ['Z'], ['M', 10, 10], ['L', 15, 15]]);
  });

  it('reflects the previous control point for S, and uses the current point when there is none', () => {
    // reflection of (20,10) about (20,20) is (20,30)
    close(parsePathData('M0 0 C10 0 20 10 20 20 S30 40 40 40'), [['M', 0, 0], ['C', 10, 0, 20, 10, 20, 20], ['C', 20, 30, 30, 40, 40, 40]]);
    close(parsePathData('M0 0 S10 10 20 0'), [['M', 0, 0], ['C', 0, 0, 10, 10, 20, 0]]);
    close(parsePathData('M0 0 s10 10 20 0 s10 10 20 0'), [['M', 0, 0], ['C', 0, 0, 10, 10, 20, 0], ['C', 30, -10, 30, 10, 40, 0]]);
  });

  it('converts quadratics exactly (controls at 2/3) and reflects for T', () => {
    // Q control (30,30) from (0,0) to (60,0): cubic controls (20,20) and (40,20)
    close(parsePathData('M0 0 Q30 30 60 0'), [['M', 0, 0], ['C', 20, 20, 40, 20, 60, 0]]);
    // T reflects (30,30) about (60,0) to (90,-30): controls (80,-20) and (100,-20)
    close(parsePathData('M0 0 Q30 30 60 0 T120 0'), [['M', 0, 0], ['C', 20, 20, 40, 20, 60, 0], ['C', 80, -20, 100, -20, 120, 0]]);
    close(parsePathData('M0 0 q30 30 60 0 t60 0'), parsePathData('M0 0 Q30 30 60 0 T120 0'));
  });

  it('draws a half circle as two quarter béziers with handle 4/3·tan(π/8)', () => {
    const k = (4 / 3) * Math.tan(Math.PI / 8) * 10; // 5.5228...
    const d = parsePathData('M0 0 A10 10 0 0 1 20 0');
    // sweep=1 runs through angle 3π/2 about the centre (10,0), i.e. the point (10,-10) (y down)
    close(d, [['M', 0, 0], ['C', 0, -k, 10 - k, -10, 10, -10], ['C', 10 + k, -10, 20, -k, 20, 0]]);
    expectOnCircle(d, 10, 0, 10);
    // flags packed without separators, relative endpoint
    close(parsePathData('M0 0a10 10 0 0120 0'), d);
  });

  it('picks the large arc with the right sweep', () => {
    // from (0,0) to (10,10), r=10: large+counter-sweep needs centre (0,10) and 270°
    const d = parsePathData('M0 0 A10 10 0 1 0 10 10');
    expect(d.length).toBe(4);
    expectOnCircle(d, 0, 10, 10);
    const ends = d.slice(1).map((c) => [c[5], c[6]] as [number, number]);
    [[-10, 10], [0, 20], [10, 10]].forEach(([x, y], i) => {
      expect(ends[i][0]).toBeCloseTo(x, 9);
      expect(ends[i][1]).toBeCloseTo(y, 9);
    });
  });

  it('scales radii up when too small, draws a line for zero radius, nothing for equal ends', () => {
    close(parsePathData('M0 0 A1 1 0 0 1 20 0'), parsePathData('M0 0 A10 10 0 0 1 20 0'));
    close(parsePathData('M0 0 A0 5 0 0 1 20 0'), [['M', 0, 0], ['L', 20, 0]]);
    close(parsePathData('M5 5 A3 3 0 0 1 5 5'), [['M', 5, 5]]);
    // rotation of a circle changes nothing
    close(parsePathData('M0 0 A10 10 45 0 1 20 0'), parsePathData('M0 0 A10 10 0 0 1 20 0'));
  });

  it('returns nothing for empty data', () => {
    expect(parsePathData('')).toEqual([]);
    expect(parsePathData('  \n ')).toEqual([]);
  });

  it('refuses bad data with svg.bad-path', () => {
    for (const bad of ['L10 10', 'M10', 'M0 0 X 1 1', 'M0 0 A1 1 0 2 1 5 5', 'M0 0 L1 1,', 'M0 0 L1 1 Z 5', 'M 1e 2', 'M0,,0', 'M0 0 C1 2 3']) {
      expect(code(bad), bad).toBe('svg.bad-path');
    }
  });
});
