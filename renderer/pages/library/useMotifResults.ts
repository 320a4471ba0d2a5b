import { useCallback, useEffect, useRef, useState } from 'react';
import type { MotifSummary, SearchInput } from '../../../model/api/library';
import { useApi } from '../../api/context';
import { useNotifyError } from '../../shell/notify';

/** Rows fetched per call: a few screens of cards, small enough to come back at once. */
export const PAGE_SIZE = 120;

export type SearchParams = Omit<SearchInput, 'limit' | 'offset'>;

export interface MotifResults {
  /** null until the first page of this search arrived */
  total: number | null;
  itemAt: (index: number) => MotifSummary | undefined;
  /** make sure rows [start, end) are loaded or on their way */
  ensureRange: (start: number, end: number) => void;
  /** bumps whenever a page arrives, so views can react to newly loaded rows */
  loaded: number;
}

/**
 * Search results as a sparse list: only the pages the grid has scrolled to are fetched,
 * so 10,000 motifs cost a few small calls. A new search (or `reloadKey`) starts over,
 * and answers to an older search are dropped.
 */
export function useMotifResults(params: SearchParams, reloadKey: number): MotifResults {
  const api = useApi();
  const notify = useNotifyError();
  const [total, setTotal] = useState<number | null>(null);
  const [loaded, setTick] = useState(0);
  const pages = useRef(new Map<number, MotifSummary[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const paramsRef = useRef(params);
  const key = JSON.stringify(params);

  const fetchPage = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      pending.current.add(page);
      const gen = generation.current;
      api.call('library.search', { ...paramsRef.current, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(
        (result) => {
          if (gen !== generation.current) return;
          pending.current.delete(page);
          pages.current.set(page, result.items);
          setTotal(result.total);
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
    pages.current = new Map();
    pending.current = new Set();
    setTotal(null);
    fetchPage(0);
  }, [key, reloadKey, fetchPage]);

  const itemAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      if (end <= start) return;
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor((end - 1) / PAGE_SIZE); page++) fetchPage(page);
    },
    [fetchPage],
  );

  return { total, itemAt, ensureRange, loaded };
}
