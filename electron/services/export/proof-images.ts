/**
 * Proof PNGs and e-commerce pictures, rendered with sharp from the scene's SVG (no poppler:
 * it does not exist on the cooperatives' Windows machines). Sizes follow the usual shop
 * platforms: an 800 x 800 main picture and 750-wide detail pictures.
 */
import sharp, { type Sharp } from 'sharp';
import type { ImageNode, Scene } from '../../../model/scene';
import type { GlyphOutlines } from './glyph-outlines';
import { sceneToSvg, type ProofImage } from './scene-svg';

export const PROOF_DPI = 150;

/** SVG -> PNG. `unlimited`: the SVG is ours (no untrusted XML) and may carry large embedded photos. */
export async function svgToPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg), { unlimited: true, density: 72 }).png().toBuffer();
}

/**
 * A photo as the press will print it, on screen: converted to CMYK through the output profile
 * (exactly as the PDF writer converts it, electron/services/pdf/image-prep.ts) and back to sRGB
 * with the same profile as the input. Out-of-gamut screen colours (a pure RGB blue) show as the
 * duller colour the ink can make. Alpha is kept aside and rejoined.
 */
export async function softProof(image: Sharp, iccPath: string): Promise<Buffer> {
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const rgb = sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } });
  const alpha = await rgb.clone().extractChannel(3).raw().toBuffer();
  // withIccProfile alone, as image-prep does (toColourspace('cmyk') first would detour through
  // libvips' own CMYK profile and give different inks than the PDF gets)
  const separated = await rgb.clone().removeAlpha().withIccProfile(iccPath, { attach: true }).tiff().toBuffer();
  return sharp(separated).toColourspace('srgb').joinChannel(alpha, { raw: { width: info.width, height: info.height, channels: 1 } }).png().toBuffer();
}

/** Image loader for proofs: crop, resize to the requested pixels, soft-proof through the output profile, PNG data URL. */
export function proofImageLoader(load: (assetId: string) => Buffer | Promise<Buffer>, iccPath: string): ProofImage {
  const cache = new Map<string, Promise<string | undefined>>();
  return (node: ImageNode, w: number, h: number) => {
    const key = JSON.stringify([node.assetId, node.crop ?? null, w, h]);
    let p = cache.get(key);
    if (!p) {
      p = (async () => {
        let source: Buffer;
        try {
          source = await load(node.assetId);
        } catch {
          // a missing photo leaves a gap in the proof; preflight reports it as an error
          return undefined;
        }
        let img = sharp(source);
        if (node.crop) img = img.extract({ left: Math.round(node.crop.left), top: Math.round(node.crop.top), width: Math.round(node.crop.width), height: Math.round(node.crop.height) });
        const png = await softProof(img.resize(w, h, { fit: 'fill' }), iccPath);
        return `data:image/png;base64,${png.toString('base64')}`;
      })();
      cache.set(key, p);
    }
    return p;
  };
}

export interface ProofDeps {
  glyphs: GlyphOutlines;
  image: ProofImage;
}

/** One page as the press gets it (BleedBox), optionally with the die lines drawn on top. */
export async function renderProof(scene: Scene, pageIndex: number, dieline: boolean, deps: ProofDeps, dpi = PROOF_DPI): Promise<Buffer> {
  const page = scene.pages[pageIndex];
  const { svg } = await sceneToSvg(page, { ...deps, dpi, dieline, area: 'bleed', background: '#ffffff' });
  return svgToPng(svg);
}

/** The finished piece: trim size, cut to the die, transparent outside, no lines. */
async function finishedPiece(scene: Scene, pageIndex: number, deps: ProofDeps, dpi: number): Promise<Buffer> {
  const page = scene.pages[pageIndex];
  const { svg } = await sceneToSvg(page, { ...deps, dpi, dieline: false, area: 'trim', clipToCut: true, background: '#ffffff' });
  return svgToPng(svg);
}

const LINEN = { r: 239, g: 233, b: 223, alpha: 1 };

/** Flat-lay mockup: the front lying on linen with a soft shadow, 1200 x 900. */
export async function mockupImage(scene: Scene, deps: ProofDeps, width = 1200, height = 900): Promise<Buffer> {
  const piece = await finishedPiece(scene, 0, deps, 200);
  const fitted = await sharp(piece).resize(Math.round(width * 0.7), Math.round(height * 0.72), { fit: 'inside' }).png().toBuffer();
  const meta = await sharp(fitted).metadata();
  const w = meta.width ?? 1;
  const h = meta.height ?? 1;
  const blur = 18;
  // the shadow is the piece's own silhouette, darkened and blurred, offset down-right
  const silhouette = await sharp(fitted).extractChannel('alpha').toBuffer();
  const shadow = await sharp({ create: { width: w, height: h, channels: 3, background: { r: 60, g: 45, b: 30 } } })
    .joinChannel(await sharp(silhouette).linear(0.45, 0).toBuffer())
    .extend({ top: blur * 2, bottom: blur * 2, left: blur * 2, right: blur * 2, background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .blur(blur)
    .png()
    .toBuffer();
  const left = Math.round((width - w) / 2);
  const top = Math.round((height - h) / 2);
  return sharp({ create: { width, height, channels: 4, background: LINEN } })
    .composite([
      { input: shadow, left: left - blur * 2 + 14, top: top - blur * 2 + 18 },
      { input: fitted, left, top },
    ])
    .flatten({ background: LINEN })
    .png()
    .toBuffer();
}
