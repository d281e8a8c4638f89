/**
 * What the pure layers (import, app) need from the environment, and nothing more: inflate raw
 * DEFLATE with a cap, read a file's bytes where there is a file system, and save bytes. Node
 * (`./node`), the browser (`./browser`) and tests (`./memory`) implement it. Pure: types and one
 * error class, no `node:*` imports, no DOM.
 */
import type { Result } from '../domain/findings';

/** Codes of the platform's failures (reading or saving a file). */
export type PlatformCode = 'FILE_NOT_FOUND' | 'FILE_UNREADABLE' | 'FILE_NOT_SAVED';

/**
 * Inflates raw DEFLATE data (a ZIP entry of method 8). Rejects with {@link InflateTooLargeError}
 * as soon as the output would exceed `maxBytes` (a zip bomb never fills memory), and with another
 * error when the data is damaged or truncated.
 */
export type InflateRaw = (bytes: Uint8Array, maxBytes: number) => Promise<Uint8Array>;

/** The environment as the pure layers see it. Functions are properties, so they can be passed on unbound. */
export interface Platform {
  /** Raw DEFLATE, refusing output over `maxBytes`. */
  readonly inflateRaw: InflateRaw;
  /**
   * A file's bytes by path; absent where there is no file system (the browser reads the file a user
   * picked through the UI instead). Never rejects: a missing or unreadable file is a failed result.
   */
  readonly readFile?: (path: string) => Promise<Result<Uint8Array, PlatformCode>>;
  /**
   * Saves bytes under `name`: in node `name` is a path and the file is replaced atomically (the old
   * content stays whole when the write fails); in the browser the bytes are offered as a download
   * named after the last part of `name`. Gives the path or name saved. Never rejects.
   */
  readonly save: (name: string, bytes: Uint8Array) => Promise<Result<string, PlatformCode>>;
  /**
   * Whether two paths name the same file: the same path once links are resolved, or (when both
   * exist) the same device and inode. Absent where there are no paths (the browser). Never rejects.
   */
  readonly sameFile?: (a: string, b: string) => Promise<boolean>;
}

/** The rejection of an {@link InflateRaw} whose output would exceed its cap. */
export class InflateTooLargeError extends RangeError {
  constructor(readonly maxBytes: number) {
    super(`inflated data exceeds ${maxBytes} bytes`);
    this.name = 'InflateTooLargeError';
  }
}
