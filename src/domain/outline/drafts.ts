/**
 * The rows of an outline before they are ordered and numbered: which rows exist (items, and the
 * catalogue entries the scope needs) and which row each one hangs below. Linear in the rows.
 */
import type { CatalogueEntry, CatalogueIndex } from '../catalogue';
import type { Finding } from '../findings';
import type { Plan, PlanItem } from '../plan/model';
import { outlineFinding, type OutlineCode } from './messages';
import type { OutlineScope } from './types';

/** A row being built. `parent` is a draft index, set by {@link resolveParents}. */
export interface Draft {
  readonly code: string;
  readonly item: PlanItem | undefined;
  readonly entry: CatalogueEntry | undefined;
  /** The item's position in `plan.items`, when the row is an item's. */
  readonly itemIndex: number | undefined;
  /** The parent the row names: the item's own, or the catalogue's for an entry row. */
  readonly named: string | null;
  parent: number | null;
  /** Shared and empty until a problem is found: use {@link flag} to add one. */
  problems: readonly OutlineCode[];
}

const NO_PROBLEMS: readonly OutlineCode[] = Object.freeze([]);

/** Flags a problem on a row, once (most rows have none, so they share one empty list). */
export function flag(d: Draft, problem: OutlineCode): void {
  if (!d.problems.includes(problem)) d.problems = [...d.problems, problem];
}

/** A finding and the draft it is about, so findings can be put in document order. */
export interface DraftFinding {
  readonly draft: number;
  readonly finding: Finding<OutlineCode>;
}

export interface Drafts {
  readonly drafts: Draft[];
  /** The first draft of each code: the one rows naming that code as parent hang below. */
  readonly byCode: Map<string, number>;
  readonly findings: DraftFinding[];
}

const draft = (
  code: string,
  item: PlanItem | undefined,
  itemIndex: number | undefined,
  entry: CatalogueEntry | undefined,
  named: string | null,
): Draft => ({ code, item, itemIndex, entry, named, parent: null, problems: NO_PROBLEMS });

/**
 * The rows of the scope: `plan` takes the items in plan order (their ancestors are added while
 * resolving parents); `catalogue` takes every entry in catalogue order, the first item of an
 * entry's code on the entry's row, then every other item in plan order. Items sharing a code each
 * keep a row of their own, all flagged, with one finding per code.
 */
export function collectDrafts(plan: Plan, index: CatalogueIndex, scope: OutlineScope): Drafts {
  const drafts: Draft[] = [];
  const byCode = new Map<string, number>();
  const findings: DraftFinding[] = [];
  const add = (d: Draft): void => {
    if (!byCode.has(d.code)) byCode.set(d.code, drafts.length);
    drafts.push(d);
  };

  // By position, not by object: a plan may hold the very same item object twice, and both are rows.
  const firstItem = new Map<string, number>();
  // Only the codes used more than once, with their count (most plans have none).
  const repeated = new Map<string, number>();
  plan.items.forEach((item, i) => {
    if (!firstItem.has(item.code)) firstItem.set(item.code, i);
    else repeated.set(item.code, (repeated.get(item.code) ?? 1) + 1);
  });

  const onEntry = new Set<number>();
  if (scope === 'catalogue') {
    for (const entry of index.catalogue.entries) {
      if (byCode.has(entry.code)) continue;
      const i = firstItem.get(entry.code);
      if (i !== undefined) onEntry.add(i);
      add(draft(entry.code, i === undefined ? undefined : plan.items[i], i, entry, entry.parent));
    }
  }
  plan.items.forEach((item, i) => {
    if (!onEntry.has(i)) add(draft(item.code, item, i, index.get(item.code), item.parent));
  });

  if (repeated.size > 0) {
    const reported = new Set<string>();
    drafts.forEach((d, i) => {
      const n = repeated.get(d.code);
      if (n === undefined || d.item === undefined) return;
      flag(d, 'DUPLICATE_CODE');
      if (reported.has(d.code)) return;
      reported.add(d.code);
      findings.push({
        draft: i,
        finding: outlineFinding('DUPLICATE_CODE', { code: d.code, count: n }, d.code),
      });
    });
  }
  return { drafts, byCode, findings };
}

/**
 * Hangs each row below the first row of the code it names. A parent the rows do not have but the
 * catalogue does is added as a heading row (and resolved in turn); a parent neither has leaves the
 * row at the top with an UNKNOWN_PARENT finding. Cycles are left for {@link cutCycles}.
 */
export function resolveParents(state: Drafts, index: CatalogueIndex): void {
  const { drafts, byCode, findings } = state;
  // Rows added here are appended, so this loop resolves them too.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d === undefined || d.named === null) continue;
    let parent = byCode.get(d.named);
    if (parent === undefined) {
      const entry = index.get(d.named);
      if (entry !== undefined) {
        parent = drafts.length;
        byCode.set(entry.code, parent);
        drafts.push(draft(entry.code, undefined, undefined, entry, entry.parent));
      }
    }
    if (parent === undefined) {
      flag(d, 'UNKNOWN_PARENT');
      findings.push({
        draft: i,
        finding: outlineFinding('UNKNOWN_PARENT', { code: d.code, parent: d.named }, d.code),
      });
    } else d.parent = parent;
  }
}
