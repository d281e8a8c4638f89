/**
 * Whether two paths are one file in node, so that an output never overwrites its own input: the
 * paths are compared after resolving links (`realpath`; for a file not yet there, its folder's),
 * and, when both exist, by device and inode (hard links, case-insensitive disks).
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The file-system calls `sameFile` makes; a test may replace them. */
export interface SameFileFs {
  readonly realpath: (path: string) => Promise<string>;
  readonly stat: (path: string) => Promise<{ dev: number | bigint; ino: number | bigint }>;
}

const REAL: SameFileFs = { realpath, stat };

/** The path with every link resolved; a missing file is resolved through its folder. */
async function resolvedPath(fs: SameFileFs, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    try {
      return join(await fs.realpath(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

async function identity(fs: SameFileFs, path: string): Promise<string | undefined> {
  try {
    const s = await fs.stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** True when `a` and `b` are the same file (see the file's comment). Never rejects. */
export async function sameFileNode(a: string, b: string, fs: SameFileFs = REAL): Promise<boolean> {
  if ((await resolvedPath(fs, a)) === (await resolvedPath(fs, b))) return true;
  const [ia, ib] = await Promise.all([identity(fs, a), identity(fs, b)]);
  return ia !== undefined && ia === ib;
}
