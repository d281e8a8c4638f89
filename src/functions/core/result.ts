/**
 * What a custom function's core returns when it cannot give a value. The kinds are the three Excel
 * errors the functions use: `value` (#VALUE!, an argument that cannot be read), `na` (#N/A, an input cell
 * that is itself #N/A) and `num` (#NUM!, figures that are readable but impossible: a negative total, an
 * allocation that cannot meet its bounds, a part a cell could not show exactly).
 */
export type FnErrorKind = 'value' | 'na' | 'num';

/**
 * A failure as a value, never thrown: the wrapper in `functions.ts` turns it into a
 * `CustomFunctions.Error`. `message` is Vietnamese and starts with the argument's name
 * ("trong_so: ô thứ 3 không phải là số"); `message_en` says the same in English.
 */
export interface FnError {
  readonly error: FnErrorKind;
  readonly message: string;
  readonly message_en: string;
}

/** A core's answer: the value to show, or why there is none. */
export type FnResult<T> = T | FnError;

/** Builds a failure. */
export function fnError(error: FnErrorKind, message: string, message_en: string): FnError {
  return { error, message, message_en };
}

/** True for a failure; values are numbers, strings and arrays, never objects with an `error` key. */
export function isFnError(x: unknown): x is FnError {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'error' in x && 'message' in x;
}
