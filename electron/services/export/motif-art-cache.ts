/**
 * Motif artwork as a display list, kept between processes in the data folder's cache/motif-art:
 * parsing and converting a dozen motif SVGs was a tenth of a cold export. An entry's key is the
 * artwork's sha256, the colour map it was recoloured with and the id of the code that converted
 * it, so a changed artwork, colour choice or converter makes a new entry.
 *
 * The code id is the name of the built chunk this module is bundled into: the bundler names
 * chunks by a hash of their content and of every chunk they import (the SVG converter
 * included). Run from TypeScript sources (tests, tools) there is no such name and no disk cache.
 * Bounded to `maxEntries` files, least recently used first out; damaged entries are misses.
 */
import { createHash } from 'node:crypto';
import { CacheDirectory } from '../files/cache-directory';
import type { MotifArt } from '../../../model/design/scene/types';
import type { PrintColor } from '../../../model/scene';

export interface MotifArtCache {
  /** the display list for this artwork and colour map: kept, or made now and kept */
  prepared<T extends MotifArt>(svg: string, colourMap: Record<string, PrintColor> | undefined, make: () => T): T;
}

const KIND = 'art-';

/** "export-Dcd253KE" for a hashed chunk such as .../chunks/export-Dcd253KE.mjs, else undefined. */
export function builtCodeId(moduleUrl: string): string | undefined {
  // the chunk may be named after a hyphenated module (motif-art-cache-D8-lUCXH): the hash is the last 8 characters
  return /\/([\w.-]+-[\w-]{8})\.mjs$/.exec(moduleUrl)?.[1];
}

export class MotifArtDiskCache implements MotifArtCache {
  private readonly cache: CacheDirectory;

  constructor(dir: string, private readonly codeId: string, maxEntries = 256) {
    this.cache = new CacheDirectory(dir, maxEntries);
  }

  prepared<T extends MotifArt>(svg: string, colourMap: Record<string, PrintColor> | undefined, make: () => T): T {
    const key = JSON.stringify([this.codeId, createHash('sha256').update(svg).digest('hex'), colourMap ?? null]);
    const name = `${KIND}${createHash('sha256').update(key).digest('hex')}.json`;
    const kept = this.read(name, key);
    if (kept) return kept as T;
    const art = make();
    this.cache.write(name, JSON.stringify({ key, art }), KIND);
    return art;
  }

  private read(name: string, key: string): MotifArt | undefined {
    const bytes = this.cache.read(name);
    if (!bytes) return undefined;
    try {
      const entry = JSON.parse(bytes.toString('utf8')) as { key?: unknown; art?: MotifArt };
      if (entry.key === key && entry.art && Array.isArray(entry.art.nodes) && typeof entry.art.viewBox === 'object' && entry.art.viewBox !== null) return entry.art;
    } catch {
      // damaged: dropped below and made again
    }
    this.cache.remove(name);
    return undefined;
  }
}

/** The disk cache under `dir` when this is built code (see builtCodeId), else none. */
export function motifArtDiskCache(dir: string, moduleUrl: string = import.meta.url): MotifArtCache | undefined {
  const codeId = builtCodeId(moduleUrl);
  return codeId ? new MotifArtDiskCache(dir, codeId) : undefined;
}
