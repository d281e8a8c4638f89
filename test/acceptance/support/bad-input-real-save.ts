/**
 * A save that really fails: `gnbv build` run as its own process into a folder it may not write
 * (mode 555; as root, the process runs as the unprivileged user `nobody`, for whom the mode holds),
 * over an old output that must survive.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseFolder, snapshot } from './bad-input-folder';
import { planTextBytes } from './bad-input-files';

/** What the process printed and did to the folder. */
export interface RealSave {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  readonly before: Record<string, string>;
  readonly after: Record<string, string>;
  readonly output: string;
}

const NOBODY = 65534;

/** Runs `gnbv build plan.txt -o out.xlsx` in a read-only folder holding `oldOutput`. */
export function buildIntoReadOnlyFolder(oldOutput: Uint8Array): RealSave {
  const dir = caseFolder('gnbv-ro-');
  const folder = join(dir, 'chi-doc');
  try {
    chmodSync(dir, 0o755);
    mkdirSync(folder);
    writeFileSync(join(folder, 'plan.txt'), planTextBytes(), { mode: 0o644 });
    writeFileSync(join(folder, 'out.xlsx'), oldOutput, { mode: 0o644 });
    chmodSync(folder, 0o555);
    const before = snapshot(dir);
    const output = join(folder, 'out.xlsx');
    const bin = join(__dirname, '../../../bin/gnbv.cjs');
    const asNobody = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
    const r = spawnSync(process.execPath, [bin, 'build', join(folder, 'plan.txt'), '-o', output], {
      encoding: 'utf8',
      ...asNobody,
    });
    return {
      code: r.status,
      out: r.stdout.trimEnd(),
      err: r.stderr.trimEnd(),
      before,
      after: snapshot(dir),
      output,
    };
  } finally {
    if (existsSync(folder)) chmodSync(folder, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
}
