/**
 * Where the CLI writes, and how a command ends on bad input: one Vietnamese line on stderr starting
 * "Lỗi: ", exit code 2, no stack trace.
 */
import type { Outcome } from '../app/outcome';
import { UsageError } from './args';

/** Where the CLI writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

/** Input the CLI cannot read at all: exit code 2, one clear line, no stack trace. */
export class InputError extends Error {}

/** The value of a use case that is done; a failed one becomes an {@link InputError} with its text. */
export function valueOf<T>(o: Outcome<T>): T {
  if (o.kind === 'done') return o.value;
  throw new InputError(o.text.vi);
}

/** Runs a command; bad usage or unreadable input is told in one line with exit code 2. */
export async function guarded(io: Io, run: () => number | Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.err(`Lỗi: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
