/**
 * Photos to print rasters: crop, downsample to ~450 ppi effective when larger (nobody's press
 * resolves more, and 3000 px photos on a 60 mm label would bloat the PDF), convert to CMYK with
 * the same ICC profile as the OutputIntent, JPEG-compress. Alpha becomes a separate gray soft
 * mask, because CMYK JPEG has no alpha channel.
 */
import { existsSync } from 'node:fs';
import sharp, { type Metadata } from 'sharp';
import { StudioError } from '../../../model/localized';
import type { ImageNode } from '../../../model/scene';

export interface PreparedImage {
  jpeg: Buffer;
  width: number;
  height: number;
  /** 8-bit alpha, width*height bytes, only when some pixel is not fully opaque */
  alpha?: Buffer;
}

export const TARGET_PPI = 450;

declare const __SHARP_VERSION__: string | undefined;
/**
 * What made a prepared image besides this code: sharp's version (libvips comes with it), compiled
 * into the bundle at build time, so an upgraded sharp makes new entries in the image cache.
 */
export const IMAGE_CODEC = `sharp ${typeof __SHARP_VERSION__ === 'string' ? __SHARP_VERSION__ : 'unbuilt'}`;

export async function prepareImage(source: Buffer, node: ImageNode, iccPath: string, targetPpi = TARGET_PPI): Promise<PreparedImage> {
  // sharp accepts a missing profile path silently and then uses its own; fail loudly instead
  if (!existsSync(iccPath)) {
    throw new StudioError('pdf.iccMissing', {
      zh: `找不到印刷色彩配置文件（${iccPath}）。请重新安装工坊。`,
      en: `The print colour profile (${iccPath}) is missing. Reinstall the studio.`,
    });
  }
  let meta: Metadata;
  try {
    meta = await sharp(source).metadata();
  } catch (cause) {
    throw new StudioError(
      'pdf.imageUnreadable',
      {
        zh: '有一张图片无法读取（文件可能已损坏）。请重新导入这张图片。',
        en: 'An image could not be read (the file may be damaged). Import the image again.',
      },
      { assetId: node.assetId, cause: String(cause) },
    );
  }
  const srcW = meta.width ?? node.pixelWidth;
  const srcH = meta.height ?? node.pixelHeight;
  const crop = node.crop ? clampCrop(node.crop, srcW, srcH) : { left: 0, top: 0, width: srcW, height: srcH };
  const width = Math.min(crop.width, Math.max(1, Math.ceil((node.width / 25.4) * targetPpi)));
  const height = Math.min(crop.height, Math.max(1, Math.ceil((node.height / 25.4) * targetPpi)));

  const base = () => {
    let p = sharp(source);
    if (node.crop) p = p.extract(crop);
    if (width !== crop.width || height !== crop.height) p = p.resize(width, height, { fit: 'fill', kernel: 'lanczos3' });
    return p;
  };

  let alpha: Buffer | undefined;
  if (meta.hasAlpha) {
    const a = await base().extractChannel('alpha').raw().toBuffer();
    if (a.some((v) => v !== 255)) alpha = a;
  }
  // withIccProfile alone converts (perceptual intent) from the source profile, sRGB when none
  // is embedded, straight into our CMYK profile. Adding toColourspace('cmyk') first, as often
  // advised, makes libvips go through its own built-in CMYK profile and then convert CMYK to
  // CMYK: sRGB green came out C26 M0 Y96 K11 instead of C58 M0 Y93 K0, black with only 235% ink.
  const jpeg = await base()
    .flatten({ background: '#ffffff' })
    .withIccProfile(iccPath, { attach: false })
    // q95 without chroma subsampling: JPEG ringing at hard edges overshoots the profile's 300%
    // ink limit by ~4% at q90, ~2% at q95, 0.8% at q98 (measured on a black box on white)
    .jpeg({ quality: 95, chromaSubsampling: '4:4:4' })
    .toBuffer();
  return { jpeg, width, height, alpha };
}

function clampCrop(c: NonNullable<ImageNode['crop']>, w: number, h: number) {
  const left = Math.max(0, Math.min(w - 1, Math.round(c.left)));
  const top = Math.max(0, Math.min(h - 1, Math.round(c.top)));
  return {
    left,
    top,
    width: Math.max(1, Math.min(w - left, Math.round(c.width))),
    height: Math.max(1, Math.min(h - top, Math.round(c.height))),
  };
}
