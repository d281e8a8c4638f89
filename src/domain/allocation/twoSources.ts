import { at, finding, type Where } from '../findings';
import { allocate } from './allocate';
import * as msg from './allocation-findings';
import type { AllocationArgument, AllocationFinding } from './allocation-findings';
import { inSource, type Source } from './messages';
import type { AllocationLine, TwoSourceRequest, TwoSourceResult, TwoSourceRow } from './types';

/**
 * Splits the central total (NSTW) and the local total (NSĐP) over the same sub-projects, each with
 * {@link allocate}: each column sums exactly to its total, and a row's total is its central plus local part.
 *
 * The central money uses `lines` (weights, bounds, locks). The local money uses `localLines` when given
 * (one per line, its own weights, bounds and locks); otherwise it uses the same weights with no bounds
 * or locks, because a bound or lock written for the central money says nothing about the counterpart.
 *
 * Findings name their column: the argument `central` or `local` for a column's total, a line's field
 * (`weights[i]`, `min[i]`…) for the central lines, `localLines[i]` for the local lines when they are
 * given; texts start with the source's name.
 */
export function allocateTwoSources(req: TwoSourceRequest): TwoSourceResult {
  const { central, local, lines, localLines, step } = req;
  if (localLines !== undefined && localLines.length !== lines.length) {
    return { ok: false, findings: [msg.localLinesLength(lines.length, localLines.length)] };
  }
  const forLocal: readonly AllocationLine[] = localLines ?? lines.map((l) => ({ weight: l.weight }));
  const a = allocate({ total: central, lines, step });
  const b = allocate({ total: local, lines: forLocal, step });
  const findings = [
    ...a.findings.map((f) => relabel(f, 'central', false)),
    ...b.findings.map((f) => relabel(f, 'local', localLines !== undefined)),
  ];
  if (!a.ok || !b.ok) return { ok: false, findings };
  const rows: TwoSourceRow[] = a.parts.map((c, i) => {
    const l = b.parts[i]!;
    return { central: c, local: l, total: c.plus(l) };
  });
  return { ok: true, rows, findings };
}

/** The arguments of one allocation that are about its lines (not the request's total or step). */
const LINE_ARGUMENTS: ReadonlySet<AllocationArgument> = new Set([
  'weights',
  'min',
  'max',
  'locked',
  'bounds',
]);

function relabel(f: AllocationFinding, source: Source, ownLines: boolean): AllocationFinding {
  return finding({ ...f, where: place(f.where, source, ownLines), text: inSource(source, f.text) });
}

/** The total becomes the source's total; the local lines' fields become `localLines` when they are given. */
function place(where: Where, source: Source, ownLines: boolean): Where {
  if (where.kind !== 'argument') return where;
  if (where.name === 'total') return at.argument(source);
  if (ownLines && LINE_ARGUMENTS.has(where.name as AllocationArgument)) {
    return at.argument('localLines', where.index);
  }
  return where;
}
