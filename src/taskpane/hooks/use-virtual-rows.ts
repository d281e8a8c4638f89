import { useCallback, useLayoutEffect, useRef, useState, type RefObject, type UIEvent } from 'react';

/** The slice of a fixed-height list to render, and the spacing that keeps the scrollbar true. */
export interface VirtualWindow {
  readonly first: number;
  /** One past the last index to render. */
  readonly last: number;
  /** Height of the whole list, px. */
  readonly total: number;
}

/** Rows rendered above and below the visible ones, so a fast scroll does not show blank space. */
const OVERSCAN = 4;

/** The rows of `count` fixed-height rows seen through a viewport `height` px tall, scrolled to `top`. */
export function windowOf(count: number, rowHeight: number, top: number, height: number): VirtualWindow {
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  return { first, last: Math.max(first, last), total: count * rowHeight };
}

/**
 * Windowing for a scrolling list of `count` rows of `rowHeight` px: only the rows in view (plus a few)
 * are rendered. `fallbackHeight` is used until the viewport has a measured height (and in jsdom).
 */
export function useVirtualRows(
  count: number,
  rowHeight: number,
  fallbackHeight: number,
): {
  readonly viewport: RefObject<HTMLDivElement>;
  readonly window: VirtualWindow;
  readonly onScroll: (event: UIEvent<HTMLDivElement>) => void;
  /** Scrolls so the row at `index` is in view. */
  readonly reveal: (index: number) => void;
} {
  const viewport = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);
  useLayoutEffect(() => {
    const el = viewport.current;
    if (el === null) return undefined;
    const measure = (): void => setHeight(el.clientHeight > 0 ? el.clientHeight : fallbackHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallbackHeight]);
  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => setTop(event.currentTarget.scrollTop), []);
  const reveal = useCallback(
    (index: number) => {
      const el = viewport.current;
      if (el === null) return;
      const y = index * rowHeight;
      const view = el.clientHeight > 0 ? el.clientHeight : fallbackHeight;
      if (y < el.scrollTop || y + rowHeight > el.scrollTop + view) {
        el.scrollTop = Math.max(0, y - rowHeight);
        setTop(el.scrollTop);
      }
    },
    [rowHeight, fallbackHeight],
  );
  return { viewport, window: windowOf(count, rowHeight, top, height), onScroll, reveal };
}
