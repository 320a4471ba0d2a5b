import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  count: number;
  rowHeight: number;
  minColumnWidth: number;
  gap: number;
  label: string;
  /** changes when a new search starts: the grid scrolls back to the top */
  resetKey: string;
  renderItem: (index: number) => ReactNode;
  /** the index range [start, end) now on screen (plus overscan), for loading data */
  onRangeChange: (start: number, end: number) => void;
}

/** rows kept above and below the viewport so a quick scroll does not show blanks */
const OVERSCAN_ROWS = 2;

/**
 * A windowed grid: only the rows in view are in the DOM, positioned absolutely inside a
 * spacer as tall as all rows together. 10,000 motifs means ~30 cards in the document.
 */
export function VirtualGrid({ count, rowHeight, minColumnWidth, gap, label, resetKey, renderItem, onRangeChange }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [scrollTop, setScrollTop] = useState(0);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const columns = Math.max(1, Math.floor((size.width + gap) / (minColumnWidth + gap)));
  const columnWidth = (size.width - gap * (columns - 1)) / columns;
  const rows = Math.ceil(count / columns);
  const firstRow = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN_ROWS);
  const lastRow = Math.min(rows, Math.ceil((scrollTop + size.height) / rowHeight) + OVERSCAN_ROWS);
  const start = firstRow * columns;
  const end = Math.min(count, lastRow * columns);

  useEffect(() => {
    if (size.width > 0) onRangeChange(start, end);
  }, [start, end, size.width, onRangeChange]);

  const cells: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    const row = Math.floor(index / columns);
    const col = index % columns;
    cells.push(
      <div
        key={index}
        role="listitem"
        className="vgrid-cell"
        style={{ top: row * rowHeight, left: col * (columnWidth + gap), width: columnWidth, height: rowHeight - gap }}
      >
        {renderItem(index)}
      </div>,
    );
  }

  return (
    <div ref={scroller} className="vgrid" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div role="list" aria-label={label} data-count={count} className="vgrid-spacer" style={{ height: rows * rowHeight }}>
        {size.width > 0 && cells}
      </div>
    </div>
  );
}
