/**
 * Keeps the unit tests of the task pane fast in jsdom (a jest `setupFiles` entry of the unit project).
 *
 * Fluent UI inserts some 700 CSS rules (Griffel) into the page. jsdom computes no layout, but every
 * `getComputedStyle` call matches every rule against the element, and Testing Library (is it hidden?),
 * user-event (pointer-events) and axe call it for each element and its ancestors: that made the pane's
 * tests spend four fifths of their time in jsdom's selector matching.
 *
 * So only the rules that can hide an element, take it out of the accessibility tree or stop pointer
 * events are inserted: every rule declaring one of {@link VISIBILITY_PROPERTIES}. The computed values
 * of those properties, the only ones any unit test depends on, stay what they would be with every rule
 * (a dropped rule declares none of them); colours, fonts and spacing, which jsdom cannot lay out
 * anyway, are left out. The full CSS is exercised in Chromium by the integration tests (test/e2e).
 */

/** The properties that decide whether an element is visible, accessible or clickable. */
export const VISIBILITY_PROPERTIES = [
  'display',
  'visibility',
  'content-visibility',
  'pointer-events',
  'opacity',
  'clip',
  'clip-path',
  'content',
  'overflow',
  'overflow-x',
  'overflow-y',
  'position',
];

const DECLARES = new RegExp(`(^|[;{\\s])(${VISIBILITY_PROPERTIES.join('|')})\\s*:`, 'i');

/** Whether a CSS rule text declares one of {@link VISIBILITY_PROPERTIES} (at any nesting depth). */
export function declaresVisibility(rule: string): boolean {
  return DECLARES.test(rule);
}

const INSTALLED = Symbol.for('kinh-phi-gnbv.jsdom-style-filter');

if (typeof window !== 'undefined' && typeof window.CSSStyleSheet === 'function' && !(INSTALLED in window)) {
  Object.defineProperty(window, INSTALLED, { value: true });
  const proto = window.CSSStyleSheet.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the sheet as `this` below
  const insertRule = proto.insertRule;
  proto.insertRule = function (this: CSSStyleSheet, rule: string, index?: number): number {
    if (declaresVisibility(String(rule))) return insertRule.call(this, rule, index);
    return index ?? 0;
  };
}
