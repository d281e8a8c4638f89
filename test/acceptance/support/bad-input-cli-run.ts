/**
 * Runs one CLI case in its own folder and tells what is wrong with the result: the exit code, the
 * message (see bad-input-message.ts: a refusal is exactly one "Lỗi: …" line on stderr and nothing on
 * stdout; a finding is every output line carrying its code, each one line naming what it must) and
 * the folder, which must be exactly as before (inputs byte-identical, no output created or changed,
 * no temporary file left).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import type { CliCase } from './bad-input-cli-cases';
import { caseFolder, fill, snapshot } from './bad-input-folder';
import { CLI_ERROR_PREFIX, FINDING_PREFIX, FOREIGN_TEXT, messageProblems } from './bad-input-message';

/** What one case printed, and everything found wrong with it (empty when the case holds). */
export interface CliVerdict {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
  readonly problems: string[];
}

/** `@name` → the path of `name` in `dir`. */
const inFolder = (dir: string, arg: string): string => (arg.startsWith('@') ? join(dir, arg.slice(1)) : arg);

/** The problems of a run's printed lines for `c`. */
function outputProblems(c: CliCase, out: readonly string[], err: readonly string[]): string[] {
  const problems: string[] = [];
  const all = [...out, ...err];
  for (const foreign of [FOREIGN_TEXT[0], FOREIGN_TEXT[1], FOREIGN_TEXT[2]]) {
    if (foreign && all.some((l) => foreign.test(l))) problems.push(`the output has ${String(foreign)}`);
  }
  if (c.code === 2) {
    if (out.length > 0) problems.push(`stdout is not empty: ${out.join(' | ')}`);
    if (err.length !== 1) problems.push(`stderr has ${err.length} lines, not 1: ${err.join(' | ')}`);
    const line = err.join('\n');
    if (!CLI_ERROR_PREFIX.test(line)) problems.push(`stderr does not start with "Lỗi: ": ${line}`);
    problems.push(...messageProblems(line, c.names, CLI_ERROR_PREFIX).map((p) => `${p}: ${line}`));
    return problems;
  }
  // With --json the findings are objects on stdout; each message is checked as a line would be.
  const json = c.argv.includes('--json');
  const lines = json
    ? (JSON.parse(out.join('\n')) as { code: string; message: string }[])
        .filter((f) => f.code === c.finding)
        .map((f) => f.message)
    : all.filter((l) => l.includes(`[${c.finding ?? '?'}]`));
  if (lines.length === 0) problems.push(`no finding ${c.finding}: ${all.join(' | ')}`);
  for (const line of lines) {
    problems.push(...messageProblems(line, c.names, json ? /^/ : FINDING_PREFIX).map((p) => `${p}: ${line}`));
  }
  return problems;
}

/** Runs `c` in a fresh folder (removed afterwards). */
export async function runCliCase(c: CliCase): Promise<CliVerdict> {
  const dir = caseFolder();
  try {
    await fill(dir, c.files ?? {});
    const before = snapshot(dir);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
    const code = await main(
      c.argv.map((a) => inFolder(dir, a)),
      io,
      c.services?.(),
    );
    const problems = outputProblems(c, out, err);
    if (code !== c.code) problems.unshift(`exit code ${code}, not ${c.code}`);
    const after = snapshot(dir);
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      problems.push(`the folder changed: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    }
    return { code, out, err, problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
