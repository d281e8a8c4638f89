/**
 * Decompression caps: an entry is refused when it inflates past the size cap or past
 * MAX_INFLATE_RATIO times its compressed size (a zip bomb), and the inflate stops counting at the
 * cap instead of inflating everything first.
 */
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import {
  inflateCap,
  MAX_ENTRY_BYTES,
  MAX_INFLATE_RATIO,
  RATIO_FREE_BYTES,
  readZipEntry,
} from '../../src/import/zip-entry';
import { InflateTooLargeError, type InflateRaw } from '../../src/platform/contract';
import { nodeInflateRaw } from '../../src/platform/node';
import { webInflateRaw } from '../../src/platform/web-inflate';
import { zipEntries } from '../helpers/zip-writer';

const NAME = 'word/document.xml';

/** A one-entry ZIP holding `packed` (raw DEFLATE) that states `size` as its inflated size. */
function zipOf(packed: Uint8Array, size: number): Uint8Array {
  return zipEntries([{ name: NAME, packed, declaredSize: size }]);
}

/** An inflate that records the caps asked and the most bytes it produced. */
function watched(inner: InflateRaw) {
  const caps: number[] = [];
  let produced = 0;
  const inflate: InflateRaw = async (bytes, max) => {
    caps.push(max);
    const out = await inner(bytes, max);
    produced = Math.max(produced, out.length);
    return out;
  };
  return { inflate, caps, produced: () => produced };
}

// 48 MB of zeros packs into about 47 KB: a ratio near 1000.
const zeros = new Uint8Array(48 * 1024 * 1024);
const bomb = deflateRawSync(zeros);

/** 512 MB of zeros as raw DEFLATE (about 0,5 MB), packed by streaming so the test never holds them. */
async function bigBomb(): Promise<Uint8Array> {
  const z = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  z.on('data', (c: Buffer) => parts.push(c));
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  for (let i = 0; i < 32; i++) if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
  await new Promise((r) => {
    z.on('end', r);
    z.end();
  });
  return Buffer.concat(parts);
}

describe('memory stays bounded on a 512 MB bomb', () => {
  let packed: Uint8Array;
  beforeAll(async () => {
    packed = await bigBomb();
  }, 60000);

  it.each([
    ['node', nodeInflateRaw],
    ['web', webInflateRaw],
  ])(
    'the %s inflate stops at the cap: memory grows by far less than the inflated size',
    async (_n, inner) => {
      const rss = process.memoryUsage().rss;
      const r = await readZipEntry(zipOf(packed, 1000), NAME, inner);
      const grown = process.memoryUsage().rss - rss;
      // About 0,5 MB packed × 200 is over the 64 MB size cap, so the size cap is the one met.
      expect(!r.ok && r.reason.en).toMatch(/too large once decompressed \(over 64 MB\)/);
      // At most the 64 MB cap (plus slack) is ever held; inflating everything would take 512 MB.
      expect(grown).toBeLessThan(192 * 1024 * 1024);
    },
    30000,
  );
});

describe('inflateCap', () => {
  it('is the ratio cap for ordinary entries, never below the ratio-free size', () => {
    expect(inflateCap(100)).toEqual({ bytes: RATIO_FREE_BYTES, by: 'ratio' });
    expect(inflateCap(100_000)).toEqual({ bytes: 100_000 * MAX_INFLATE_RATIO, by: 'ratio' });
  });

  it('is the size cap for large entries', () => {
    expect(inflateCap(10 * 1024 * 1024)).toEqual({ bytes: MAX_ENTRY_BYTES, by: 'size' });
  });
});

describe.each([
  ['node (zlib)', nodeInflateRaw],
  ['web (DecompressionStream)', webInflateRaw],
])('a zip bomb through the %s inflate', (_name, inner) => {
  it('is refused by the ratio, with the inflate capped at ratio × compressed size', async () => {
    expect(bomb.length * 400).toBeLessThan(zeros.length); // truly a bomb, far above the ratio
    const w = watched(inner);
    // The entry lies about its size (states 1 000 bytes) so only the counting inflate can stop it.
    const r = await readZipEntry(zipOf(bomb, 1000), NAME, w.inflate);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.vi).toBe(
      `${NAME} giải nén ra lớn hơn 200 lần kích thước nén, dấu hiệu của tệp nén độc hại (zip bomb); không đọc tệp này.`,
    );
    expect(w.caps).toEqual([bomb.length * MAX_INFLATE_RATIO]);
  });

  it('stops at the cap instead of inflating everything and checking after', async () => {
    await expect(inner(bomb, 1024 * 1024)).rejects.toBeInstanceOf(InflateTooLargeError);
  });

  it('reads an ordinary entry under the cap', async () => {
    const xml = '<w:document>'.concat(
      '<w:p><w:r><w:t>Dự án 1: 1.000 triệu đồng</w:t></w:r></w:p>'.repeat(2000),
      '</w:document>',
    );
    const data = new TextEncoder().encode(xml);
    const r = await readZipEntry(zipOf(deflateRawSync(data), data.length), NAME, inner);
    expect(r.ok && new TextDecoder().decode(r.data)).toBe(xml);
  });
});

describe('an entry that states a bomb', () => {
  it('is refused from its stated size without inflating', async () => {
    let called = false;
    const r = await readZipEntry(zipOf(bomb, zeros.length), NAME, (b, max) => {
      called = true;
      return nodeInflateRaw(b, max);
    });
    expect(called).toBe(false);
    expect(!r.ok && r.reason.en).toMatch(/more than 200 times its compressed size/);
  });

  it('is refused by size when it states more than the size cap', async () => {
    const r = await readZipEntry(zipOf(bomb, MAX_ENTRY_BYTES + 1), NAME, nodeInflateRaw);
    expect(!r.ok && r.reason.vi).toBe(`${NAME} quá lớn khi giải nén (hơn 64 MB); không đọc tệp này.`);
  });

  it('the size-cap refusal says how large is too large', async () => {
    const r = await readZipEntry(zipOf(bomb, 1000), NAME, (_b, max) =>
      Promise.reject(new InflateTooLargeError(max)),
    );
    expect(!r.ok && r.reason.vi).toMatch(/lớn hơn 200 lần/);
    const big = new Uint8Array(11 * 1024 * 1024); // 11 MB stored bytes × 200 is over the size cap
    const r2 = await readZipEntry(zipOf(big, 1000), NAME, (_b, max) =>
      Promise.reject(new InflateTooLargeError(max)),
    );
    expect(!r2.ok && r2.reason.vi).toBe(`${NAME} quá lớn khi giải nén (hơn 64 MB); không đọc tệp này.`);
  });
});
