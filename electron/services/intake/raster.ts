import sharp from 'sharp';
import { studioError } from '../../../model/localized';

/** 12,000 x 12,000: far beyond any scan a partner brings, far below what exhausts a 4 GB PC. */
export const MAX_INPUT_PIXELS = 144_000_000;
export const THUMBNAIL_PX = 256;
export const PREVIEW_PX = 1200;
/** JPEG, not WebP: encoding a 1200 px WebP costs three times as long, and previews are only for the screen */
export const PREVIEW_FILE = { name: 'preview.jpg', mediaType: 'image/jpeg' } as const;

export interface NormalizedRaster {
  width: number;
  height: number;
  /** oriented, sRGB, for the screen (the original bytes are kept unchanged for print) */
  preview: Buffer;
  thumbnail: Buffer;
  palette: string[];
}

function open(bytes: Uint8Array) {
  // failOn 'truncated' turns a cut-off JPEG into an error instead of a half-grey image
  return sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated', sequentialRead: true });
}

export async function normalizeRaster(bytes: Uint8Array, name: string): Promise<NormalizedRaster> {
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw corrupt(name, error);
  }
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  if (!width || !height) throw corrupt(name, new Error('no size'));
  if (width * height > MAX_INPUT_PIXELS) {
    throw studioError(
      'image.too-many-pixels',
      `图片“${name}”声称有 ${width}×${height} 像素，超过上限（约 1.44 亿像素），可能是恶意的“解压炸弹”文件，已拒绝。`,
      `The image "${name}" claims ${width}x${height} pixels, beyond the limit (about 144 megapixels); it may be a decompression bomb and was refused.`,
    );
  }
  try {
    const preview = await open(bytes)
      .rotate()
      .toColourspace('srgb')
      .resize(PREVIEW_PX, PREVIEW_PX, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: false })
      .toBuffer();
    const thumbnail = await sharp(preview).resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside' }).png({ compressionLevel: 6 }).toBuffer();
    const palette = await dominantColours(thumbnail);
    return { width, height, preview, thumbnail, palette };
  } catch (error) {
    throw corrupt(name, error);
  }
}

/** Renders a sanitized SVG to a PNG thumbnail (librsvg inside sharp; the SVG has no external references left). */
export async function svgThumbnail(svg: string, name: string): Promise<Buffer> {
  try {
    return await sharp(Buffer.from(svg), { density: 96, limitInputPixels: MAX_INPUT_PIXELS })
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 0 } })
      .png()
      .toBuffer();
  } catch (error) {
    throw corrupt(name, error);
  }
}

async function dominantColours(png: Buffer): Promise<string[]> {
  const { dominant } = await sharp(png).stats();
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return [`#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`];
}

function corrupt(name: string, error: unknown) {
  const detail = (error as Error)?.message ?? String(error);
  return studioError(
    'image.corrupt',
    `图片“${name}”无法读取：文件可能不完整或已损坏（${detail}）。请重新扫描或导出后再导入。`,
    `The image "${name}" could not be read: the file may be truncated or damaged (${detail}). Scan or export it again, then import.`,
  );
}
