import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';

const noSubscribe = () => () => undefined;

/**
 * False in the prerendered HTML, true once the app runs: controls that only work with JavaScript
 * ("Load more") are left out of the static page instead of sitting there dead until the app takes over.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(noSubscribe, () => true, () => false);
}

interface Props<T> {
  items: T[];
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** The first `eager` items are always in the page (prerendered, no JavaScript needed, findable). */
  eager?: number;
  /** A tail no longer than this is rendered as it is; a longer one is virtualized. */
  plainLimit?: number;
  className?: string;
}

/**
 * A card grid that stays small in the DOM however long the feed is: the first cards are ordinary
 * markup (what the prerendered page and a first visit show), the rest is virtualized by rows against
 * the window's scroll (@tanstack/react-virtual), each row a grid with the same columns as the first.
 */
export function VirtualCardList<T>({ items, getKey, renderItem, eager = 24, plainLimit = 16, className = 'card-grid' }: Props<T>) {
  const headRef = useRef<HTMLDivElement>(null);
  const head = items.slice(0, eager);
  const tail = items.slice(eager);
  return (
    <>
      <div className={className} ref={headRef}>
        {head.map((item) => (
          <Fragment key={getKey(item)}>{renderItem(item)}</Fragment>
        ))}
      </div>
      {tail.length > 0 && tail.length <= plainLimit && (
        <div className={className} style={{ marginTop: '1.75rem' }}>
          {tail.map((item) => (
            <Fragment key={getKey(item)}>{renderItem(item)}</Fragment>
          ))}
        </div>
      )}
      {tail.length > plainLimit && <VirtualRows items={tail} getKey={getKey} renderItem={renderItem} className={className} gridRef={headRef} />}
    </>
  );
}

interface Grid {
  columns: number;
  gap: number;
  /** Distance from the top of the document to the virtual list. */
  top: number;
}

function VirtualRows<T>({ items, getKey, renderItem, className, gridRef }: Required<Pick<Props<T>, 'items' | 'getKey' | 'renderItem' | 'className'>> & { gridRef: RefObject<HTMLDivElement | null> }) {
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
    const ro = new ResizeObserver(measure);
    if (gridRef.current) ro.observe(gridRef.current);
    ro.observe(document.body);
    return () => ro.disconnect();
  }, [gridRef]);

  const rows = Math.ceil(items.length / grid.columns);
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => 460,
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
