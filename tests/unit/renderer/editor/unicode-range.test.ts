import { describe, expect, it } from 'vitest';
import { unicodeRange } from '../../../../renderer/editor/resources';

describe('unicodeRange (the code points a glyph subset is declared for)', () => {
  it('lists each code point once, sorted, consecutive ones as one range', () => {
    expect(unicodeRange('CBA苗A')).toBe('U+41-43, U+82D7');
    expect(unicodeRange('0123456789')).toBe('U+30-39');
  });

  it('keeps characters outside the BMP whole (one code point, not two surrogates)', () => {
    expect(unicodeRange('𠀀a')).toBe('U+61, U+20000');
  });

  it('gives an empty range for no characters', () => {
    expect(unicodeRange('')).toBe('');
  });
});
