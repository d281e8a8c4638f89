/**
 * A .docx into lines with web APIs only (DecompressionStream), for the task pane in Excel and
 * in a browser; node code uses ./docx (zlib). Same reading as {@link documentXmlToLines}.
 */
import { documentXmlToLines } from './docx-xml';
import { locateZipEntry, MAX_ENTRY_BYTES } from './zip-entry';

export type WebDocxLines = { ok: true; lines: string[] } | { ok: false; vi: string; en: string };

async function inflateRaw(raw: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([raw as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_ENTRY_BYTES) {
      await reader.cancel();
      throw new RangeError('entry too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Reads the body of a .docx given as bytes. Never rejects. */
export async function docxBytesToLines(bytes: Uint8Array): Promise<WebDocxLines> {
  const found = locateZipEntry(bytes, 'word/document.xml');
  if (!found.ok) return found;
  try {
    const data = found.method === 0 ? found.raw : await inflateRaw(found.raw);
    return { ok: true, lines: documentXmlToLines(new TextDecoder('utf-8').decode(data)) };
  } catch {
    return {
      ok: false,
      vi: 'không giải nén được word/document.xml.',
      en: 'word/document.xml cannot be decompressed.',
    };
  }
}
