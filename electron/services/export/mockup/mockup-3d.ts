/**
 * 3D product shots made in Node without a browser: the folded box in a three-quarter view, the
 * jar with its label wrapped round it, or a flat piece lying tilted on a table. Each is a studio
 * backdrop and a soft contact shadow (SVG rendered by sharp), the piece's faces warped in pixels
 * (warp.ts) and shaded by one key light from the upper left, rendered at twice the size and
 * scaled down by sharp for smooth edges. Faces come from the proof renderer (the same scene as the
 * PDF); the front face is lit so that its colours stay as printed.
 */
import sharp from 'sharp';
import { dot, fitInto, normalize, projector, rotateToCamera, type Vec3, type View } from './camera';
import { blankPixels, lit, overPremultiplied, sampleAt, warpOnto, type Pixels, type Point } from './warp';

/** supersampling factor: the frame is drawn this much larger and scaled down */
const SS = 2;
/** the key light, in camera space: from the upper left and in front */
const LIGHT: Vec3 = normalize([-0.3, 0.55, 0.78]);
/** the light every face gets from the room */
const AMBIENT = 0.66;
export const BACKDROP = { top: '#f6f3ee', bottom: '#e4ddd2' };

type Quad = [Point, Point, Point, Point];

function backdropSvg(w: number, h: number, shadows: string): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
      `<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${BACKDROP.top}"/><stop offset="1" stop-color="${BACKDROP.bottom}"/></linearGradient>` +
      `<filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${(w / 90).toFixed(1)}"/></filter>` +
      `<filter id="tight" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${(w / 400).toFixed(1)}"/></filter><filter id="wide" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${(w / 30).toFixed(1)}"/></filter></defs>` +
      `<rect width="${w}" height="${h}" fill="url(#bg)"/>${shadows}</svg>`,
  );
}

const pts = (q: Point[]) => q.map((p) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).join(' ');

/**
 * The piece's pixels (drawn at SS times the size, scaled down for smooth edges) over the backdrop
 * and shadows, which are drawn at the final size (blurs are smooth anyway, and cost the square of the size).
 */
async function finish(background: Buffer, layer: Pixels, size: number): Promise<Buffer> {
  const piece = await sharp(layer.data, { raw: { width: layer.width, height: layer.height, channels: 4 } }).resize(size, size, { kernel: 'lanczos3' }).png().toBuffer();
  return sharp(background).composite([{ input: piece }]).flatten({ background: BACKDROP.bottom }).png().toBuffer();
}

/** Backdrop and shadows drawn in the supersampled frame's coordinates, rendered at the final size. */
function backdropAt(size: number, shadows: string): Buffer {
  const S = size * SS;
  return Buffer.from(backdropSvg(S, S, shadows).toString().replace(`width="${S}" height="${S}"`, `width="${size}" height="${size}"`));
}

/** Face brightness from the key light: the front is 1 (colours as printed), the rest relative to it. */
function faceLight(normal: Vec3, view: View, front: Vec3): number {
  const n = rotateToCamera(normal, view);
  const f = rotateToCamera(front, view);
  const k = (1 - AMBIENT) / Math.max(0.05, dot(f, LIGHT));
  return AMBIENT + k * Math.max(0, dot(n, LIGHT));
}

export interface BoxFaces {
  lengthMm: number;
  depthMm: number;
  heightMm: number;
  front: Pixels;
  side: Pixels;
  top: Pixels;
}

export const BOX_VIEW: View = { yawDeg: -32, pitchDeg: 18, distance: 4 };

/** The box's visible faces as quads in the final picture's pixels (for tests and the renderer). */
export function boxGeometry(box: Pick<BoxFaces, 'lengthMm' | 'depthMm' | 'heightMm'>, size: number) {
  const L = box.lengthMm / 2;
  const W = box.depthMm / 2;
  const H = box.heightMm / 2;
  const project = projector(BOX_VIEW, Math.max(box.lengthMm, box.depthMm, box.heightMm));
  const q = (ps: Vec3[]) => ps.map(project) as Quad;
  const front = q([[-L, H, W], [L, H, W], [L, -H, W], [-L, -H, W]]);
  const side = q([[L, H, W], [L, H, -W], [L, -H, -W], [L, -H, W]]);
  const top = q([[-L, H, -W], [L, H, -W], [L, H, W], [-L, H, W]]);
  const floor = q([[-L, -H, W], [L, -H, W], [L, -H, -W], [-L, -H, -W]]);
  // the contact shadow: the footprint grown a little, so its soft edge shows round the box's foot
  const grow = Math.max(box.lengthMm, box.depthMm) * 0.05;
  const contact = q([[-L - grow, -H, W + grow], [L + grow, -H, W + grow], [L + grow, -H, -W - grow], [-L - grow, -H, -W - grow]]);
  // the cast shadow: the footprint pushed away from the light, along the floor
  const reach = box.heightMm * 0.35;
  const cast = q([[-L + reach * 0.5, -H, W], [L + reach, -H, W - reach * 0.2], [L + reach, -H, -W - reach * 0.6], [-L + reach * 0.5, -H, -W - reach * 0.6]]);
  const fit = fitInto([...front, ...side, ...top, ...floor], { left: size * 0.14, top: size * 0.08, width: size * 0.72, height: size * 0.8 });
  const f = (quad: Quad) => quad.map(fit) as Quad;
  return { front: f(front), side: f(side), top: f(top), floor: f(floor), contact: f(contact), cast: f(cast) };
}

export async function boxMockup(box: BoxFaces, size = 1200): Promise<Buffer> {
  const S = size * SS;
  const g = boxGeometry(box, S);
  const shadows =
    `<polygon points="${pts(g.cast)}" fill="#3b2f22" opacity="0.32" filter="url(#wide)"/>` +
    `<polygon points="${pts(g.contact)}" fill="#1e160e" opacity="0.6" filter="url(#soft)"/>` +
    `<polygon points="${pts(g.floor)}" fill="#120c06" opacity="0.5" filter="url(#tight)"/>`;
  const layer = blankPixels(S, S);
  const FRONT: Vec3 = [0, 0, 1];
  const front = faceLight(FRONT, BOX_VIEW, FRONT);
  const side = faceLight([1, 0, 0], BOX_VIEW, FRONT);
  // white board cannot be lit whiter than white: the top stays a shade under the front so it reads as a surface
  const top = Math.min(0.97, faceLight([0, 1, 0], BOX_VIEW, FRONT));
  // a little fall-off across each face: darker towards the floor and away from the light
  warpOnto(layer, box.top, g.top, (_u, v) => top * (1 - 0.06 * (1 - v)));
  warpOnto(layer, box.side, g.side, (u, v) => side * (1 - 0.18 * u) * (1 - 0.06 * v));
  warpOnto(layer, box.front, g.front, (_u, v) => front * (1 - 0.05 * v * v));
  return finish(backdropAt(size, shadows), layer, size);
}

export interface JarLabel {
  diameterMm: number;
  labelHeightMm: number;
  wrapMm: number;
  /** the label's art, the full wrap (width = wrapMm) */
  label: Pixels;
  /** where along the label (mm from its left edge) faces the camera */
  frontMm: number;
}

/** how far the camera looks down on the jar: the sine of the elevation (ellipses' minor/major) */
const JAR_TILT = 0.16;

export function jarGeometry(jar: Pick<JarLabel, 'diameterMm' | 'labelHeightMm'>, size: number) {
  const R = jar.diameterMm / 2;
  const h = jar.labelHeightMm;
  const above = h * 0.16 + R * 0.12; // shoulder above the label
  const below = h * 0.1 + R * 0.05;
  const lidH = R * 0.38;
  const bodyH = above + h + below;
  const totalW = 2 * R * 1.02;
  const totalH = lidH + bodyH + 2 * JAR_TILT * R;
  const s = Math.min((size * 0.62) / totalW, (size * 0.76) / totalH);
  const cx = size / 2;
  const top = (size - totalH * s) / 2 - size * 0.02;
  const lidTop = top + JAR_TILT * R * s;
  const bodyTop = lidTop + lidH * s;
  return { s, cx, R: R * s, e: JAR_TILT * R * s, lidTop, bodyTop, labelTop: bodyTop + above * s, labelH: h * s, bodyBottom: bodyTop + bodyH * s, lidR: R * 0.97 * s };
}

export async function jarMockup(jar: JarLabel, size = 1200): Promise<Buffer> {
  const S = size * SS;
  const g = jarGeometry(jar, S);
  const { cx, R, e } = g;
  const x0 = cx - R;
  const x1 = cx + R;
  const lx0 = cx - g.lidR;
  const lx1 = cx + g.lidR;
  const lidBottom = g.bodyTop + e * 0.6;
  const shadow = `<ellipse cx="${cx + R * 0.18}" cy="${g.bodyBottom + e * 0.35}" rx="${R * 1.25}" ry="${e * 1.7}" fill="#2b2016" opacity="0.45" filter="url(#soft)"/>`;
  // a brown-glazed pottery jar (土陶) with a dark metal cap: the usual vessel for sour soup, chilli and pickles
  const body =
    `<defs><linearGradient id="glaze" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#2a170d"/><stop offset="0.2" stop-color="#6b3b20"/><stop offset="0.32" stop-color="#b27a4e"/><stop offset="0.4" stop-color="#7c4526"/><stop offset="0.8" stop-color="#3f2313"/><stop offset="1" stop-color="#1e1009"/></linearGradient>` +
    `<linearGradient id="metal" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#1c1c1c"/><stop offset="0.25" stop-color="#555250"/><stop offset="0.35" stop-color="#b9b5ae"/><stop offset="0.48" stop-color="#5d5a56"/><stop offset="0.85" stop-color="#2b2a28"/><stop offset="1" stop-color="#141414"/></linearGradient>` +
    `<linearGradient id="lidtop" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#9a968f"/><stop offset="1" stop-color="#3a3835"/></linearGradient></defs>` +
    `<path d="M${x0},${g.bodyTop} L${x0},${g.bodyBottom} A${R},${e} 0 0 0 ${x1},${g.bodyBottom} L${x1},${g.bodyTop} Z" fill="url(#glaze)"/>` +
    `<path d="M${lx0},${g.lidTop} L${lx0},${lidBottom} A${g.lidR},${e} 0 0 0 ${lx1},${lidBottom} L${lx1},${g.lidTop} Z" fill="url(#metal)"/>` +
    `<ellipse cx="${cx}" cy="${g.lidTop}" rx="${g.lidR}" ry="${e}" fill="url(#lidtop)"/>`;
  const layer = blankPixels(S, S);
  wrapLabel(layer, jar, g);
  return finish(backdropAt(size, shadow + body), layer, size);
}

/** Paints the label round the cylinder: each screen column shows the label at arc length R·asin(x/R) from the front. */
function wrapLabel(dst: Pixels, jar: JarLabel, g: ReturnType<typeof jarGeometry>): void {
  const src = jar.label;
  const pxPerMm = src.width / jar.wrapMm;
  const Rmm = jar.diameterMm / 2;
  const s = new Float64Array(4);
  const keyAngle = -0.55; // the key light comes from the left
  for (let x = Math.floor(g.cx - g.R); x <= Math.ceil(g.cx + g.R); x++) {
    const xn = (x + 0.5 - g.cx) / g.R;
    if (xn <= -1 || xn >= 1 || x < 0 || x >= dst.width) continue;
    const theta = Math.asin(xn);
    const along = (((jar.frontMm + theta * Rmm) % jar.wrapMm) + jar.wrapMm) % jar.wrapMm;
    const sx = along * pxPerMm;
    const curve = g.e * Math.cos(theta);
    const light = 0.36 + 0.68 * Math.max(0, Math.cos(theta - keyAngle)) + 0.1 * Math.exp(-(((theta + 0.42) / 0.1) ** 2));
    const top = g.labelTop + curve;
    for (let y = Math.floor(top); y <= Math.ceil(top + g.labelH); y++) {
      const v = (y + 0.5 - top) / g.labelH;
      if (v < 0 || v >= 1 || y < 0 || y >= dst.height) continue;
      sampleAt(src, sx, v * src.height, s);
      if (s[3] <= 0) continue;
      overPremultiplied(dst, (y * dst.width + x) * 4, lit(s[0] / s[3], light) * s[3], lit(s[1] / s[3], light) * s[3], lit(s[2] / s[3], light) * s[3], s[3]);
    }
  }
}

export const CARD_VIEW: View = { yawDeg: 14, pitchDeg: 52, distance: 3.5 };

export function cardGeometry(widthMm: number, heightMm: number, size: number) {
  const w = widthMm / 2;
  const h = heightMm / 2;
  const project = projector(CARD_VIEW, Math.max(widthMm, heightMm));
  const card = ([[-w, 0, -h], [w, 0, -h], [w, 0, h], [-w, 0, h]] as Vec3[]).map(project) as Quad;
  const lift = Math.max(widthMm, heightMm) * 0.03;
  const cast = ([[-w + lift, 0, -h + lift], [w + lift, 0, -h + lift], [w + lift, 0, h + lift], [-w + lift, 0, h + lift]] as Vec3[]).map(project) as Quad;
  const fit = fitInto(card, { left: size * 0.1, top: size * 0.1, width: size * 0.8, height: size * 0.8 });
  return { card: card.map(fit) as Quad, cast: cast.map(fit) as Quad };
}

/** A flat piece (card, tag, sticker, label, a pillow pack's face) lying tilted on the table. */
export async function cardMockup(piece: Pixels, widthMm: number, heightMm: number, size = 1200): Promise<Buffer> {
  const S = size * SS;
  const g = cardGeometry(widthMm, heightMm, S);
  const shadows = `<polygon points="${pts(g.cast)}" fill="#2b2016" opacity="0.35" filter="url(#soft)"/>`;
  const layer = blankPixels(S, S);
  warpOnto(layer, piece, g.card, (u, v) => 1 - 0.06 * (u * 0.4 + v * 0.6));
  return finish(backdropAt(size, shadows), layer, size);
}
