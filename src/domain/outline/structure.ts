/**
 * The outline's rows, hung and ordered, with the problems of the tree. The problems are those of
 * the plan's own parents whatever the scope, so that the section, the Word table, the workbook
 * and `gnbv check` report the same findings for one plan.
 */
import type { CatalogueIndex } from '../catalogue';
import type { Finding } from '../findings';
import type { Plan } from '../plan/model';
import { cutCycles } from './cycles';
import { collectDrafts, flag, resolveParents, type Draft, type DraftFinding } from './drafts';
import { placeDrafts, type Placement } from './place';
import type { OutlineCode } from './messages';
import type { OutlineScope } from './types';

export interface Structure {
  readonly drafts: readonly Draft[];
  /** The first draft of each code. */
  readonly byCode: ReadonlyMap<string, number>;
  /** In plan order of the rows they are about (rows the catalogue adds last); one row's in the order found. */
  readonly findings: readonly Finding<OutlineCode>[];
  readonly placement: Placement;
}

interface Arranged extends Omit<Structure, 'findings'> {
  readonly findings: readonly DraftFinding[];
}

function arrange(plan: Plan, index: CatalogueIndex, scope: OutlineScope): Arranged {
  const state = collectDrafts(plan, index, scope);
  resolveParents(state, index);
  cutCycles(state.drafts, state.findings);
  return { ...state, placement: placeDrafts(state.drafts) };
}

/** Findings by their draft (plan scope makes a draft per item in plan order), stable within one draft. */
function inDraftOrder(findings: readonly DraftFinding[]): Finding<OutlineCode>[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.draft - b.f.draft || a.i - b.i)
    .map((x) => x.f.finding);
}

/**
 * Arranges the rows of the scope. In catalogue scope an item of a catalogue code sits on the
 * entry's row whatever parent it names; the problems of the parents it names (found as in plan
 * scope) are still flagged on its row and reported, once.
 */
export function structure(plan: Plan, index: CatalogueIndex, scope: OutlineScope): Structure {
  const planned = arrange(plan, index, 'plan');
  if (scope === 'plan') return { ...planned, findings: inDraftOrder(planned.findings) };
  const shaped = arrange(plan, index, scope);
  // Plan scope makes one draft per item first, in plan order: draft i is item i.
  for (const d of shaped.drafts) {
    const from =
      d.itemIndex !== undefined
        ? planned.drafts[d.itemIndex]
        : planned.drafts[planned.byCode.get(d.code) ?? -1];
    if (from === undefined || (d.itemIndex === undefined && from.item !== undefined)) continue;
    for (const p of from.problems) flag(d, p);
  }
  // The plan's findings, then any only this arrangement has (a cycle among the catalogue's own entries).
  const findings = inDraftOrder(planned.findings);
  const key = (f: Finding<OutlineCode>) => `${f.code}\u0000${f.text.vi}`;
  const known = new Set(findings.map(key));
  for (const f of inDraftOrder(shaped.findings)) if (!known.has(key(f))) findings.push(f);
  return { ...shaped, findings };
}
