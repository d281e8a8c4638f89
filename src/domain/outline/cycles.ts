/**
 * Parent cycles (A below B below A): no row of a cycle can be placed below another, so each is put
 * at the top, flagged, with one finding per cycle. Each row has one parent, so a walk up from every
 * row, never repeating a row already walked, finds every cycle in linear time.
 */
import { outlineFinding } from './messages';
import { flag, type Draft, type DraftFinding } from './drafts';

const UNSEEN = 0;
const ON_PATH = 1;
const DONE = 2;

/**
 * Finds the cycles, moves their rows to the top and reports each cycle once, at its row that comes
 * first among the drafts, listing the codes from there in parent order (A → B means B is A's parent).
 */
export function cutCycles(drafts: readonly Draft[], findings: DraftFinding[]): void {
  const state = new Uint8Array(drafts.length);
  const path: number[] = [];
  const cycles: number[][] = [];
  for (let start = 0; start < drafts.length; start++) {
    if (state[start] !== UNSEEN) continue;
    let at: number | null = start;
    while (at !== null && state[at] === UNSEEN) {
      state[at] = ON_PATH;
      path.push(at);
      at = drafts[at]?.parent ?? null;
    }
    if (at !== null && state[at] === ON_PATH) cycles.push(path.slice(path.indexOf(at)));
    for (const i of path) state[i] = DONE;
    path.length = 0;
  }
  for (const cycle of cycles) {
    // A loop rather than Math.min(...cycle): a cycle may hold more rows than a call takes arguments.
    let from = 0;
    cycle.forEach((d, i) => {
      if (d < (cycle[from] ?? d)) from = i;
    });
    const first = cycle[from] ?? 0;
    const ordered = [...cycle.slice(from), ...cycle.slice(0, from)];
    for (const i of ordered) {
      const d = drafts[i];
      if (d === undefined) continue;
      d.parent = null;
      flag(d, 'PARENT_CYCLE');
    }
    const codes = ordered.map((i) => drafts[i]?.code ?? '');
    findings.push({ draft: first, finding: outlineFinding('PARENT_CYCLE', { codes }, codes[0]) });
  }
}
