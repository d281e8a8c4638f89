/**
 * A folder per bad-input case, and what "nothing changed" means for it: every entry (files, links,
 * subfolders) with the SHA-256 of its content, so that one comparison shows that each input is
 * byte-identical, that no output was created or changed and that no temporary file was left.
 */
import { createHash } from 'node:crypto';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a case puts in its folder: a file's bytes (or text), a link, or an empty subfolder. */
export type Entry = Uint8Array | string | Link;

/** A symbolic link, a hard link (to a file of the same folder) or an empty subfolder. */
export type Link =
  { readonly symlinkTo: string } | { readonly hardLinkTo: string } | { readonly folder: true };

/** The entries of a case, by name; links are made after the files they point at. */
export type Entries = Readonly<Record<string, Entry | (() => Promise<Uint8Array>)>>;

/** A new empty folder for one case. */
export function caseFolder(prefix = 'gnbv-bad-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Puts `entries` into `dir`: files first, then links and folders. */
export async function fill(dir: string, entries: Entries): Promise<void> {
  const later: [string, Link][] = [];
  for (const [name, entry] of Object.entries(entries)) {
    const value = typeof entry === 'function' ? await entry() : entry;
    if (typeof value === 'string' || value instanceof Uint8Array) writeFileSync(join(dir, name), value);
    else later.push([name, value]);
  }
  for (const [name, entry] of later) {
    if ('symlinkTo' in entry) symlinkSync(entry.symlinkTo, join(dir, name));
    else if ('hardLinkTo' in entry) linkSync(join(dir, entry.hardLinkTo), join(dir, name));
    else mkdirSync(join(dir, name));
  }
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Every entry under `dir` (recursively) with its kind and content hash, sorted by path. */
export function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const key = prefix + name;
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) out[key] = `link → ${readlinkSync(path)}`;
    else if (stat.isDirectory()) {
      out[`${key}/`] = 'folder';
      Object.assign(out, snapshot(path, `${key}/`));
    } else out[key] = `file ${sha256(readFileSync(path))}`;
  }
  return out;
}
