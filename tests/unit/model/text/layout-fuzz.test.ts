import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advanceMm, layoutText } from '../../../../model/text/layout';
import { EM10_PT, syntheticMetrics } from './synthetic-metrics';

const alphabet = Array.from('苗绣银饰蜡染蝴蝶，。、：；！？（）「」《》……abcXYZ0123-  \n');
const textArb = fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }).map((a) => a.join(''));
const metrics = syntheticMetrics({ verticalForms: true });

describe('layout on random text', () => {
  it('keeps lines inside the box, loses no characters and is deterministic', () => {
    fc.assert(
      fc.property(textArb, fc.double({ min: 10, max: 120, noNaN: true }), fc.constantFrom('start', 'center', 'end', 'justify' as const), (text, widthMm, align) => {
        const opts = { metrics, sizePt: EM10_PT, lineHeight: 1.3, widthMm, align };
        const r = layoutText(text, opts);
        expect(layoutText(text, { ...opts })).toEqual(r);
        for (const l of r.lines) {
          // measured again from the metrics, independent of the reported width
          expect(advanceMm(metrics, l.text, EM10_PT)).toBeLessThanOrEqual(widthMm + 1e-6);
          expect(l.x).toBeGreaterThanOrEqual(-1e-6);
          expect(l.x + l.widthMm).toBeLessThanOrEqual(widthMm + 1e-6);
        }
        const strip = (s: string) => s.replace(/[ \n\r]/g, '');
        expect(strip(r.lines.map((l) => l.text).join(''))).toBe(strip(text));
        expect(strip(r.runs.map((x) => x.text).join(''))).toBe(strip(text));
        expect(r.overflow).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('vertical columns stay inside the column length and keep every cell', () => {
    fc.assert(
      fc.property(textArb, fc.double({ min: 10, max: 80, noNaN: true }), (text, heightMm) => {
        const r = layoutText(text, { metrics, sizePt: EM10_PT, lineHeight: 1.2, widthMm: 10000, heightMm, direction: 'vertical' });
        for (const l of r.lines) expect(l.widthMm).toBeLessThanOrEqual(heightMm + 1e-6);
        const xs = r.lines.map((l) => l.x);
        for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeLessThan(xs[i - 1]);
        expect(r.lines.map((l) => l.text).join('').replace(/[ \n]/g, '')).toBe(text.replace(/[ \n]/g, ''));
      }),
      { numRuns: 150 },
    );
  });
});
