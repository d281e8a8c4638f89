/**
 * A .docx's body is read only up to MAX_DOCUMENT_XML_BYTES once inflated (16 MB, some sixty times
 * the longest real plan): above it the document is refused with the limit named, whether the ZIP
 * states the size or lies about it; at the cap it is read.
 */
import { openPlanFile } from '../../src/app/open-document';
import { importDocument, MAX_DOCUMENT_XML_BYTES } from '../../src/import';
import { MAX_INFLATE_RATIO } from '../../src/import/zip-entry';
import { nodeInflateRaw, nodePlatform } from '../../src/platform/node';
import { zipEntries } from '../helpers/zip-writer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HEAD = '<?xml version="1.0"?><w:document xmlns:w="w"><w:body>';
const TAIL = '</w:body></w:document>';

/** A document.xml of exactly `bytes` bytes: varied paragraphs (so it compresses only a few times), padded with spaces. */
function documentXml(bytes: number): Buffer {
  const out = Buffer.alloc(bytes, 0x20);
  let p = out.write(HEAD, 0, 'utf8');
  let x = 99991;
  for (let i = 0; ; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const para = `<w:p><w:r><w:t>Mục ${i}: hỗ trợ thôn ${(x >>> 4) % 9973}, ${(x >>> 8) % 99991} triệu đồng</w:t></w:r></w:p>`;
    if (p + Buffer.byteLength(para) + TAIL.length > bytes) break;
    p += out.write(para, p, 'utf8');
  }
  out.write(TAIL, bytes - TAIL.length, 'utf8');
  return out;
}

const docx = (xml: Buffer, declaredSize?: number) =>
  zipEntries([
    { name: 'word/document.xml', data: xml, ...(declaredSize !== undefined ? { declaredSize } : {}) },
  ]);

const LIMIT_VI = 'word/document.xml quá lớn khi giải nén (hơn 16 MB); không đọc tệp này.';

describe('the size cap of a .docx body', () => {
  const atCap = documentXml(MAX_DOCUMENT_XML_BYTES);
  const over = documentXml(MAX_DOCUMENT_XML_BYTES + 1);

  it('is 16 MB, below the generic ZIP entry cap', () => {
    expect(MAX_DOCUMENT_XML_BYTES).toBe(16 * 1024 * 1024);
    // Varied text passes the ratio cap, so the size cap is the one met.
    expect(docx(over).length * MAX_INFLATE_RATIO).toBeGreaterThan(MAX_DOCUMENT_XML_BYTES);
  });

  it('reads a body of exactly the cap', async () => {
    const r = await importDocument(docx(atCap), 'lon.docx', nodeInflateRaw);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  }, 60_000);

  it.each([
    ['states its size', undefined],
    ['lies about its size', 1000],
  ])(
    'refuses a body one byte over the cap that %s, naming the limit',
    async (_how, declared) => {
      const r = await importDocument(docx(over, declared), 'lon.docx', nodeInflateRaw);
      const errors = r.findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.code)).toEqual(['IMPORT_DOCX_UNREADABLE']);
      expect(errors[0]?.text.vi).toContain(LIMIT_VI);
      expect(r.plan.items).toEqual([]);
    },
    60_000,
  );

  it('names the file and the limit when the CLI and the pane open it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gnbv-cap-')), 'ke-hoach-lon.docx');
    writeFileSync(path, docx(over));
    const opened = await openPlanFile(path, { platform: nodePlatform });
    expect(opened.kind).toBe('failed');
    expect(opened.text.vi).toContain('ke-hoach-lon.docx');
    expect(opened.text.vi).toContain('hơn 16 MB');
  }, 60_000);
});
