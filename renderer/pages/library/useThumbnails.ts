import { useCallback, useRef, useState } from 'react';
import { useApi } from '../../api/context';

/** the contract's limit per library.thumbnails call */
const BATCH = 200;

/**
 * Thumbnail data URLs by motif id, fetched in batches for the ids the grid shows.
 * Ids already asked for are not asked again (a motif without a thumbnail stays absent).
 */
export function useThumbnails(): { thumbs: Record<string, string>; request: (ids: string[]) => void } {
  const api = useApi();
  const [thumbs, setThumbs] = useState<Record<string, string>>({});
  const asked = useRef(new Set<string>());

  const request = useCallback(
    (ids: string[]) => {
      const missing = ids.filter((id) => !asked.current.has(id));
      if (missing.length === 0) return;
      for (const id of missing) asked.current.add(id);
      for (let i = 0; i < missing.length; i += BATCH) {
        const batch = missing.slice(i, i + BATCH);
        api.call('library.thumbnails', { ids: batch }).then(
          (found) => setThumbs((prev) => ({ ...prev, ...found })),
          // a failed batch may be asked again when it scrolls into view next time
          () => batch.forEach((id) => asked.current.delete(id)),
        );
      }
    },
    [api],
  );

  return { thumbs, request };
}
