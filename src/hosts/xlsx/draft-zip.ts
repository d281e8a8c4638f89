/**
 * The ZIP container of a written workbook: entries deflated by the platform's own `CompressionStream`
 * (native zlib in node, the browser's in the task pane), each fed in chunks so a large sheet is never
 * held twice as text; no ZIP64 (an entry over 4 GB is refused).
 */

/** Whether this environment can deflate natively (node ≥ 20, current browsers). */
export function canDeflate(): boolean {
  if (typeof CompressionStream !== 'function') return false;
  try {
    new CompressionStream('gzip');
    return true;
  } catch {
    return false;
  }
}

interface Packed {
  readonly name: Uint8Array;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

const encoder = new TextEncoder();
/** Chunks handed to the deflater before waiting for the oldest. */
const IN_FLIGHT = 16;

/**
 * The raw DEFLATE data, CRC-32 and size inside a gzip member (RFC 1952): gzip is asked for rather
 * than raw DEFLATE because the deflater then computes the CRC itself, natively.
 */
function fromGzip(gz: Uint8Array): { data: Uint8Array; crc: number; size: number } {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8) throw new Error('not gzip');
  const flags = gz[3] ?? 0;
  const view = new DataView(gz.buffer, gz.byteOffset, gz.byteLength);
  let at = 10;
  if (flags & 4) at += 2 + view.getUint16(at, true); // FEXTRA
  const skipText = () => {
    while (at < gz.length && gz[at] !== 0) at++;
    at++;
  };
  if (flags & 8) skipText(); // FNAME
  if (flags & 16) skipText(); // FCOMMENT
  if (flags & 2) at += 2; // FHCRC
  const end = gz.length - 8;
  return { data: gz.subarray(at, end), crc: view.getUint32(end, true), size: view.getUint32(end + 4, true) };
}

/**
 * Feeds text given as chunks (strings) to a deflater; resolves once every chunk is made and handed
 * over, with the promise of the packed entry (its data, CRC-32 and size), so the next entry can be
 * made while this one is still being deflated.
 */
async function pack(name: string, chunks: Iterable<string>): Promise<{ done: Promise<Packed> }> {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const packed = new Response(stream.readable).arrayBuffer();
  let size = 0;
  // A few chunks in flight, so the deflater (zlib on another thread in node) works while the next
  // chunk is made.
  const pending: Promise<void>[] = [];
  for (const chunk of chunks) {
    const bytes = encoder.encode(chunk);
    size += bytes.length;
    pending.push(writer.write(bytes));
    if (pending.length > IN_FLIGHT) await pending.shift();
  }
  const done = (async () => {
    await Promise.all(pending);
    await writer.close();
    return finish(name, size, new Uint8Array(await packed));
  })();
  // Not awaited here: a failure surfaces when the caller awaits `done`, never unhandled.
  done.catch(() => undefined);
  return { done };
}

function finish(name: string, size: number, gzipped: Uint8Array): Packed {
  const gz = fromGzip(gzipped);
  // gzip keeps the size modulo 4 GB; the count here says whether it wrapped.
  if (size > 0xffffffff || gz.data.length > 0xffffffff || gz.size !== size)
    throw new Error(`${name}: over 4 GB`);
  return { name: encoder.encode(name), crc: gz.crc, size, data: gz.data };
}

/** One entry: its path in the archive and its text in chunks. */
export interface ZipText {
  readonly name: string;
  readonly chunks: Iterable<string>;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * The entries as one ZIP archive, deflated one after the other, in order: an entry's chunks may be
 * made lazily from what the entries before it made.
 */
export async function zipTexts(entries: readonly ZipText[], now = new Date()): Promise<Uint8Array> {
  const packed: Packed[] = [];
  const started: Promise<Packed>[] = [];
  for (const e of entries) started.push((await pack(e.name, e.chunks)).done);
  for (const p of started) packed.push(await p);
  const { time, date } = dosTime(now);
  let total = 22;
  for (const p of packed) total += 30 + 46 + 2 * p.name.length + p.data.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const header = (p: Packed, central: boolean, offset: number) => {
    view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
    at += 4;
    if (central) {
      view.setUint16(at, 20, true);
      at += 2;
    }
    view.setUint16(at, 20, true); // version needed
    view.setUint16(at + 2, 0x0800, true); // UTF-8 names
    view.setUint16(at + 4, 8, true); // deflate
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, date, true);
    view.setUint32(at + 10, p.crc, true);
    view.setUint32(at + 14, p.data.length, true);
    view.setUint32(at + 18, p.size, true);
    view.setUint16(at + 22, p.name.length, true);
    view.setUint16(at + 24, 0, true);
    at += 26;
    if (central) {
      // comment length, disk, internal and external attributes: 0; then the local header's offset.
      at += 10;
      view.setUint32(at, offset, true);
      at += 4;
    }
    out.set(p.name, at);
    at += p.name.length;
  };
  for (const p of packed) {
    offsets.push(at);
    header(p, false, 0);
    out.set(p.data, at);
    at += p.data.length;
  }
  const centralStart = at;
  packed.forEach((p, i) => header(p, true, offsets[i] ?? 0));
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, packed.length, true);
  view.setUint16(at + 10, packed.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
