import type { Text } from '../../domain/findings';
import type { FunctionCode } from './messages';

/**
 * What a custom function's core returns when it cannot give a value. The kinds are the three Excel
 * errors the functions use: `value` (#VALUE!, an argument that cannot be read), `na` (#N/A, an input cell
 * that is itself #N/A) and `num` (#NUM!, figures that are readable but impossible: a negative total, an
 * allocation that cannot meet its bounds, a part a cell could not show exactly).
 */
export type FnErrorKind = 'value' | 'na' | 'num';

/**
 * A failure as a value, never thrown: the wrapper in `functions.ts` turns it into a
 * `CustomFunctions.Error` of its `error` kind. `text` starts with the argument's name
 * ("trong_so: ô thứ 3 không phải là số" / "trong_so: cell 3 is not a number").
 */
export interface FnError {
  readonly error: FnErrorKind;
  readonly code: FunctionCode;
  readonly text: Text;
}

/** A core's answer: the value to show, or why there is none. */
export type FnResult<T> = T | FnError;

/** Builds a failure. */
export function fnError(error: FnErrorKind, code: FunctionCode, text: Text): FnError {
  return { error, code, text };
}

/** True for a failure; values are numbers, strings and arrays, never objects with an `error` key. */
export function isFnError(x: unknown): x is FnError {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'error' in x && 'text' in x;
}
