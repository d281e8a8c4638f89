/** Both inflates (zlib in node, DecompressionStream in the browser) read the same data and stop at the cap. */
import { deflateRawSync } from 'node:zlib';
import { InflateTooLargeError, type InflateRaw } from '../../src/platform/contract';
import { nodeInflateRaw } from '../../src/platform/node';
import { webInflateRaw } from '../../src/platform/web-inflate';

const INFLATES: [string, InflateRaw][] = [
  ['node', nodeInflateRaw],
  ['web', webInflateRaw],
];

describe.each(INFLATES)('%s inflateRaw', (_name, inflate) => {
  const text = 'Kinh phí thực hiện: 3.154 triệu đồng. '.repeat(500);
  const packed = new Uint8Array(deflateRawSync(Buffer.from(text, 'utf8')));

  it('inflates raw DEFLATE into a plain Uint8Array', async () => {
    const out = await inflate(packed, 1 << 20);
    expect(out).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(out)).toBe(false);
    expect(new TextDecoder().decode(out)).toBe(text);
  });

  it('accepts output of exactly the cap', async () => {
    const size = Buffer.byteLength(text, 'utf8');
    expect((await inflate(packed, size)).length).toBe(size);
    await expect(inflate(packed, size - 1)).rejects.toBeInstanceOf(InflateTooLargeError);
  });

  it('refuses a zip bomb at the cap instead of filling memory', async () => {
    const bomb = new Uint8Array(deflateRawSync(Buffer.alloc(64 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const refused = await inflate(bomb, 1024 * 1024).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InflateTooLargeError);
    expect((refused as InflateTooLargeError).maxBytes).toBe(1024 * 1024);
    // Making the 64 MB bomb takes most of the time; on a loaded 2-core machine it can pass 5 s.
  }, 30_000);

  it('rejects truncated or damaged data with another error', async () => {
    for (const bad of [packed.subarray(0, packed.length >> 1), new Uint8Array([0xff, 0xff, 0xff])]) {
      const refused = await inflate(bad, 1 << 20).catch((e: unknown) => e);
      // Errors of node's internals come from another realm than jest's `Error`: checked by shape.
      expect(typeof (refused as { message?: unknown }).message).toBe('string');
      expect(refused).not.toBeInstanceOf(InflateTooLargeError);
    }
  });
});
