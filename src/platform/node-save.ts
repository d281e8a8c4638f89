/**
 * Saving a file in node so that it is either wholly the new content or still wholly the old one:
 * the bytes go to a temporary file in the same folder, are flushed to disk (fsync), and the
 * temporary file is renamed over the target. On any failure the temporary file is removed and
 * the target is left as it was.
 */
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fail, ok, type Result } from '../domain/findings';
import type { PlatformCode } from './contract';
import { platformMessages, reasonOf } from './messages';

/** The file-system calls a save makes; tests replace one to make it fail (a full disk). */
export interface SaveFs {
  readonly open: (path: string, flags: string) => Promise<FileHandle>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
}

/** Most bytes of the target's name kept in the temporary name, so that it stays under the usual 255. */
const TEMP_NAME_BYTES = 200;

/** `name` cut to at most `bytes` bytes of UTF-8, never inside a character. */
function cutName(name: string, bytes: number): string {
  let out = '';
  for (const c of name) {
    if (Buffer.byteLength(out + c) > bytes) break;
    out += c;
  }
  return out;
}

/**
 * The temporary file's name: hidden, next to the target, unique to this process and call, and no
 * longer than a name the folder accepts (a target name near the limit is cut in the temporary one).
 */
export function tempPathFor(path: string): string {
  const name = cutName(basename(path), TEMP_NAME_BYTES);
  return join(dirname(path), `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Flushes the folder's entry of the renamed file; not every system allows it, so failure is ignored. */
async function syncFolder(fs: SaveFs, folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder; the rename is already done.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Writes `bytes` to `path` atomically. Never rejects. */
export async function saveAtomically(
  fs: SaveFs,
  path: string,
  bytes: Uint8Array,
): Promise<Result<string, PlatformCode>> {
  const temp = tempPathFor(path);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    handle = await fs.open(temp, 'wx');
    created = true;
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, path);
    created = false;
  } catch (e) {
    await handle?.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    return fail('FILE_NOT_SAVED', platformMessages.FILE_NOT_SAVED({ name: path, reason: reasonOf(e) }));
  }
  await syncFolder(fs, dirname(path));
  return ok(path);
}
