import { Fragment, lazy, Suspense, useRef, type ReactNode } from 'react';
import { useClientValue } from '../../shared/use-client-value';
import type { VirtualRowsProps } from './virtual-rows';

// React.lazy drops the component's type parameter: put it back, so the props are checked where it is used.
const VirtualRows = lazy(() => import('./virtual-rows')) as unknown as <T>(props: VirtualRowsProps<T>) => ReactNode;
/** The virtualizer's estimate of a row, also the height held for the rows while their chunk loads. */
const ROW_ESTIMATE = 460;

/**
 * False in the prerendered HTML, true once the app runs: controls that only work with JavaScript
 * ("Load more") are left out of the static page instead of sitting there dead until the app takes over.
 */
export function useIsClient(): boolean {
  return useClientValue(() => true, () => false);
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
      {tail.length > plainLimit && (
        <Suspense fallback={<div className="virtual-list-pending" style={{ height: tail.length * ROW_ESTIMATE }} />}>
          <VirtualRows items={tail} getKey={getKey} renderItem={renderItem} className={className} gridRef={headRef} rowEstimate={ROW_ESTIMATE} />
        </Suspense>
      )}
    </>
  );
}

