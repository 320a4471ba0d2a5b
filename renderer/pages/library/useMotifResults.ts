import { useCallback, useEffect, useRef, useState } from 'react';
import type { MotifSummary, SearchInput } from '../../../model/api/library';
import { useApi } from '../../api/context';
import { useNotifyError } from '../../shell/notify';

/** Rows fetched per call: a few screens of cards, small enough to come back at once. */
export const PAGE_SIZE = 120;

export type SearchParams = Omit<SearchInput, 'limit' | 'offset'>;


export interface MotifResults {
  /** rows the grid should have room for; null until the first page of this search arrived */
  count: number | null;
  /** false while the real number of matches is still unknown (more than the server counted) */
  exact: boolean;
  /** matches known so far (what "more than N" says while `exact` is false) */
  atLeast: number;
  /** undefined: not loaded yet; null: loaded, but hidden from this view (a gap in the page) */
  itemAt: (index: number) => MotifSummary | null | undefined;
  /** make sure rows [start, end) are loaded or on their way */
  ensureRange: (start: number, end: number) => void;
  /** bumps whenever a page arrives, so views can react to newly loaded rows */
  loaded: number;
}

/**
 * Search results as a sparse list: only the pages the grid has scrolled to are fetched,
 * so 10,000 motifs cost a few small calls. A new search starts over; a reload of the same
 * search (`reloadKey`, after an edit) keeps showing the old rows until fresh ones arrive,
 * so the list neither flickers nor jumps back to the top. Answers to an older search are dropped.
 */
export function useMotifResults(params: SearchParams, reloadKey: number): MotifResults {
  const api = useApi();
  const notify = useNotifyError();
  const [total, setTotal] = useState<number | null>(null);
  // the server stops counting at a ceiling (counting every match of 苗 costs time): then the
  // total means "at least" and the grid grows page by page until a short page shows the end
  const [capped, setCapped] = useState(false);
  const [loaded, setTick] = useState(0);
  const pages = useRef(new Map<number, MotifSummary[]>());
  const pending = useRef(new Set<number>());
  /** pages still showing rows from before a reload */
  const stale = useRef(new Set<number>());
  const lastKey = useRef<string | null>(null);
  const generation = useRef(0);
  const paramsRef = useRef(params);
  const key = JSON.stringify(params);

  const fetchPage = useCallback(
    (page: number) => {
      if ((pages.current.has(page) && !stale.current.has(page)) || pending.current.has(page)) return;
      pending.current.add(page);
      const gen = generation.current;
      api.call('library.search', { ...paramsRef.current, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(
        (result) => {
          if (gen !== generation.current) return;
          pending.current.delete(page);
          stale.current.delete(page);
          pages.current.set(page, result.items);
          setTotal(result.total);
          setCapped(result.capped);
          setTick((n) => n + 1);
        },
        (error) => {
          if (gen !== generation.current) return;
          pending.current.delete(page);
          setTotal((t) => t ?? 0);
          notify(error);
        },
      );
    },
    [api, notify],
  );

  useEffect(() => {
    paramsRef.current = JSON.parse(key) as SearchParams;
    generation.current += 1;
    pending.current = new Set();
    if (lastKey.current === key) {
      stale.current = new Set(pages.current.keys());
    } else {
      pages.current = new Map();
      stale.current = new Set();
      setTotal(null);
      setCapped(false);
    }
    lastKey.current = key;
    fetchPage(0);
    // the rows on screen are asked for again by whoever calls ensureRange on this tick
    setTick((n) => n + 1);
  }, [key, reloadKey, fetchPage]);

  const itemAt = useCallback((index: number) => {
    const page = pages.current.get(Math.floor(index / PAGE_SIZE));
    // a cooperative's page may come back a little short: secret/sacred motifs are taken out
    return page ? (page[index % PAGE_SIZE] ?? null) : undefined;
  }, []);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      if (end <= start) return;
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor((end - 1) / PAGE_SIZE); page++) fetchPage(page);
    },
    [fetchPage],
  );

  let knownEnd = 0;
  let end: number | null = null;
  for (const [page, items] of pages.current) {
    knownEnd = Math.max(knownEnd, page * PAGE_SIZE + items.length);
    if (items.length < PAGE_SIZE) end = Math.min(end ?? Infinity, page * PAGE_SIZE + items.length);
  }
  let count = total;
  let exact = true;
  if (total !== null && capped) {
    if (end !== null && end >= total) count = end;
    else {
      count = Math.max(total, knownEnd + PAGE_SIZE);
      exact = false;
    }
  }
  return { count, exact, atLeast: Math.max(total ?? 0, knownEnd), itemAt, ensureRange, loaded };
}
