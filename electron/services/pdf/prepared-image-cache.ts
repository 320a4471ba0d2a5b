/**
 * Photos as the PDF embeds them (CMYK JPEG at the placed size, alpha), kept between processes in
 * the data folder's cache/images: decoding a 2400 × 1600 photo, resampling it and converting it
 * through the ICC profile was a fifth of a cold `jinxiu export`, and loading sharp for it another
 * tenth of a second. An entry is found by everything that decides its bytes:
 *   - the code that made it (the built chunk's name, which the bundler derives from its content
 *     and that of every chunk it imports; sharp's version is compiled into it, see image-prep.ts),
 *   - the photo's content (asset ids are the sha256 of the original bytes),
 *   - crop, placed size and pixel size of the node, the target resolution,
 *   - the ICC profile's sha256.
 * The file holds a sha256 of its payload: a damaged entry is a miss (and removed), never an error.
 * Bounded by count and bytes, least recently used first out; writes are atomic.
 */
import { createHash } from 'node:crypto';
import type { ImageNode } from '../../../model/scene';
import { CacheDirectory } from '../files/cache-directory';
import { IMAGE_CODEC, type PreparedImage } from './image-prep';

const KIND = 'image-';

export interface PreparedImageCache {
  /** the prepared photo for this node and profile: kept, or made now and kept */
  prepared(node: ImageNode, iccSha256: string, targetPpi: number, make: () => Promise<PreparedImage>): Promise<PreparedImage>;
}

interface EntryHeader {
  key: string;
  width: number;
  height: number;
  jpegBytes: number;
  alphaBytes: number;
  sha256: string;
}

export class PreparedImageDiskCache implements PreparedImageCache {
  private readonly cache: CacheDirectory;

  constructor(
    dir: string,
    private readonly codeId: string,
    maxEntries = 64,
    maxBytes = 256 * 1024 * 1024,
  ) {
    this.cache = new CacheDirectory(dir, maxEntries, maxBytes);
  }

  key(node: ImageNode, iccSha256: string, targetPpi: number): string {
    return JSON.stringify([this.codeId, IMAGE_CODEC, node.assetId, node.crop ?? null, node.width, node.height, node.pixelWidth, node.pixelHeight, targetPpi, iccSha256]);
  }

  async prepared(node: ImageNode, iccSha256: string, targetPpi: number, make: () => Promise<PreparedImage>): Promise<PreparedImage> {
    const key = this.key(node, iccSha256, targetPpi);
    const name = `${KIND}${createHash('sha256').update(key).digest('hex')}.bin`;
    const bytes = this.cache.read(name);
    const kept = bytes && decodeEntry(bytes, key);
    if (kept) return kept;
    if (bytes) this.cache.remove(name);
    const made = await make();
    this.cache.write(name, encodeEntry(key, made), KIND);
    return made;
  }
}

/** [header length, 4 bytes BE][header JSON][jpeg][alpha] */
export function encodeEntry(key: string, image: PreparedImage): Buffer {
  const payload = Buffer.concat([image.jpeg, image.alpha ?? Buffer.alloc(0)]);
  const header: EntryHeader = {
    key,
    width: image.width,
    height: image.height,
    jpegBytes: image.jpeg.length,
    alphaBytes: image.alpha?.length ?? 0,
    sha256: createHash('sha256').update(payload).digest('hex'),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([length, json, payload]);
}

/** The image stored for `key`, or undefined when the bytes are not a whole, matching entry. */
export function decodeEntry(bytes: Buffer, key: string): PreparedImage | undefined {
  try {
    if (bytes.length < 4) return undefined;
    const length = bytes.readUInt32BE(0);
    if (4 + length > bytes.length) return undefined;
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + length)) as Partial<EntryHeader>;
    const payload = bytes.subarray(4 + length);
    if (header.key !== key || typeof header.width !== 'number' || typeof header.height !== 'number') return undefined;
    if (typeof header.jpegBytes !== 'number' || typeof header.alphaBytes !== 'number' || header.jpegBytes + header.alphaBytes !== payload.length) return undefined;
    if (createHash('sha256').update(payload).digest('hex') !== header.sha256) return undefined;
    const jpeg = Buffer.from(payload.subarray(0, header.jpegBytes));
    const alpha = header.alphaBytes > 0 ? Buffer.from(payload.subarray(header.jpegBytes)) : undefined;
    return { jpeg, width: header.width, height: header.height, ...(alpha ? { alpha } : {}) };
  } catch {
    return undefined;
  }
}
