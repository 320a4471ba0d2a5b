import fc from 'fast-check';
import { describe, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import { parsePathData } from '../../../../model/svg/path-data';
import { sanitizeSvg } from '../../../../model/svg/sanitize';
import { svgToScene } from '../../../../model/svg/to-scene';

/** Run fn; anything thrown must be a StudioError with a code and both languages. */
function onlyStudioErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof StudioError) || !e.code || !e.localized.zh || !e.localized.en) throw e;
  }
}

/** The full pipeline as import runs it: sanitize, then convert the clean text. */
function pipeline(text: string): void {
  const clean = sanitizeSvg(text);
  expectFinite(svgToScene(clean.svg));
}

/** No NaN or Infinity may reach the canvas or the PDF writer. */
function expectFinite(value: unknown): void {
  JSON.stringify(value, (_k, v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`non-finite number in output: ${JSON.stringify(value).slice(0, 300)}`);
    return v;
  });
}

// Pieces of SVG syntax, so random input reaches deep into the parser and converter.
const TOKENS = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">', '<svg width="5mm" height="5">', '</svg>', '<g>', '</g>', '<g transform="', 'rotate(30 1 1)', 'scale(', ')',
  '<path d="', 'M0 0', 'L', 'A1 1 0 0 1', 'q', 'S', 'z', '1', '-2.5', 'e3', ',', '"/>', '"', '>', '/>', '<', ' ', '<rect width="2" height="', '<circle r="',
  '<use href="#', '<use xlink:href="#a"/>', 'id="a"', ' id="', '<defs>', '</defs>', '<clipPath id="c">', '</clipPath>', 'clip-path="url(#c)"',
  '<linearGradient id="g"><stop stop-color="red"/></linearGradient>', 'fill="url(#g)"', 'style="fill:', 'stroke-width:', ';', ':', '#fff', 'rgb(1,2,3)', 'currentColor',
  '<!DOCTYPE x>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&#x41;', '&', '<?xml version="1.0"?>', '<?pi?>', '<script>', '</script>', 'onload="x"',
  '<image width="1" height="1" href="data:image/png;base64,AAAA"/>', '<symbol id="s" viewBox="0 0 1 1">', '</symbol>', '<a href="javascript:x">', '</a>', '\n', '苗',
];

describe('fuzz: malformed input only ever raises StudioError', () => {
  it('random strings through sanitize + convert', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => onlyStudioErrors(() => pipeline(s))), { numRuns: 500 });
  });

  it('random sequences of SVG tokens through sanitize + convert', () => {
    const doc = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(doc, (s) => onlyStudioErrors(() => pipeline(s))), { numRuns: 1500 });
  });

  it('token soup wrapped in a valid root, so the converter sees more', () => {
    const body = fc.array(fc.constantFrom(...TOKENS.filter((t) => !t.startsWith('<svg') && t !== '</svg>')), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(body, (b) => onlyStudioErrors(() => pipeline(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${b}</svg>`))),
      { numRuns: 1500 },
    );
  });

  it('huge numbers never turn into NaN or Infinity', () => {
    const big = fc.constantFrom('1e308', '-1e308', '1e-320', '0', '3e200', '1');
    const doc = fc.tuple(big, big, big, big).map(
      ([a, b, c, d]) =>
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${a} ${b}"><g transform="scale(${a} ${c})"><path d="M${a} ${b} A${c} ${d} ${a} 1 1 ${b} ${c} Q${d} ${a} ${b} ${c}" stroke-width="${d}" stroke="red"/><circle r="${a}" cx="${b}"/><rect width="${c}" height="${d}" rx="${a}"/></g></svg>`,
    );
    fc.assert(fc.property(doc, (s) => onlyStudioErrors(() => pipeline(s))), { numRuns: 500 });
  });

  it('random path data', () => {
    const path = fc.array(fc.constantFrom('M', 'm', 'L', 'l', 'H', 'h', 'V', 'v', 'C', 'c', 'S', 's', 'Q', 'q', 'T', 't', 'A', 'a', 'Z', 'z', '0', '1', '-1', '.5', '1e2', 'e', ',', ' ', '+', 'x'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(path, fc.string({ maxLength: 60 })), (d) => onlyStudioErrors(() => expectFinite(parsePathData(d)))), { numRuns: 2000 });
  });
});
