import type { Finding } from '../findings';
import type { Plan } from '../plan';
import { makeFinding, type ValidationContext } from './context';
import { unknownParentMessage } from './messages';

/**
 * UNKNOWN_PARENT (error): an item's parent is neither an item of the plan nor an entry of
 * its catalogue, so its money rolls up nowhere. Two set/map look-ups per item.
 */
export function checkUnknownParents(plan: Plan, context: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  for (const item of plan.items) {
    const parent = item.parent;
    if (parent === null || context.codes.has(parent) || context.catalogue?.get(parent)) continue;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'UNKNOWN_PARENT',
        where: item.code,
        message: unknownParentMessage(item.code, parent),
      }),
    );
  }
  return findings;
}
