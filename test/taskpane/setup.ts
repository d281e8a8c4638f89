/**
 * Browser APIs Fluent UI expects that jsdom does not provide. Imported first by every task pane test
 * (the project's jest config is shared with node tests, so this is not a global setup file).
 */

import { configure } from '@testing-library/react';

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
    // Writable: Fluent's positioning (menus, popovers) assigns its own stub under NODE_ENV=test.
    Object.defineProperty(window, 'ResizeObserver', {
      configurable: true,
      writable: true,
      value: NoResizeObserver,
    });
  }
}

// Rendering the whole pane in jsdom takes a second or two per test; slow CI machines need headroom.
jest.setTimeout(20000);

// The same headroom for findBy…/waitFor: a dialog Fluent opens after a click can take over the default
// second on a loaded 2-core machine (CI builds the add-in in parallel). What is awaited is unchanged.
configure({ asyncUtilTimeout: 5000 });
