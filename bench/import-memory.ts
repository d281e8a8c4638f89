/**
 * Peak memory of importing the largest bad inputs ({@link writeBadInputs}): each file is imported in
 * a child process of its own (bench/import-peak.ts) so one import's garbage does not count against
 * the next. The peak RSS is the one `/usr/bin/time` reports: on Linux a child forked from this (large)
 * process inherits its high-water mark, so the child's own resourceUsage().maxRSS is only the fallback.
 * `npx tsx bench/import-memory.ts` runs this part alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeBadInputs } from './bad-inputs';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** What one child reported. */
export interface ImportPeak {
  readonly label: string;
  readonly maxRssMb: number;
  readonly startRssMb: number;
  readonly ms: number;
  readonly outcome: string;
}

/** Imports each bad input in a child process; a child that dies or runs over 10 minutes is reported as such. */
export function importPeaks(): ImportPeak[] {
  const inputs = writeBadInputs();
  try {
    return inputs.map(({ label, path }) => {
      const node = [process.execPath, '--import', 'tsx', join(__dirname, 'import-peak.ts'), path];
      const [command, ...args] = TIME ? [TIME, '-f', 'maxrss_kb=%M', ...node] : node;
      const child = spawnSync(command!, args, {
        cwd: join(__dirname, '..'),
        encoding: 'utf8',
        timeout: 600_000,
        maxBuffer: 1 << 20,
      });
      const timed = /maxrss_kb=(\d+)/.exec(child.stderr);
      const line = child.stdout.trim().split('\n').pop() ?? '';
      if (child.status !== 0 || !line.startsWith('{')) {
        const why =
          child.error?.message ?? (child.signal ? `killed by ${child.signal}` : `exit ${child.status}`);
        return { label, maxRssMb: NaN, startRssMb: NaN, ms: NaN, outcome: `child failed: ${why}` };
      }
      const r = JSON.parse(line) as {
        maxRssMb: number;
        startRssMb: number;
        ms: number;
        items: number;
        error: string | null;
      };
      return {
        label,
        maxRssMb: timed ? Number(timed[1]) / 1024 : r.maxRssMb,
        startRssMb: r.startRssMb,
        ms: r.ms,
        outcome: r.error ? `refused: ${r.error}` : `read, ${r.items} items`,
      };
    });
  } finally {
    const first = inputs[0];
    if (first) rmSync(dirname(first.path), { recursive: true, force: true });
  }
}

/** Issue 9: an import of any input under 10 MB stays under this peak RSS. */
export const IMPORT_MEMORY_BUDGET_MB = 300;

/** The input with the highest peak (a child that failed counts as the worst). */
export function worstPeak(peaks: readonly ImportPeak[]): ImportPeak | undefined {
  return peaks.reduce<ImportPeak | undefined>(
    (a, b) => (a === undefined || Number.isNaN(b.maxRssMb) || b.maxRssMb > a.maxRssMb ? b : a),
    undefined,
  );
}

if (require.main === module) {
  const peaks = importPeaks();
  for (const k of peaks) {
    console.log(`${k.label}: peak RSS ${k.maxRssMb.toFixed(0)} MB, ${k.ms.toFixed(0)} ms, ${k.outcome}`);
  }
  const worst = worstPeak(peaks);
  if (worst) {
    const within = worst.maxRssMb < IMPORT_MEMORY_BUDGET_MB;
    console.log(
      `worst: ${worst.maxRssMb.toFixed(0)} MB peak RSS (${worst.label}), ` +
        `${within ? 'within' : 'OVER'} the ${IMPORT_MEMORY_BUDGET_MB} MB budget`,
    );
  }
}
