/**
 * `gnbv import x.txt | head -1`: when the reader of stdout goes away, the CLI ends quietly (no
 * stack trace) with the exit code of the command.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/gnbv.cjs');
const plan = join(root, 'test/fixtures/plans/muong-lay-style.txt');

interface Ended {
  readonly code: number | null;
  readonly stderr: string;
  readonly chunks: number;
}

/** Runs gnbv with stdout closed by the reader: at once, or after its first chunk. */
function runClosingStdout(args: string[], after: 'start' | 'first-chunk'): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let chunks = 0;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (t: string) => (stderr += t));
    if (after === 'start') child.stdout.destroy();
    else
      child.stdout.on('data', () => {
        chunks++;
        child.stdout.destroy();
      });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, chunks }));
  });
}

const STACK = /Error:|^\s+at /m;

describe('gnbv with stdout closed early (EPIPE)', () => {
  it.each(['import', 'check', 'section'])(
    '%s ends without a stack trace when stdout is closed before it writes',
    async (command) => {
      const r = await runClosingStdout([command, plan], 'start');
      expect(r.stderr).not.toMatch(STACK);
      // The command's own exit code (0 or 1 by the plan's findings), never a crash (3 or a signal).
      expect([0, 1]).toContain(r.code);
    },
    30000,
  );

  it('import ends quietly when the reader stops after the first chunk, as `| head -1` does', async () => {
    const r = await runClosingStdout(['import', plan], 'first-chunk');
    expect(r.chunks).toBeGreaterThanOrEqual(1);
    expect(r.stderr).not.toMatch(STACK);
    expect([0, 1]).toContain(r.code);
  }, 30000);

  it('still prints a usage error on stderr with exit 2 when stdout is closed', async () => {
    const r = await runClosingStdout(['import'], 'start');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Lỗi: Thiếu tệp kế hoạch\.\n$/);
  }, 30000);
});
