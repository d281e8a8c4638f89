import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPlanFile, type OpenedPlan } from '../../src/app/open-document';
import { documentXmlToLines, importDocument, readZipEntry } from '../../src/import';
import { MAX_INFLATE_RATIO, RATIO_FREE_BYTES } from '../../src/import/zip-entry';
import { InflateTooLargeError } from '../../src/platform/contract';
import { nodeInflateRaw, nodePlatform } from '../../src/platform/node';
import { zipEntries } from '../helpers/zip-writer';
import { FIXTURES, item, stated } from './helpers';

const importBytes = (bytes: Uint8Array, name: string) => importDocument(bytes, name, nodeInflateRaw);

/** A plan file read as the CLI reads it (the node platform's bytes, then src/import); fails the test if refused. */
async function openFile(path: string): Promise<OpenedPlan> {
  const opened = await openPlanFile(path, { platform: nodePlatform });
  if (opened.kind !== 'done') throw new Error(opened.text.en);
  return opened.value;
}

/** Text entries as a ZIP; `declared` overrides the inflated sizes the headers state. */
function zip(entries: Record<string, string>, declared?: number): Buffer {
  return zipEntries(
    Object.entries(entries).map(([name, content]) => ({
      name,
      data: Buffer.from(content, 'utf8'),
      ...(declared !== undefined ? { declaredSize: declared } : {}),
    })),
  );
}

const p = (text: string) =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="left"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;

const BODY = [
  p('KẾ HOẠCH'),
  p('Triển khai Chương trình giảm nghèo bền vững năm 2024 trên địa bàn huyện Mẫu'),
  p('1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo'),
  // A run split in the middle of a figure, and an escaped character in the text.
  '<w:p><w:r><w:t>Kinh phí thực hiện: 3.1</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>54 triệu đồng (vốn sự nghiệp &amp; ngân sách trung ương).</w:t></w:r></w:p>',
  '<w:p><w:r><w:delText>Kinh phí thực hiện: 999 triệu đồng.</w:delText></w:r></w:p>',
  p('2. Dự án 6: Truyền thông và giảm nghèo về thông tin'),
  '<w:tbl>',
  row('Nội dung', 'Kinh phí'),
  row('Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều', 'Ngân sách trung ương: 148 triệu đồng'),
  '</w:tbl>',
  p('IV. KINH PHÍ THỰC HIỆN'),
  '<w:p><w:r><w:t>Tổng kinh phí thực hiện: 3.302 triệu đồng.</w:t><w:br/><w:t>Ngân sách địa phương: 0 triệu đồng.</w:t></w:r></w:p>',
].join('');

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${BODY}<w:sectPr/></w:body></w:document>`;

describe('reading a .docx', () => {
  it('turns paragraphs and table rows into lines in document order', () => {
    const lines = documentXmlToLines(DOCUMENT);
    expect(lines).toContain('Kinh phí thực hiện: 3.154 triệu đồng (vốn sự nghiệp & ngân sách trung ương).');
    expect(lines).toContain(
      'Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều | Ngân sách trung ương: 148 triệu đồng',
    );
    expect(lines.join('\n')).not.toContain('999');
    expect(lines.indexOf('Nội dung | Kinh phí')).toBeGreaterThan(
      lines.indexOf('2. Dự án 6: Truyền thông và giảm nghèo về thông tin'),
    );
  });

  it('imports the plan from a .docx built in the test, with its paragraphs and a table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gnbv-docx-'));
    const path = join(dir, 'ke-hoach.docx');
    writeFileSync(path, zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': DOCUMENT }));
    const { plan, findings } = await openFile(path);
    // The qualifier after the figure says which source the whole amount is.
    expect(stated(item(plan, 'DA2').stated)).toEqual({ nstw_su_nghiep: '3154' });
    expect(stated(item(plan, 'DA6.2').stated)).toEqual({ nstw: '148' });
    expect(plan.statedTotals && stated(plan.statedTotals)).toEqual({ total: '3302', nsdp: '0' });
    expect(plan.locality).toBe('huyện Mẫu');
    expect(item(plan, 'DA2').sources?.[0]).toEqual({
      line: 4,
      text: 'Kinh phí thực hiện: 3.154 triệu đồng (vốn sự nghiệp & ngân sách trung ương).',
    });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a damaged .docx with an error finding instead of throwing', async () => {
    const good = zip({ 'word/document.xml': DOCUMENT });
    for (const bytes of [
      good.subarray(0, good.length - 30),
      good.subarray(0, 100),
      Buffer.from('PK\u0003\u0004'),
    ]) {
      const result = await importBytes(bytes, 'broken.docx');
      expect(result.plan.items).toEqual([]);
      expect(result.findings.map((f) => [f.severity, f.code])).toEqual([['error', 'IMPORT_DOCX_UNREADABLE']]);
    }
    const noDocument = await importBytes(zip({ 'other.xml': '<x/>' }), 'a.docx');
    expect(noDocument.findings[0]?.text.vi).toContain('word/document.xml');
  });

  it('lets the content decide over the name', async () => {
    const docx = zip({ 'word/document.xml': DOCUMENT });
    const asTxt = await importBytes(docx, 'ke-hoach.txt');
    expect(stated(item(asTxt.plan, 'DA6.2').stated)).toEqual({ nstw: '148' });
    const text = 'Dự án 2: Đa dạng hóa sinh kế\nKinh phí: 12 triệu đồng.';
    const asDocx = await importBytes(new TextEncoder().encode(text), 'ke-hoach.docx');
    expect(stated(item(asDocx.plan, 'DA2').stated)).toEqual({ total: '12' });
    // Neither a ZIP nor text (a file of zeros, as a failed sync leaves): a damaged .docx by its name.
    const zeros = await importBytes(new Uint8Array(64), 'ke-hoach.docx');
    expect(zeros.findings.map((f) => f.code)).toEqual(['IMPORT_DOCX_UNREADABLE']);
    expect(zeros.findings[0]?.text.vi).toContain('bị hỏng');
    const zerosTxt = await importBytes(new Uint8Array(64), 'ke-hoach.txt');
    expect(zerosTxt.findings.map((f) => f.code)).toEqual(['IMPORT_NOT_TEXT']);
  });
});

describe('readZipEntry', () => {
  it('refuses an entry stated larger than the cap without inflating it', async () => {
    let inflated = false;
    const r = await readZipEntry(
      zip({ 'word/document.xml': DOCUMENT }, 0xffffffff),
      'word/document.xml',
      (b, max) => {
        inflated = true;
        return nodeInflateRaw(b, max);
      },
    );
    expect(r).toEqual({
      ok: false,
      reason: {
        vi: 'word/document.xml quá lớn khi giải nén (hơn 64 MB); không đọc tệp này.',
        en: 'word/document.xml is too large once decompressed (over 64 MB); the file is not read.',
      },
    });
    expect(inflated).toBe(false);
  });

  it('passes the cap to the inflate and reports output over it as too large', async () => {
    const caps: number[] = [];
    const r = await readZipEntry(zip({ 'word/document.xml': DOCUMENT }), 'word/document.xml', (_b, max) => {
      caps.push(max);
      return Promise.reject(new InflateTooLargeError(max));
    });
    // A small entry may inflate to the ratio cap's floor (1 MiB), and no further.
    expect(caps).toEqual([RATIO_FREE_BYTES]);
    expect(r).toMatchObject({
      ok: false,
      reason: {
        en: `word/document.xml inflates to more than ${MAX_INFLATE_RATIO} times its compressed size, the mark of a zip bomb; the file is not read.`,
      },
    });
  });

  it('reads an entry inflated by the platform', async () => {
    const r = await readZipEntry(zip({ 'word/document.xml': DOCUMENT }), 'word/document.xml', nodeInflateRaw);
    expect(r.ok && new TextDecoder().decode(r.data)).toBe(DOCUMENT);
  });
});

describe('a plan file read through the node platform', () => {
  it('reads a .txt file', async () => {
    const { plan } = await openFile(join(FIXTURES, 'binh-lu-style.txt'));
    expect(plan.items).toHaveLength(6);
  });

  it('reads UTF-16 text with a byte-order mark', async () => {
    const text = 'Dự án 2: Đa dạng hóa sinh kế\nKinh phí: 12 triệu đồng.';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(stated(item((await importBytes(bytes, 'a.txt')).plan, 'DA2').stated)).toEqual({ total: '12' });
  });

  it('refuses a missing file with an error finding naming it', async () => {
    const path = join(FIXTURES, 'no-such-file.txt');
    const opened = await openPlanFile(path, { platform: nodePlatform });
    expect(opened.kind).toBe('failed');
    expect(opened.kind === 'failed' && opened.findings.map((f) => [f.severity, f.code])).toEqual([
      ['error', 'FILE_NOT_FOUND'],
    ]);
    expect(opened.text.vi).toContain(path);
  });
});
