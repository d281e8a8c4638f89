import { at } from '../findings';
import type { Plan } from '../plan';
import { makeFinding, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * UNKNOWN_PARENT (error): an item's parent is neither an item of the plan nor an entry of
 * its catalogue, so its money rolls up nowhere. Two set/map look-ups per item.
 */
export function checkUnknownParents(plan: Plan, context: ValidationContext): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  for (const item of plan.items) {
    const parent = item.parent;
    if (parent === null || context.codes.has(parent) || context.catalogue?.get(parent)) continue;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'UNKNOWN_PARENT',
        where: at.item(item.code),
        text: VALIDATION_MESSAGES.UNKNOWN_PARENT({ code: item.code, parent }),
      }),
    );
  }
  return findings;
}
