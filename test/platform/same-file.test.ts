/** `sameFile` in node: one file by path after resolving links, or by device and inode. */
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { nodePlatform } from '../../src/platform/node';
import { sameFileNode } from '../../src/platform/node-same-file';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gnbv-same-'));
  writeFileSync(join(dir, 'plan.docx'), 'x');
  writeFileSync(join(dir, 'other.docx'), 'x');
  return dir;
}

describe('sameFileNode', () => {
  it('is true for the same path, written differently', async () => {
    const dir = folder();
    const plan = join(dir, 'plan.docx');
    expect(await sameFileNode(plan, plan)).toBe(true);
    expect(await sameFileNode(plan, `${dir}/./sub/../plan.docx`)).toBe(true);
    expect(await sameFileNode(plan, relative(process.cwd(), plan))).toBe(true);
  });

  it('is true through a symbolic link to the file or to its folder, and for a hard link', async () => {
    const dir = folder();
    const plan = join(dir, 'plan.docx');
    symlinkSync(plan, join(dir, 'link.docx'));
    symlinkSync(dir, join(dir, 'alias'));
    linkSync(plan, join(dir, 'hard.docx'));
    expect(await sameFileNode(plan, join(dir, 'link.docx'))).toBe(true);
    expect(await sameFileNode(plan, join(dir, 'alias', 'plan.docx'))).toBe(true);
    expect(await sameFileNode(plan, join(dir, 'hard.docx'))).toBe(true);
  });

  it('is false for another file, a file not there yet, and a missing folder', async () => {
    const dir = folder();
    const plan = join(dir, 'plan.docx');
    mkdirSync(join(dir, 'out'));
    expect(await sameFileNode(plan, join(dir, 'other.docx'))).toBe(false);
    expect(await sameFileNode(plan, join(dir, 'out', 'plan.docx'))).toBe(false);
    expect(await sameFileNode(plan, join(dir, 'new.docx'))).toBe(false);
    expect(await sameFileNode(plan, join(dir, 'nowhere', 'x', 'plan.docx'))).toBe(false);
  });

  it('is the node platform’s sameFile', async () => {
    const dir = folder();
    expect(await nodePlatform.sameFile!(join(dir, 'plan.docx'), join(dir, 'plan.docx'))).toBe(true);
  });
});
