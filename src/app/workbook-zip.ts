/**
 * Whether a workbook's ZIP may be handed to the .xlsx library, which inflates every part without a
 * limit: each part is first inflated here with the platform's capped inflate (the caps of
 * src/import/zip-entry.ts: 64 MB a part, 200 times its compressed size above 1 MB) and all parts
 * together may not exceed 64 MB, so a zip bomb is refused — whatever sizes its headers claim —
 * before any memory goes to it. Pure: a DataView over the bytes and the injected inflate.
 */
import { inflateCap, locateZipEntry, MAX_ENTRY_BYTES } from '../import/zip-entry';
import { InflateTooLargeError, type InflateRaw } from '../platform/contract';

/** Why the parts cannot be read: they inflate too much, or the ZIP is damaged. */
export type ZipProblem = 'bomb' | 'damaged';

/** All parts of a workbook together, inflated, at most this (a plan workbook is well under 1 MB). */
export const MAX_WORKBOOK_BYTES = MAX_ENTRY_BYTES;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

interface Part {
  readonly name: string;
  readonly compressed: number;
  readonly size: number;
}

/** The parts the central directory lists, or undefined when it cannot be read. */
function parts(bytes: Uint8Array): Part[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535) && eocd < 0; i--) {
    if (view.getUint32(i, true) === EOCD) eocd = i;
  }
  if (eocd < 0) return undefined;
  const out: Part[] = [];
  let p = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(p + 28, true);
    if (p + 46 + nameLength > bytes.length) return undefined;
    out.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** The problem of a ZIP's parts, or undefined when every part inflates within the caps. Never rejects. */
export async function zipProblem(bytes: Uint8Array, inflate?: InflateRaw): Promise<ZipProblem | undefined> {
  const list = parts(bytes);
  if (!list) return 'damaged';
  // What the headers claim first: a bomb that says what it is costs nothing to refuse.
  let claimed = 0;
  for (const part of list) {
    claimed += part.size;
    if (part.size > inflateCap(part.compressed).bytes || claimed > MAX_WORKBOOK_BYTES) return 'bomb';
  }
  if (!inflate) return undefined;
  // Then what the parts really inflate to, under the caps, since headers can lie.
  let total = 0;
  for (const part of list) {
    if (part.name.endsWith('/')) continue;
    const found = locateZipEntry(bytes, part.name);
    if (!found.ok) return 'damaged';
    if (found.method === 0) {
      total += found.raw.length;
    } else {
      const cap = Math.max(1, Math.min(inflateCap(found.raw.length).bytes, MAX_WORKBOOK_BYTES - total));
      try {
        total += (await inflate(found.raw, cap)).length;
      } catch (e) {
        return e instanceof InflateTooLargeError ? 'bomb' : 'damaged';
      }
    }
    if (total > MAX_WORKBOOK_BYTES) return 'bomb';
  }
  return undefined;
}
