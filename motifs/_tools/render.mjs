// One entry point from a flat drawing to the craft's finished art (see craft.mjs).
import { batik, embroider, silver } from './craft.mjs';
import { OUTLINE } from './art-embroidery.mjs';
import { IND, WH, CRACKLE } from './art-batik.mjs';
import { DARK, LT, SH, SV } from './art-silver.mjs';

/**
 * Geometric motifs that designs repeat as borders and tiles, printed as small as 8 mm: their
 * line work is kept at least 0.25 pt wide at 8 mm (2.3 units of 200) and they carry no crackle.
 * Every other motif keeps its lines at least 0.25 pt wide at its 15 mm minimum print size.
 */
const TILE_MOTIFS = new Set([
  'eight-pointed-star', 'eight-pointed-star-batik', 'meander', 'wan-lattice', 'river-bands', 'spiral-whirl',
  'bronze-drum', 'sun', 'battlements', 'duckweed-flower', 'wotuo-spiral',
]);
const lineFloor = (slug, minPrintMm = 15) => {
  const smallestMm = TILE_MOTIFS.has(slug) ? 8 : minPrintMm;
  return Math.ceil(((0.0882 * 200) / smallestMm) * 1.04 * 20) / 20;
};

export function renderCraft(craft, body, slug, minPrintMm) {
  const minLine = lineFloor(slug, minPrintMm);
  const tile = TILE_MOTIFS.has(slug);
  if (craft === 'embroidery') return embroider(body, { outline: OUTLINE, minLine });
  if (craft === 'batik') return batik(body, { indigo: IND, white: WH, crackle: CRACKLE, minLine, crackleMin: tile ? Infinity : 260 });
  if (craft === 'silver') return silver(body, { shadow: SH, metal: SV, light: LT, dark: DARK, minLine });
  throw new Error(`no renderer for craft ${craft}`);
}
