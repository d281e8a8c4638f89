/**
 * The platform in node (the CLI, the bench, scripts and tests): zlib for inflate, the file system
 * for reading and for atomic saving. Browser code never imports this file.
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { inflateRaw } from 'node:zlib';
import { fail, ok } from '../domain/findings';
import { InflateTooLargeError, type InflateRaw, type Platform } from './contract';
import { platformMessages, reasonOf } from './messages';
import { saveAtomically, type SaveFs } from './node-save';
import { sameFileNode } from './node-same-file';

/** Raw DEFLATE through zlib, which stops at `maxBytes` of output. */
export const nodeInflateRaw: InflateRaw = (bytes, maxBytes) =>
  new Promise((resolve, reject) => {
    inflateRaw(bytes, { maxOutputLength: maxBytes }, (error, out) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        reject(code === 'ERR_BUFFER_TOO_LARGE' ? new InflateTooLargeError(maxBytes) : error);
      } else {
        resolve(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
      }
    });
  });

/** The file-system calls of the node platform; a test replaces some to simulate failures. */
export interface NodeFs extends SaveFs {
  readonly readFile: (path: string) => Promise<Uint8Array>;
}

const REAL_FS: NodeFs = { open, rename, unlink, readFile };

/** A node platform over the real file system, or over `fs` calls given by a test. */
export function createNodePlatform(fs: Partial<NodeFs> = {}): Platform {
  const calls: NodeFs = { ...REAL_FS, ...fs };
  return {
    inflateRaw: nodeInflateRaw,
    readFile: async (path) => {
      try {
        const buf = await calls.readFile(path);
        return ok(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return code === 'ENOENT'
          ? fail('FILE_NOT_FOUND', platformMessages.FILE_NOT_FOUND({ name: path, reason: reasonOf(e) }))
          : fail('FILE_UNREADABLE', platformMessages.FILE_UNREADABLE({ name: path, reason: reasonOf(e) }));
      }
    },
    save: (path, bytes) => saveAtomically(calls, path, bytes),
    sameFile: (a, b) => sameFileNode(a, b),
  };
}

/** The node platform over the real file system. */
export const nodePlatform: Platform = createNodePlatform();
