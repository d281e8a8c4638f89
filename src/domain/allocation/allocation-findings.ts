/**
 * The allocation's findings: a code, the argument to fix as a structured place, and the text from
 * {@link ALLOCATION_MESSAGES}. The place names the request's field (`total`, `step`), or a line's field
 * with the line's index (`weights[i]`, `min[i]`, `max[i]`, `locked[i]`, `bounds[i]` for both bounds);
 * a two-source allocation renames them (`central`, `local`, `localLines[i]`).
 */
import { at, finding, type Finding, type Severity } from '../findings';
import type { Dec } from '../money/decimal';
import { ALLOCATION_MESSAGES as M, type AllocationCode, type Field } from './messages';

/** The arguments an allocation finding can point at (the `name` of its `argument` place). */
export type AllocationArgument =
  'total' | 'step' | 'weights' | 'min' | 'max' | 'locked' | 'bounds' | 'central' | 'local' | 'localLines';

export type AllocationFinding = Finding<AllocationCode>;

/** The argument that holds a field, per line for the lines' fields. */
const ARGUMENT: Record<Field, AllocationArgument> = {
  total: 'total',
  step: 'step',
  weight: 'weights',
  min: 'min',
  max: 'max',
  locked: 'locked',
};

function make(
  severity: Severity,
  code: AllocationCode,
  name: AllocationArgument,
  line: number | undefined,
  text: AllocationFinding['text'],
  amounts: { expected?: Dec; actual?: Dec; difference?: Dec } = {},
): AllocationFinding {
  return finding({ severity, code, where: at.argument(name, line), text, ...amounts });
}

export function notANumber(field: Field, line?: number): AllocationFinding {
  return make('error', 'ALLOC_NOT_A_NUMBER', ARGUMENT[field], line, M.ALLOC_NOT_A_NUMBER({ field, line }));
}

export function stepNotPositive(step: Dec): AllocationFinding {
  return make('error', 'ALLOC_STEP_NOT_POSITIVE', 'step', undefined, M.ALLOC_STEP_NOT_POSITIVE({ step }), {
    actual: step,
  });
}

const NEGATIVE_CODE = {
  total: 'ALLOC_TOTAL_NEGATIVE',
  weight: 'ALLOC_WEIGHT_NEGATIVE',
  min: 'ALLOC_MIN_NEGATIVE',
  max: 'ALLOC_MAX_NEGATIVE',
  locked: 'ALLOC_LOCKED_NEGATIVE',
} as const;

export function negative(field: keyof typeof NEGATIVE_CODE, value: Dec, line?: number): AllocationFinding {
  const code = NEGATIVE_CODE[field];
  return make('error', code, ARGUMENT[field], line, M[code]({ value, line }), { actual: value });
}

export function minAboveMax(line: number, min: Dec, max: Dec): AllocationFinding {
  return make('error', 'ALLOC_MIN_ABOVE_MAX', 'bounds', line, M.ALLOC_MIN_ABOVE_MAX({ line, min, max }), {
    expected: max,
    actual: min,
    difference: min.minus(max),
  });
}

export function boundsBetweenSteps(line: number, min: Dec, max: Dec, step: Dec): AllocationFinding {
  const text = M.ALLOC_BOUNDS_BETWEEN_STEPS({ line, min, max, step });
  return make('error', 'ALLOC_BOUNDS_BETWEEN_STEPS', 'bounds', line, text);
}

export function lockedExceedTotal(locked: Dec, total: Dec): AllocationFinding {
  const text = M.ALLOC_LOCKED_EXCEED_TOTAL({ locked, total });
  return make('error', 'ALLOC_LOCKED_EXCEED_TOTAL', 'total', undefined, text, {
    expected: total,
    actual: locked,
    difference: locked.minus(total),
  });
}

export function notMultipleOfStep(total: Dec, locked: Dec, rest: Dec, step: Dec): AllocationFinding {
  const text = M.ALLOC_TOTAL_NOT_MULTIPLE_OF_STEP({ total, locked, rest, step });
  return make('error', 'ALLOC_TOTAL_NOT_MULTIPLE_OF_STEP', 'total', undefined, text, { actual: rest });
}

export function emptyLines(total: Dec): AllocationFinding {
  return make('error', 'ALLOC_EMPTY_LINES', 'weights', undefined, M.ALLOC_EMPTY_LINES({ total }), {
    actual: total,
  });
}

export function allLocked(rest: Dec): AllocationFinding {
  return make('error', 'ALLOC_ALL_LOCKED', 'locked', undefined, M.ALLOC_ALL_LOCKED({ rest }), {
    difference: rest,
  });
}

export function minSumExceedsTotal(minSum: Dec, rest: Dec, rounded: boolean): AllocationFinding {
  const text = M.ALLOC_MIN_SUM_EXCEEDS_TOTAL({ minSum, rest, rounded });
  return make('error', 'ALLOC_MIN_SUM_EXCEEDS_TOTAL', 'total', undefined, text, {
    expected: rest,
    actual: minSum,
    difference: minSum.minus(rest),
  });
}

export function allWeightsZero(rest: Dec): AllocationFinding {
  return make('error', 'ALLOC_ALL_WEIGHTS_ZERO', 'weights', undefined, M.ALLOC_ALL_WEIGHTS_ZERO({ rest }), {
    difference: rest,
  });
}

export function totalExceedsMaxSum(
  rest: Dec,
  capacity: Dec,
  rounded: boolean,
  zeroWeights: boolean,
): AllocationFinding {
  const text = M.ALLOC_TOTAL_EXCEEDS_MAX_SUM({ rest, capacity, rounded, zeroWeights });
  return make('error', 'ALLOC_TOTAL_EXCEEDS_MAX_SUM', 'total', undefined, text, {
    expected: capacity,
    actual: rest,
    difference: rest.minus(capacity),
  });
}

export function lockedOutsideBounds(
  line: number,
  locked: Dec,
  min: Dec | undefined,
  max: Dec | undefined,
): AllocationFinding {
  const text = M.ALLOC_LOCKED_OUTSIDE_BOUNDS({ line, locked, min, max });
  return make('warning', 'ALLOC_LOCKED_OUTSIDE_BOUNDS', 'locked', line, text, { actual: locked });
}

export function localLinesLength(expected: number, actual: number): AllocationFinding {
  const text = M.ALLOC_LOCAL_LINES_LENGTH({ expected, actual });
  return make('error', 'ALLOC_LOCAL_LINES_LENGTH', 'localLines', undefined, text);
}

export function internalError(): AllocationFinding {
  return make('error', 'ALLOC_INTERNAL', 'weights', undefined, M.ALLOC_INTERNAL());
}
