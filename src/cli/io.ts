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

/**
 * Writes lines to a process stream until its reader goes away (`gnbv import x | head -1`: EPIPE),
 * then drops them quietly, so the command still ends with its own exit code and no stack trace.
 */
export function lineWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let closed = false;
  let listening = false;
  return (text) => {
    if (!listening) {
      listening = true;
      // Any write error (EPIPE, a destroyed stream) means nobody reads this stream any more.
      stream.on('error', () => {
        closed = true;
      });
    }
    if (closed || (stream as { destroyed?: boolean }).destroyed === true) return;
    stream.write(`${text}\n`);
  };
}

export const processIo: Io = {
  out: lineWriter(process.stdout),
  err: lineWriter(process.stderr),
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
