import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * The virtualized tail of a long card list (@tanstack/react-virtual against the window's scroll). Its
 * own chunk: a feed short enough to render whole (most feeds, and every prerendered page) never loads it.
 */

export interface VirtualRowsProps<T> {
  /** The height a row is taken to have until it is measured. */
  rowEstimate: number;
  items: T[];
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  className: string;
  gridRef: RefObject<HTMLDivElement | null>;
}

interface Grid {
  columns: number;
  gap: number;
  /** Distance from the top of the document to the virtual list. */
  top: number;
}

/** Rows of cards, each a grid with the same columns as the list's first grid, only those near the viewport in the DOM. */
export default function VirtualRows<T>({ items, getKey, renderItem, className, gridRef, rowEstimate }: VirtualRowsProps<T>) {
  const listRef = useRef<HTMLDivElement>(null);
  const [grid, setGrid] = useState<Grid>({ columns: 1, gap: 28, top: 0 });

  // Read the columns and gap the CSS gives the first grid, and where the list starts; again on resize.
  useLayoutEffect(() => {
    const measure = () => {
      const first = gridRef.current;
      const list = listRef.current;
      if (!first || !list) return;
      const style = getComputedStyle(first);
      const columns = Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length);
      const gap = parseFloat(style.rowGap) || 0;
      const top = Math.round(list.getBoundingClientRect().top + window.scrollY);
      setGrid((g) => (g.columns === columns && g.gap === gap && g.top === top ? g : { columns, gap, top }));
    };
    measure();
    // Every current engine has ResizeObserver; an older one measures again when the window resizes.
    if (typeof ResizeObserver !== 'function') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const ro = new ResizeObserver(measure);
    if (gridRef.current) ro.observe(gridRef.current);
    ro.observe(document.body);
    return () => ro.disconnect();
  }, [gridRef]);

  const rows = Math.ceil(items.length / grid.columns);
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => rowEstimate,
    overscan: 2,
    gap: grid.gap,
    scrollMargin: grid.top,
  });

  return (
    <div ref={listRef} className="virtual-list" style={{ position: 'relative', height: virtualizer.getTotalSize(), marginTop: grid.gap }}>
      {virtualizer.getVirtualItems().map((row) => {
        const cells = items.slice(row.index * grid.columns, (row.index + 1) * grid.columns);
        return (
          <div
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            className={className}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start - grid.top}px)` }}
          >
            {cells.map((item) => (
              <Fragment key={getKey(item)}>{renderItem(item)}</Fragment>
            ))}
          </div>
        );
      })}
    </div>
  );
}
