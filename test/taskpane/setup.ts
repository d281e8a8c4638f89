/**
 * Browser APIs Fluent UI expects that jsdom does not provide. Imported first by every task pane test
 * (the project's jest config is shared with node tests, so this is not a global setup file).
 */

if (typeof window !== 'undefined') {
  if (typeof window.matchMedia !== 'function') {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string): MediaQueryList =>
        ({
          matches: false,
          media: query,
          onchange: null,
          addListener: () => undefined,
          removeListener: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
          dispatchEvent: () => false,
        }) as MediaQueryList,
    });
  }
  if (typeof window.ResizeObserver !== 'function') {
    class NoResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, 'ResizeObserver', { configurable: true, value: NoResizeObserver });
  }
}

// Rendering the whole pane in jsdom takes a second or two per test; slow CI machines need headroom.
jest.setTimeout(20000);
