/**
 * The CLI adapter run in-process, as `gnbv …` runs it (`main` with the node composition root), with
 * what it prints captured; and the installed command itself, for the few checks that want it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';

/** What one command printed and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `gnbv <argv…>` in this process. */
export async function gnbv(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs `node bin/gnbv.cjs <argv…>`: the installed command, through tsx. */
export function gnbvBin(...argv: string[]): CliRun {
  const bin = join(__dirname, '../../../bin/gnbv.cjs');
  const r = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout.trimEnd(), err: r.stderr.trimEnd() };
}

/** The JSON a command printed on stdout. */
export function jsonOut<T>(run: CliRun): T {
  return JSON.parse(run.out) as T;
}
