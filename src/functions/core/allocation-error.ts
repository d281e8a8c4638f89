import type { AllocationArgument } from '../../domain/allocation/allocation-findings';
import type { Finding } from '../../domain/findings';
import { allocation } from './failures';
import type { FnError } from './result';

/** The user's names of the arguments an allocation's findings can point at. */
export interface AllocationArgs {
  readonly total: string;
  readonly step: string;
  /** The weights. */
  readonly lines: string;
  readonly min?: string;
  readonly max?: string;
  /** Two sources: the arguments behind the places `central`, `local` and `localLines`. */
  readonly central?: string;
  readonly local?: string;
  readonly localLines?: string;
}

/** The function's argument for each place an allocation finding can point at. */
const ARGUMENT: Record<AllocationArgument, (args: AllocationArgs) => string> = {
  total: (a) => a.total,
  step: (a) => a.step,
  weights: (a) => a.lines,
  min: (a) => a.min ?? a.lines,
  max: (a) => a.max ?? a.lines,
  // The functions take no locks: a lock can only come with the weights.
  locked: (a) => a.lines,
  bounds: (a) => [a.min, a.max].filter((x) => x !== undefined).join(', ') || a.lines,
  central: (a) => a.central ?? a.total,
  local: (a) => a.local ?? a.total,
  localLines: (a) => a.localLines ?? a.lines,
};

/**
 * Turns a failed allocation's findings into one #NUM! failure whose texts each start with the
 * argument to fix (`tong: Số tiền cần phân bổ 466,25 không phải là bội số của bước 1.`), found from the
 * finding's place. The request was readable, so what failed is the arithmetic: #NUM!.
 */
export function allocationError(findings: readonly Finding[], args: AllocationArgs): FnError {
  const errors = findings.filter((f) => f.severity === 'error');
  const shown = errors.length > 0 ? errors : findings;
  return allocation(shown.map((f) => ({ arg: argOf(f, args), text: f.text })));
}

function argOf(f: Finding, args: AllocationArgs): string {
  const where = f.where;
  if (where.kind !== 'argument' || !Object.hasOwn(ARGUMENT, where.name)) return args.lines;
  return ARGUMENT[where.name as AllocationArgument](args);
}
