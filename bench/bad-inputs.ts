/**
 * The largest bad inputs the importer may be handed, each file under 10 MB, written once into a
 * temporary folder: 10 MB of plan text in 130 000 lines, as one line, and as five million one-letter
 * lines that all join into one paragraph; 10 MB of random bytes (named .txt and .docx); .docx files
 * whose `word/document.xml` inflates to exactly the importer's cap (16 MB) of varied paragraphs or of
 * 700 000 one-letter paragraphs, and past it: 60 MB of varied paragraphs (over the size cap but not
 * the ratio cap), 250 MB of one paragraph repeated, 512 MB of spaces with a false size in its
 * directory (zip bombs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_DOCUMENT_XML_BYTES } from '../src/import/zip-entry';
import { zipEntries as zipOf } from '../test/helpers/zip-writer';

const TEN_MB = 10 * 1024 * 1024;

/**
 * A document.xml of about `bytes` bytes of plan-like paragraphs, so every one is parsed: the same
 * paragraph repeated (compresses a thousandfold, a zip bomb), or with varying figures (`varied`,
 * compresses only a few times, so it passes any ratio cap).
 */
function hugeDocumentXml(bytes: number, kind: 'repeated' | 'varied' | 'letters'): Uint8Array {
  const head = '<?xml version="1.0"?><w:document xmlns:w="x"><w:body>';
  const tail = '</w:body></w:document>';
  // Padded with spaces to exactly `bytes`, so "inflates to the cap" is exact.
  const out = Buffer.alloc(bytes, 0x20);
  let p = out.write(head, 0, 'utf8');
  let x = 88172645;
  for (let i = 0; ; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    let para: string;
    if (kind === 'letters') {
      // One lower-case letter a paragraph: the most paragraphs per byte, all joined as wrapped lines.
      para = `<w:p><w:r><w:t>${String.fromCharCode(97 + ((x >>> 0) % 26))}</w:t></w:r></w:p>`;
    } else {
      const n = kind === 'varied' ? `${i}.${(x >>> 0) % 1000}` : '1';
      const amount = kind === 'varied' ? `${(x >>> 3) % 100000},${(x >>> 7) % 100}` : '100,5';
      para = `<w:p><w:r><w:t>${n}. Dự án ${n}: Hỗ trợ đầu tư phát triển hạ tầng: ${amount} triệu đồng</w:t></w:r></w:p>`;
    }
    if (p + Buffer.byteLength(para) + tail.length > bytes) break;
    p += out.write(para, p, 'utf8');
  }
  out.write(tail, bytes - tail.length, 'utf8');
  return out;
}

/**
 * About `bytes` bytes of plan-like text lines: numbered project headings with figures, each followed
 * by lines that continue its sentence in lower case (so the importer joins them into paragraphs).
 * `oneLine` leaves out every line break: one line of `bytes` bytes.
 */
function hugePlanText(bytes: number, oneLine: boolean): Buffer {
  const out = Buffer.alloc(bytes);
  let p = 0;
  let x = 1234567;
  const sep = oneLine ? ' ' : '\n';
  for (let i = 0; ; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const amount = `${(x >>> 3) % 100000},${(x >>> 7) % 100}`;
    const chunk =
      `${(i % 9) + 1}. Dự án ${(i % 7) + 1}: Hỗ trợ phát triển sản xuất: ${amount} triệu đồng${sep}` +
      `trong đó ngân sách trung ương ${(x >>> 5) % 1000} triệu đồng (vốn sự nghiệp) và ngân sách${sep}` +
      `địa phương ${(x >>> 9) % 100} triệu đồng, thực hiện tại thôn ${i % 300}${sep}`;
    const n = Buffer.byteLength(chunk);
    if (p + n > bytes) break;
    p += out.write(chunk, p, 'utf8');
  }
  return out.subarray(0, p);
}

/** The bad inputs, by label, as files in a temporary folder (made once per run). */
export function writeBadInputs(): { label: string; path: string }[] {
  const dir = join(tmpdir(), `gnbv-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const random = Buffer.alloc(TEN_MB - 1);
  let x = 2463534242;
  for (let i = 0; i < random.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    random[i] = x & 0xff;
  }
  const content = '<?xml version="1.0"?><Types/>';
  const types = { name: '[Content_Types].xml', data: Buffer.from(content) };
  const docx = (xml: Uint8Array) => zipOf([types, { name: 'word/document.xml', data: xml }]);
  const capMb = MAX_DOCUMENT_XML_BYTES / 1024 / 1024;
  const files = [
    { label: '10 MB of plan text lines', name: 'lines.txt', bytes: hugePlanText(TEN_MB - 1024, false) },
    { label: 'one 10 MB line of plan text', name: 'one-line.txt', bytes: hugePlanText(TEN_MB - 1024, true) },
    {
      label: '10 MB of one-letter lines (one paragraph)',
      name: 'letters.txt',
      bytes: Buffer.from('a\n'.repeat(TEN_MB / 2 - 1)),
    },
    { label: '10 MB random bytes as .txt', name: 'random.txt', bytes: random },
    { label: '10 MB random bytes as .docx', name: 'random.docx', bytes: random },
    {
      label: `.docx, document.xml inflates to the cap (${capMb} MB), varied figures`,
      name: 'cap-varied.docx',
      bytes: docx(hugeDocumentXml(MAX_DOCUMENT_XML_BYTES, 'varied')),
    },
    {
      label: `.docx, document.xml inflates to the cap (${capMb} MB), one-letter paragraphs`,
      name: 'cap-letters.docx',
      bytes: docx(hugeDocumentXml(MAX_DOCUMENT_XML_BYTES, 'letters')),
    },
    {
      label: '.docx, document.xml 60 MB inflated, varied figures',
      name: 'large-varied.docx',
      bytes: docx(hugeDocumentXml(60 * 1024 * 1024, 'varied')),
    },
    {
      label: '.docx, document.xml 250 MB inflated, one paragraph repeated',
      name: 'bomb-repeated.docx',
      bytes: docx(hugeDocumentXml(250 * 1024 * 1024, 'repeated')),
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
    if (f.bytes.length >= TEN_MB) throw new Error(`bench: ${f.name} is not under 10 MB`);
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    return { label: `${f.label} (${(f.bytes.length / 1024 / 1024).toFixed(2)} MB file)`, path };
  });
}
