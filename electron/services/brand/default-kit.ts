import type { BrandKit } from '../../../model/brand/schema';

export const DEFAULT_KIT_ID = 'my-cooperative';

/** Noto Serif SC Bold (assets/fonts/fonts.json): the kit's title face. */
export const TITLE_FONT_ID = 'noto-serif-sc-bold';

/**
 * The kit a new studio starts with: the colours of Guizhou indigo batik and Miao embroidery,
 * named as the sample designs refer to them (靛蓝, 朱砂红, 米白) so samples print in colour.
 * CMYK values are common press builds; Silver is a spot ink with a grey alternate for
 * presses that print it in CMYK.
 */
export function defaultBrandKit(now: string): BrandKit {
  return {
    id: DEFAULT_KIT_ID,
    name: { zh: '我的合作社', en: 'My cooperative' },
    palette: [
      { name: '靛蓝', cmyk: { c: 100, m: 75, y: 10, k: 35 } },
      { name: '朱砂红', cmyk: { c: 10, m: 95, y: 90, k: 5 } },
      { name: '赭石', cmyk: { c: 15, m: 45, y: 90, k: 5 } },
      { name: '米白', cmyk: { c: 2, m: 3, y: 10, k: 0 } },
      { name: '白', cmyk: { c: 0, m: 0, y: 0, k: 0 } },
      { name: '黑', cmyk: { c: 0, m: 0, y: 0, k: 100 } },
      { name: '银', cmyk: { c: 0, m: 0, y: 0, k: 35 }, spot: 'Silver' },
    ],
    // a Song (Ming) serif bold is what Chinese packaging sets its names in; the body stays in the kai
    fonts: { title: TITLE_FONT_ID, body: 'lxgw-wenkai-light' },
    story: { zh: '', en: '' },
    contact: '',
    creditLine: { zh: '', en: '' },
    updatedAt: now,
  };
}
