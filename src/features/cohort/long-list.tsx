import { useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** Up to this many rows a list is drawn whole: find-in-page and screen readers see every row. */
export const DRAWN_WHOLE_UP_TO = 60;

interface LongListProps<Item> {
  items: readonly Item[];
  keyOf: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
  /** A row's usual height in pixels; rows are measured as drawn, so this is only a first guess. */
  rowHeight: number;
  label: string;
  className?: string;
}

/**
 * A list that stays quick at a provider's scale: a typical cohort's thirty rows are drawn whole,
 * while hundreds are virtualised (@tanstack/react-virtual) inside a scrolling box, so only the rows
 * in view are in the document.
 */
export function LongList<Item>({
  items,
  keyOf,
  renderItem,
  rowHeight,
  label,
  className = '',
}: LongListProps<Item>) {
  if (items.length <= DRAWN_WHOLE_UP_TO) {
    return (
      <ul className={`cohort-rows ${className}`} aria-label={label}>
        {items.map((item) => (
          <li key={keyOf(item)}>{renderItem(item)}</li>
        ))}
      </ul>
    );
  }
  return (
    <VirtualRows
      items={items}
      keyOf={keyOf}
      renderItem={renderItem}
      rowHeight={rowHeight}
      label={label}
      className={className}
    />
  );
}

function VirtualRows<Item>({
  items,
  keyOf,
  renderItem,
  rowHeight,
  label,
  className = '',
}: LongListProps<Item>) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser's functions change as it scrolls, so React Compiler leaves this component
  // unmemoised, which is what it needs: it draws only the rows in view.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : keyOf(item);
    },
    overscan: 6,
  });
  return (
    <div ref={scroller} className="cohort-scroller" tabIndex={0} role="region" aria-label={label}>
      <ul
        className={`cohort-rows cohort-rows-virtual ${className}`}
        aria-label={label}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start.toString()}px)` }}
            >
              {renderItem(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
