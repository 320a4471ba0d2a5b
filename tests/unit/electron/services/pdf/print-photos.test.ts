/**
 * An export starts converting its photos as soon as the scene is built, so libvips works while
 * the preflight runs (print-photos.ts): the photo must be loaded and handed to sharp before
 * prefetch returns, with or without the prepared-photo cache, and a missing photo must become
 * a rejection reported where it is painted, not an exception out of prefetch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PreparedImageDiskCache } from '../../../../../electron/services/pdf/prepared-image-cache';
import { PrintPhotos } from '../../../../../electron/services/pdf/print-photos';
import type { ImageNode, SceneNode } from '../../../../../model/scene';
import { makePhoto } from './sample-scene';

const iccPath = resolve(__dirname, '../../../../../assets/icc/FOGRA39L_tac300.icc');
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-photos-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const photo = (assetId: string): ImageNode => ({ type: 'image', assetId, x: 0, y: 0, width: 40, height: 26.7, pixelWidth: 3000, pixelHeight: 2000 });
const scene = (...ids: string[]): SceneNode[] => [{ type: 'group', children: ids.map(photo) }];

describe('PrintPhotos', () => {
  for (const cached of [false, true]) {
    it(`loads every photo before prefetch returns (${cached ? 'with' : 'without'} the prepared-photo cache), once per photo`, async () => {
      const bytes = await makePhoto();
      const loaded: string[] = [];
      const photos = new PrintPhotos({
        loadImage: (id) => {
          loaded.push(id);
          return bytes;
        },
        iccPath,
        imageCache: cached ? new PreparedImageDiskCache(join(tmp, 'cache'), 'test') : undefined,
      });
      photos.prefetch(scene('a', 'b', 'a'));
      expect(loaded).toEqual(['a', 'b']);
      const a = await photos.get(photo('a'));
      expect(a.width).toBeGreaterThan(0);
      expect(loaded).toEqual(['a', 'b']);
    });
  }

  it('a photo that cannot be loaded rejects where it is asked for, and prefetch does not throw', async () => {
    const photos = new PrintPhotos({
      loadImage: (id) => {
        throw new Error(`no ${id}`);
      },
      iccPath,
    });
    expect(() => photos.prefetch(scene('gone'))).not.toThrow();
    await expect(photos.get(photo('gone'))).rejects.toThrow('no gone');
  });
});
