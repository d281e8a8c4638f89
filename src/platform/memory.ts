/**
 * A platform in memory, for tests: files in a map, inflate through web APIs, and saves that can
 * be told to fail (a full disk), in which case the stored file stays as it was.
 */
import { fail, ok } from '../domain/findings';
import type { Platform } from './contract';
import { platformMessages } from './messages';
import { webInflateRaw } from './web-inflate';

export interface MemoryPlatform extends Platform {
  /** The files by path; a save replaces an entry with a copy of the bytes. */
  readonly files: Map<string, Uint8Array>;
  /** Makes the next `count` saves fail as a full disk would (default 1). */
  failNextSaves(count?: number): void;
}

const DISK_FULL = { vi: 'ổ đĩa đã đầy', en: 'the disk is full' };
const NO_FILE = { vi: 'không có tệp này', en: 'no such file' };

/** A path without `./`, repeated or trailing slashes, and `x/..` parts, for comparing two paths. */
function normalPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + parts.join('/');
}

/** A memory platform holding `files` (text is stored as UTF-8). */
export function createMemoryPlatform(files: Record<string, Uint8Array | string> = {}): MemoryPlatform {
  const stored = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(files)) {
    stored.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content.slice());
  }
  let failing = 0;
  return {
    files: stored,
    failNextSaves: (count = 1) => {
      failing = count;
    },
    inflateRaw: webInflateRaw,
    readFile: (path) => {
      const bytes = stored.get(path);
      return Promise.resolve(
        bytes
          ? ok(bytes.slice())
          : fail('FILE_NOT_FOUND', platformMessages.FILE_NOT_FOUND({ name: path, reason: NO_FILE })),
      );
    },
    sameFile: (a, b) => Promise.resolve(normalPath(a) === normalPath(b)),
    save: (path, bytes) => {
      if (failing > 0) {
        failing--;
        return Promise.resolve(
          fail('FILE_NOT_SAVED', platformMessages.FILE_NOT_SAVED({ name: path, reason: DISK_FULL })),
        );
      }
      stored.set(path, bytes.slice());
      return Promise.resolve(ok(path));
    },
  };
}
