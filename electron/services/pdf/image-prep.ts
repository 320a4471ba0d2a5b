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

/**
 * The print raster of one photo. The conversion starts before this returns (libvips works in its
 * own threads), sized from the pixel size the scene recorded at import, so a caller that goes on
 * with other work (the preflight) has it running meanwhile; should libvips read another size
 * from the file, the photo is converted again at that size.
 */
export function prepareImage(source: Buffer, node: ImageNode, iccPath: string, targetPpi = TARGET_PPI): Promise<PreparedImage> {
  // sharp accepts a missing profile path silently and then uses its own; fail loudly instead
  if (!existsSync(iccPath)) {
    return Promise.reject(
      new StudioError('pdf.iccMissing', {
        zh: `找不到印刷色彩配置文件（${iccPath}）。请重新安装工坊。`,
        en: `The print colour profile (${iccPath}) is missing. Reinstall the studio.`,
      }),
    );
  }
  const early = rasterPlan(node, node.pixelWidth, node.pixelHeight, targetPpi);
  const earlyJpeg = cmykJpeg(source, node, early, iccPath);
  // an unreadable file is reported once, from its metadata below
  earlyJpeg.catch(() => {});
  return finishImage(source, node, iccPath, targetPpi, early, earlyJpeg);
}

async function finishImage(source: Buffer, node: ImageNode, iccPath: string, targetPpi: number, early: RasterPlan, earlyJpeg: Promise<Buffer>): Promise<PreparedImage> {
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
  const plan = rasterPlan(node, meta.width ?? node.pixelWidth, meta.height ?? node.pixelHeight, targetPpi);
  const jpegPromise = samePlan(plan, early) ? earlyJpeg : cmykJpeg(source, node, plan, iccPath);
  let alpha: Buffer | undefined;
  if (meta.hasAlpha) {
    const a = await resampled(source, node, plan).extractChannel('alpha').raw().toBuffer();
    if (a.some((v) => v !== 255)) alpha = a;
  }
  return { jpeg: await jpegPromise, width: plan.width, height: plan.height, alpha };
}

/** The source rectangle a photo is cut from and the pixel size it is printed at. */
interface RasterPlan {
  crop: { left: number; top: number; width: number; height: number };
  width: number;
  height: number;
}

function rasterPlan(node: ImageNode, srcW: number, srcH: number, targetPpi: number): RasterPlan {
  const crop = node.crop ? clampCrop(node.crop, srcW, srcH) : { left: 0, top: 0, width: srcW, height: srcH };
  const width = Math.min(crop.width, Math.max(1, Math.ceil((node.width / 25.4) * targetPpi)));
  const height = Math.min(crop.height, Math.max(1, Math.ceil((node.height / 25.4) * targetPpi)));
  return { crop, width, height };
}

function samePlan(a: RasterPlan, b: RasterPlan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function resampled(source: Buffer, node: ImageNode, plan: RasterPlan) {
  let p = sharp(source);
  if (node.crop) p = p.extract(plan.crop);
  if (plan.width !== plan.crop.width || plan.height !== plan.crop.height) p = p.resize(plan.width, plan.height, { fit: 'fill', kernel: 'lanczos3' });
  return p;
}

function cmykJpeg(source: Buffer, node: ImageNode, plan: RasterPlan, iccPath: string): Promise<Buffer> {
  // withIccProfile alone converts (perceptual intent) from the source profile, sRGB when none
  // is embedded, straight into our CMYK profile. Adding toColourspace('cmyk') first, as often
  // advised, makes libvips go through its own built-in CMYK profile and then convert CMYK to
  // CMYK: sRGB green came out C26 M0 Y96 K11 instead of C58 M0 Y93 K0, black with only 235% ink.
  return (
    resampled(source, node, plan)
      .flatten({ background: '#ffffff' })
      .withIccProfile(iccPath, { attach: false })
      // q95 without chroma subsampling: JPEG ringing at hard edges overshoots the profile's 300%
      // ink limit by ~4% at q90, ~2% at q95, 0.8% at q98 (measured on a black box on white)
      .jpeg({ quality: 95, chromaSubsampling: '4:4:4' })
      .toBuffer()
  );
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
