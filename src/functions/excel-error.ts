import { isFnError, type FnError, type FnErrorKind, type FnResult } from './core/result';

/** The Excel error each kind of failure shows as. */
function errorCode(kind: FnErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case 'value':
      return CustomFunctions.ErrorCode.invalidValue;
    case 'na':
      return CustomFunctions.ErrorCode.notAvailable;
    case 'num':
      return CustomFunctions.ErrorCode.invalidNumber;
  }
}

/**
 * The `CustomFunctions.Error` for a core's failure: the Excel error of its kind, and its text in the
 * cell's error tooltip, Vietnamese first, the English after a line break for a colleague or a support
 * request.
 */
export function toExcelError(e: FnError): CustomFunctions.Error {
  return new CustomFunctions.Error(errorCode(e.error), `${e.text.vi}\n${e.text.en}`);
}

/** The core's value, or throws its failure as a `CustomFunctions.Error`, which Excel shows in the cell. */
export function unwrap<T>(r: FnResult<T>): T {
  // The runtime shows a thrown CustomFunctions.Error (not a JS Error) as the cell's error with its message.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (isFnError(r)) throw toExcelError(r);
  return r;
}
