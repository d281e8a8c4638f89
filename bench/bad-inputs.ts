/**
 * The largest bad inputs the importer may be handed, written once into a temporary folder: 10 MB of
 * random bytes (named .txt and .docx) and .docx files under 10 MB whose `word/document.xml` inflates
 * hugely: 60 MB of varied paragraphs (under the importer's size cap), 250 MB of one paragraph repeated,
 * and 512 MB of spaces with a false size in its directory.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipEntries as zipOf } from '../test/helpers/zip-writer';

/**
 * A document.xml of about `bytes` bytes of plan-like paragraphs, so every one is parsed: the same
 * paragraph repeated (compresses a thousandfold, a zip bomb), or with varying figures (`varied`,
 * compresses only a few times, so it passes any ratio cap).
 */
function hugeDocumentXml(bytes: number, varied: boolean): Uint8Array {
  const head = '<?xml version="1.0"?><w:document xmlns:w="x"><w:body>';
  const tail = '</w:body></w:document>';
  const out = Buffer.alloc(bytes);
  let p = out.write(head, 0, 'utf8');
  let x = 88172645;
  for (let i = 0; ; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const n = varied ? `${i}.${(x >>> 0) % 1000}` : '1';
    const amount = varied ? `${(x >>> 3) % 100000},${(x >>> 7) % 100}` : '100,5';
    const para = `<w:p><w:r><w:t>${n}. Dự án ${n}: Hỗ trợ đầu tư phát triển hạ tầng: ${amount} triệu đồng</w:t></w:r></w:p>`;
    if (p + Buffer.byteLength(para) + tail.length > bytes) break;
    p += out.write(para, p, 'utf8');
  }
  p += out.write(tail, p, 'utf8');
  return out.subarray(0, p);
}

/** The bad inputs, by label, as files in a temporary folder (made once per run). */
export function writeBadInputs(): { label: string; path: string }[] {
  const dir = join(tmpdir(), `gnbv-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const random = Buffer.alloc(10 * 1024 * 1024);
  let x = 2463534242;
  for (let i = 0; i < random.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    random[i] = x & 0xff;
  }
  const content = '<?xml version="1.0"?><Types/>';
  const types = { name: '[Content_Types].xml', data: Buffer.from(content) };
  const files = [
    { label: '10 MB random bytes as .txt', name: 'random.txt', bytes: random },
    { label: '10 MB random bytes as .docx', name: 'random.docx', bytes: random },
    {
      label: '.docx, document.xml 60 MB inflated, varied figures',
      name: 'large-varied.docx',
      bytes: zipOf([types, { name: 'word/document.xml', data: hugeDocumentXml(60 * 1024 * 1024, true) }]),
    },
    {
      label: '.docx, document.xml 250 MB inflated, one paragraph repeated',
      name: 'bomb-repeated.docx',
      bytes: zipOf([types, { name: 'word/document.xml', data: hugeDocumentXml(250 * 1024 * 1024, false) }]),
    },
    {
      label: '.docx, document.xml 512 MB inflated, size lied',
      name: 'bomb-lied-size.docx',
      bytes: zipOf([
        types,
        { name: 'word/document.xml', data: Buffer.alloc(512 * 1024 * 1024, 0x20), declaredSize: 1000 },
      ]),
    },
  ];
  return files.map((f) => {
    if (f.bytes.length >= 10 * 1024 * 1024 + 1) throw new Error(`bench: ${f.name} is not under 10 MB`);
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    return { label: `${f.label} (${(f.bytes.length / 1024 / 1024).toFixed(2)} MB file)`, path };
  });
}
