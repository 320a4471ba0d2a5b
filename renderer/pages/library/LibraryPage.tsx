import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { CuratorBar } from './curator/CuratorBar';
import { useCuratorStatus } from './curator/useCuratorStatus';
import { MotifDetailPanel } from './detail/MotifDetailPanel';
import { LibraryFilters, NO_FILTERS, type FilterValues } from './LibraryFilters';
import { MotifCard } from './MotifCard';
import { useDebounced } from './useDebounced';
import { useMotifResults, type SearchParams } from './useMotifResults';
import { useThumbnails } from './useThumbnails';
import { VirtualGrid } from './VirtualGrid';
import { OwnArtworkDialog } from './own/OwnArtworkDialog';

const SEARCH_DELAY_MS = 150;
const ROW_HEIGHT = 226;
const MIN_CARD_WIDTH = 150;
const GAP = 12;

/** 纹样库: search, filters, the windowed grid, the detail panel and curator mode. */
export function LibraryPage() {
  const api = useApi();
  const { t } = useI18n();
  const curator = useCuratorStatus();
  const curatorView = !!curator.status?.active;
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  // a record opened (or changed) in curator mode may be a draft: leaving curator mode puts
  // it away at once, before anything asks the server for it as a cooperative
  const [opened, setOpened] = useState<{ id: string; curator: boolean } | null>(null);
  const openId = opened && (curatorView || !opened.curator) ? opened.id : null;
  const setOpenId = useCallback((id: string | null) => setOpened(id ? { id, curator: curatorView } : null), [curatorView]);
  const [reloadKey, setReloadKey] = useState(0);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [reviewCount, setReviewCount] = useState<number | null>(null);
  // the cooperative's own artwork is not in the shared listing: it has a view of its own
  const [ownView, setOwnView] = useState(false);
  const [addingOwn, setAddingOwn] = useState(false);

  const params = useMemo<SearchParams>(() => {
    const p: SearchParams = { query, view: curatorView ? 'curator' : ownView ? 'own' : 'cooperative' };
    if (filters.craft) p.craft = filters.craft;
    if (filters.technique) p.technique = filters.technique;
    if (filters.region) p.region = filters.region;
    if (filters.label) p.label = filters.label as SearchParams['label'];
    if (curatorView && filters.status) p.status = filters.status as SearchParams['status'];
    return p;
  }, [query, filters, curatorView, ownView]);
  const resetKey = JSON.stringify(params);
  const results = useMotifResults(params, reloadKey);
  const { thumbs, request } = useThumbnails();

  // leaving curator mode: the pack selection is put away too
  useEffect(() => {
    if (!curatorView) setChecked(new Set());
  }, [curatorView]);

  useEffect(() => {
    if (!curatorView) return setReviewCount(null);
    api.call('library.search', { query: '', view: 'curator', status: 'in-review', limit: 1 }).then(
      (r) => setReviewCount(r.total),
      () => setReviewCount(null),
    );
  }, [api, curatorView, reloadKey]);

  const { itemAt, ensureRange, loaded } = results;
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const onRangeChange = useCallback(
    (start: number, end: number) => {
      ensureRange(start, end);
      setRange([start, end]);
    },
    [ensureRange],
  );
  // after a reload the rows on screen may be gone: ask again once the first page is back;
  // and fetch thumbnails for the cards on screen, once their rows have arrived
  useEffect(() => {
    ensureRange(range[0], range[1]);
    const ids: string[] = [];
    for (let i = range[0]; i < range[1]; i++) {
      const item = itemAt(i);
      if (item) ids.push(item.id);
    }
    request(ids);
  }, [range, loaded, itemAt, request, ensureRange]);

  const reload = useCallback(() => setReloadKey((k) => k + 1), []);
  const total = results.count;

  return (
    <section className="page library-page" aria-labelledby="lib-title">
      <div className="lib-top">
        <h1 id="lib-title">{t('lib.title')}</h1>
        <input
          type="search"
          className="lib-search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label={t('lib.search')}
          placeholder={t('lib.search.placeholder')}
          maxLength={200}
        />
        {!curatorView && <CuratorBar status={curator.status} setStatus={curator.setStatus} lock={curator.lock} reviewCount={null} showReviewQueue={() => {}} selected={[]} onLibraryChanged={reload} onOpen={setOpenId} />}
      </div>
      {curatorView && (
        <CuratorBar
          status={curator.status}
          setStatus={curator.setStatus}
          lock={curator.lock}
          reviewCount={reviewCount}
          showReviewQueue={() => setFilters({ ...NO_FILTERS, status: 'in-review' })}
          selected={[...checked]}
          onLibraryChanged={reload}
          onOpen={setOpenId}
        />
      )}
      {!curatorView && (
        <div className="lib-own">
          <label>
            <input type="checkbox" checked={ownView} onChange={(e) => setOwnView(e.target.checked)} />
            {t('own.view')}
          </label>
          <button type="button" onClick={() => setAddingOwn(true)}>
            {t('own.add')}
          </button>
        </div>
      )}
      {addingOwn && (
        <OwnArtworkDialog
          onAdded={(id) => {
            setAddingOwn(false);
            setOwnView(true);
            reload();
            setOpenId(id);
          }}
          onClose={() => setAddingOwn(false)}
        />
      )}
      <LibraryFilters value={filters} onChange={setFilters} curatorView={curatorView} facetsKey={reloadKey} />
      <p className="lib-count" role="status" aria-live="polite">
        {total === null ? t('loading') : !results.exact ? t('lib.count.more', { n: results.atLeast.toLocaleString() }) : total === 1 ? t('lib.count.one') : t('lib.count', { n: total.toLocaleString() })}
      </p>
      <div className={openId ? 'lib-body with-detail' : 'lib-body'}>
        <div className="lib-grid-wrap">
          {total === 0 ? (
            <p className="lib-none">{t('lib.none')}</p>
          ) : (
            <VirtualGrid
              count={total ?? 0}
              rowHeight={ROW_HEIGHT}
              minColumnWidth={MIN_CARD_WIDTH}
              gap={GAP}
              label={t('lib.grid')}
              resetKey={resetKey}
              onRangeChange={onRangeChange}
              renderItem={(i) => {
                const motif = itemAt(i);
                if (motif === null) return null;
                return (
                  <MotifCard
                    motif={motif}
                    thumb={motif ? thumbs[motif.id] : undefined}
                    selected={!!motif && motif.id === openId}
                    showStatus={curatorView}
                    checked={motif ? checked.has(motif.id) : false}
                    onCheck={
                      curatorView && motif
                        ? (on) =>
                            setChecked((prev) => {
                              const next = new Set(prev);
                              if (on) next.add(motif.id);
                              else next.delete(motif.id);
                              return next;
                            })
                        : undefined
                    }
                    onOpen={setOpenId}
                  />
                );
              }}
            />
          )}
        </div>
        {openId ? (
          <MotifDetailPanel
            key={openId}
            id={openId}
            curatorActive={curatorView}
            onChanged={() => {
              setOpened((o) => o && { ...o, curator: true });
              reload();
            }}
            onClose={() => setOpenId(null)}
          />
        ) : (
          <aside className="detail-panel hint">
            <p>{t('lib.pick')}</p>
          </aside>
        )}
      </div>
    </section>
  );
}
