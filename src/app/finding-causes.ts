/**
 * Which finding of a sheet check is the cause of which: the sheet layer marks the sums that disagree
 * only because of a text number or a date in an amount cell as that cell's consequences, with the
 * cause cells in `causes` (see src/sheet/group-findings.ts). This links each such consequence to the
 * finding at its first cause cell, so a list can show the consequences under their cause.
 */
import type { Finding } from '../domain/findings';

/** The codes of the findings that can be causes. */
const CAUSE_CODES: ReadonlySet<string> = new Set(['SHEET_TEXT_NUMBER', 'SHEET_DATE_AMOUNT']);

/**
 * For each finding, the index (in `findings`) of the finding that causes it, or undefined when it is
 * not a consequence (or its cause is not listed).
 */
export function causeIndexes(findings: readonly Finding[]): (number | undefined)[] {
  const byCell = new Map<string, number>();
  findings.forEach((f, i) => {
    if (CAUSE_CODES.has(f.code) && f.where.kind === 'cell' && !byCell.has(f.where.address)) {
      byCell.set(f.where.address, i);
    }
  });
  return findings.map((f, i) => {
    if (CAUSE_CODES.has(f.code)) return undefined;
    const cause = (f.causes ?? [])
      .map((cell) => byCell.get(cell))
      .find((index) => index !== undefined && index !== i);
    return cause;
  });
}
