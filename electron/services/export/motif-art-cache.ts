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
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { MotifArt } from '../../../model/design/scene/types';
import type { PrintColor } from '../../../model/scene';

export interface MotifArtCache {
  /** the display list for this artwork and colour map: kept, or made now and kept */
  prepared<T extends MotifArt>(svg: string, colourMap: Record<string, PrintColor> | undefined, make: () => T): T;
}

/** "export-Dcd253KE" for a hashed chunk such as .../chunks/export-Dcd253KE.mjs, else undefined. */
export function builtCodeId(moduleUrl: string): string | undefined {
  return /\/([\w.]+-[\w-]{8})\.mjs$/.exec(moduleUrl)?.[1];
}

export class MotifArtDiskCache implements MotifArtCache {
  constructor(
    private readonly dir: string,
    private readonly codeId: string,
    private readonly maxEntries = 256,
  ) {}

  prepared<T extends MotifArt>(svg: string, colourMap: Record<string, PrintColor> | undefined, make: () => T): T {
    const key = JSON.stringify([this.codeId, createHash('sha256').update(svg).digest('hex'), colourMap ?? null]);
    const file = path.join(this.dir, `art-${createHash('sha256').update(key).digest('hex')}.json`);
    const kept = this.read(file, key);
    if (kept) return kept as T;
    const art = make();
    this.write(file, JSON.stringify({ key, art }));
    return art;
  }

  private read(file: string, key: string): MotifArt | undefined {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as { key?: unknown; art?: MotifArt };
      if (entry.key === key && entry.art && Array.isArray(entry.art.nodes) && typeof entry.art.viewBox === 'object' && entry.art.viewBox !== null) {
        const now = new Date();
        fs.utimesSync(file, now, now);
        return entry.art;
      }
    } catch {
      // damaged: dropped below and made again
    }
    fs.rmSync(file, { force: true });
    return undefined;
  }

  /** Atomic write, then the oldest entries beyond maxEntries go; a failed write only costs time. */
  private write(file: string, text: string): void {
    // the thumbnail worker thread writes the same folders from the same process: the thread is part of the name
    const tmp = `${file}.${process.pid}.${threadId}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, file);
      const entries = fs
        .readdirSync(this.dir)
        .filter((n) => n.startsWith('art-') && n.endsWith('.json'))
        .map((n) => ({ file: path.join(this.dir, n), used: fs.statSync(path.join(this.dir, n)).mtimeMs }))
        .sort((a, b) => b.used - a.used);
      for (const old of entries.slice(this.maxEntries)) fs.rmSync(old.file, { force: true });
    } catch {
      fs.rmSync(tmp, { force: true });
    }
  }
}

/** The disk cache under `dir` when this is built code (see builtCodeId), else none. */
export function motifArtDiskCache(dir: string, moduleUrl: string = import.meta.url): MotifArtCache | undefined {
  const codeId = builtCodeId(moduleUrl);
  return codeId ? new MotifArtDiskCache(dir, codeId) : undefined;
}
