// One entry point from a flat drawing to the craft's finished art (see craft.mjs).
import { batik, embroider, silver } from './craft.mjs';
import { OUTLINE } from './art-embroidery.mjs';
import { IND, WH, CRACKLE } from './art-batik.mjs';
import { DARK, LT, SH, SV } from './art-silver.mjs';

/**
 * Geometric motifs that designs repeat as borders and tiles, printed as small as 8 mm: their
 * line work is kept at least 0.25 pt wide at 8 mm (2.3 units of 200); they carry no crackle and
 * no outer wax line, and the round batik tiles are cut as one silhouette (their convex hull): a
 * tile is repeated dozens of times in a design, and fewer shapes keep export fast.
 * Every other motif keeps its lines at least 0.25 pt wide at its 15 mm minimum print size.
 */
const TILE_MOTIFS = new Set([
  'eight-pointed-star', 'eight-pointed-star-batik', 'meander', 'wan-lattice', 'river-bands', 'spiral-whirl',
  'bronze-drum', 'sun', 'battlements', 'duckweed-flower', 'wotuo-spiral',
]);
/** Round tile motifs whose convex hull is their natural outline: cut as one disc-like silhouette. */
const HULL_MOTIFS = new Set(['sun', 'bronze-drum', 'wotuo-spiral']);
const lineFloor = (slug, minPrintMm = 15) => {
  const smallestMm = TILE_MOTIFS.has(slug) ? 8 : minPrintMm;
  return Math.ceil(((0.0882 * 200) / smallestMm) * 1.04 * 20) / 20;
};

export function renderCraft(craft, body, slug, minPrintMm) {
  const minLine = lineFloor(slug, minPrintMm);
  const tile = TILE_MOTIFS.has(slug);
  if (craft === 'embroidery') return embroider(body, { outline: OUTLINE, minLine });
  if (craft === 'batik') return batik(body, { indigo: IND, white: WH, crackle: CRACKLE, minLine, crackleMin: tile ? Infinity : 260, waxMin: tile ? Infinity : 150, hull: HULL_MOTIFS.has(slug) });
  if (craft === 'silver') return silver(body, { shadow: SH, metal: SV, light: LT, dark: DARK, minLine });
  throw new Error(`no renderer for craft ${craft}`);
}
