/**
 * Raw DEFLATE with web APIs only (`DecompressionStream`), for the browser and the task pane in
 * Excel; node 20 has the same globals, so tests and the in-memory platform use it too.
 */
import { InflateTooLargeError, type InflateRaw } from './contract';

/** Inflates `bytes`, stopping (and rejecting) as soon as the output would exceed `maxBytes`. */
export const webInflateRaw: InflateRaw = async (bytes, maxBytes) => {
  // Copied into a plain ArrayBuffer: a view over a larger or shared buffer is not a valid BlobPart everywhere.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const reader = new Blob([copy.buffer])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new InflateTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};
