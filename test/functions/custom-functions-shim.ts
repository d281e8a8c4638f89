/**
 * A tiny stand-in for the `CustomFunctions` global of Excel's runtime: the error codes, an Error class
 * that keeps its code and message, and `associate` recording what was registered. Importing this module
 * installs it, so import it before `src/functions/functions`.
 */
export class ShimError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const associated = new Map<string, unknown>();

const shim = {
  ErrorCode: {
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
    invalidNumber: '#NUM!',
    nullReference: '#NULL!',
  },
  Error: ShimError,
  associate(id: string, fn: unknown): void {
    associated.set(id, fn);
  },
};

(globalThis as unknown as { CustomFunctions: typeof shim }).CustomFunctions = shim;
