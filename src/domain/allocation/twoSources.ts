import type { Finding } from '../findings';
import { allocate } from './allocate';
import * as msg from './messages';
import type { AllocationLine, TwoSourceRequest, TwoSourceResult, TwoSourceRow } from './types';

/**
 * Splits the central total (NSTW) and the local total (NSĐP) over the same sub-projects, each with
 * {@link allocate}: each column sums exactly to its total, and a row's total is its central plus local part.
 *
 * The central money uses `lines` (weights, bounds, locks). The local money uses `localLines` when given
 * (one per line, its own weights, bounds and locks); otherwise it uses the same weights with no bounds
 * or locks, because a bound or lock written for the central money says nothing about the counterpart.
 *
 * Findings name their column: `where` is `central` or `local` for a column's total, `lines[i]` or
 * `localLines[i]` for a line, and messages start with the source's name.
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
    ...a.findings.map((f) => relabel(f, 'central', 'lines')),
    ...b.findings.map((f) => relabel(f, 'local', localLines !== undefined ? 'localLines' : 'lines')),
  ];
  if (!a.ok || !b.ok) return { ok: false, findings };
  const rows: TwoSourceRow[] = a.parts.map((c, i) => {
    const l = b.parts[i]!;
    return { central: c, local: l, total: c.plus(l) };
  });
  return { ok: true, rows, findings };
}

const SOURCE = {
  central: { vi: 'Ngân sách trung ương', en: 'Central budget' },
  local: { vi: 'Ngân sách địa phương', en: 'Local budget' },
} as const;

function relabel(f: Finding, source: 'central' | 'local', linesName: string): Finding {
  const where = f.where === 'total' ? source : f.where.replace(/^lines(?=\[|$)/, linesName);
  return {
    ...f,
    where,
    message_vi: `${SOURCE[source].vi}: ${lowerFirst(f.message_vi)}`,
    message_en: `${SOURCE[source].en}: ${lowerFirst(f.message_en)}`,
  };
}

/** "Dòng 2: …" stays capitalised; a sentence that starts with a common word continues in lower case. */
function lowerFirst(text: string): string {
  return /^(Dòng|Line) \d/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
