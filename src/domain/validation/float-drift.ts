import { at } from '../findings';
import { fromCellNumber, hasFloatDrift } from '../money/cell';
import { Dec } from '../money/decimal';
import type { Plan } from '../plan';
import { makeFinding, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * FLOAT_DRIFT (warning): a worksheet cell whose stored double carries binary noise
 * (`0.30000000000000004`), so the figure stored is not the figure shown. The plan reads
 * the shown figure; the warning asks the user to make the cell itself exact before
 * other formulas sum the noise. `expected` is the shown figure, `actual` the stored one.
 */
export function checkFloatDrift(plan: Plan, _context: ValidationContext): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  for (const item of plan.items) {
    for (const raw of item.rawCells ?? []) {
      if (!hasFloatDrift(raw.value)) continue;
      const shown = fromCellNumber(raw.value);
      if (shown === undefined) continue;
      findings.push(
        makeFinding({
          severity: 'warning',
          code: 'FLOAT_DRIFT',
          where: at.item(item.code),
          expected: shown,
          // The shortest round-trip form is the double as every tool prints it.
          actual: new Dec(String(raw.value)),
          text: VALIDATION_MESSAGES.FLOAT_DRIFT({
            code: item.code,
            cell: raw.cell,
            key: raw.key,
            stored: raw.value,
            shown,
          }),
        }),
      );
    }
  }
  return findings;
}
