/**
 * Orders the rows: a row takes its place among its siblings when it is first met, as a row of its
 * own or as the parent of one (a Dự án the plan lists after its first Tiểu dự án still comes
 * before it), then the tree is read depth-first. Iterative throughout: a chain of 150 000 nested
 * rows must not overflow the stack.
 */
import type { Draft } from './drafts';

export interface Placement {
  /** Top rows in order (draft indexes). */
  readonly top: readonly number[];
  /** Children of each draft in order; undefined for a row without children. */
  readonly kids: readonly (readonly number[] | undefined)[];
  /** Draft indexes in document order: depth-first, each row before its children. */
  readonly order: readonly number[];
}

/** Places every draft exactly once; parents must be acyclic (see `cutCycles`). */
export function placeDrafts(drafts: readonly Draft[]): Placement {
  const placed = new Uint8Array(drafts.length);
  const top: number[] = [];
  const kids: (number[] | undefined)[] = new Array<number[] | undefined>(drafts.length);
  const chain: number[] = [];
  for (let i = 0; i < drafts.length; i++) {
    // The unplaced rows from i up to the first placed ancestor (or the top), placed top-down.
    let at: number | null = i;
    while (at !== null && placed[at] === 0) {
      chain.push(at);
      at = drafts[at]?.parent ?? null;
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      const row = chain[k] ?? 0;
      placed[row] = 1;
      const parent = drafts[row]?.parent ?? null;
      if (parent === null) top.push(row);
      else (kids[parent] ??= []).push(row);
    }
    chain.length = 0;
  }
  return { top, kids, order: depthFirst(top, kids) };
}

function depthFirst(top: readonly number[], kids: readonly (readonly number[] | undefined)[]): number[] {
  const order: number[] = [];
  const stack: number[] = [];
  for (let k = top.length - 1; k >= 0; k--) stack.push(top[k] ?? 0);
  while (stack.length > 0) {
    const row = stack.pop() ?? 0;
    order.push(row);
    const below = kids[row];
    if (below) for (let k = below.length - 1; k >= 0; k--) stack.push(below[k] ?? 0);
  }
  return order;
}
