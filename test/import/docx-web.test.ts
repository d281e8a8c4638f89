/**
 * One import path in node and in the browser: the same .docx read with zlib (node) and with
 * DecompressionStream (the browser platform's inflate, present in node 20 too) gives the same lines
 * and plan, through src/import directly and through the app's `openPlanDocument` as the pane calls it.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { examplePlan } from '../../src/app/example';
import { openPlanDocument } from '../../src/app/open-document';
import { packKinhPhiDocument } from '../../src/export/pack';
import { importDocument, readDocxLines } from '../../src/import';
import { locateZipEntry } from '../../src/import/zip-entry';
import { browserPlatform } from '../../src/platform/browser';
import { nodePlatform, nodeInflateRaw } from '../../src/platform/node';
import { item, stated } from './helpers';

async function sampleDocx(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ text })] });
  return new Uint8Array(
    await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo' }),
              new Paragraph({
                text: 'Kinh phí thực hiện: 3.154 triệu đồng (Ngân sách trung ương: 3.154 triệu đồng).',
              }),
              new Paragraph({ text: '2. Dự án 6: Truyền thông và giảm nghèo về thông tin' }),
              new Table({
                rows: [
                  new TableRow({
                    children: [
                      cell('Tiểu dự án 1: Giảm nghèo về thông tin'),
                      cell('Kinh phí: 522 triệu đồng'),
                    ],
                  }),
                ],
              }),
            ],
          },
        ],
      }),
    ),
  );
}

const INFLATES = { node: nodeInflateRaw, browser: browserPlatform.inflateRaw };

describe('a .docx read with the node and the browser inflate', () => {
  it('gives the same lines and the same plan', async () => {
    const bytes = await sampleDocx();
    const web = await readDocxLines(bytes, INFLATES.browser);
    const node = await readDocxLines(bytes, INFLATES.node);
    expect(web.ok && web.lines).toContain('Tiểu dự án 1: Giảm nghèo về thông tin | Kinh phí: 522 triệu đồng');
    expect(web).toEqual(node);
    const fromWeb = await importDocument(bytes, 'ke-hoach.docx', INFLATES.browser);
    const fromNode = await importDocument(bytes, 'ke-hoach.docx', INFLATES.node);
    expect(stated(item(fromWeb.plan, 'DA6.1').stated)).toEqual({ total: '522' });
    expect(fromWeb).toEqual(fromNode);
  });

  it.each(Object.entries(INFLATES))(
    'reports a damaged deflate stream (%s) instead of throwing',
    async (_n, inflate) => {
      const bytes = await sampleDocx();
      // Corrupt the compressed bytes of the body (a reserved block type) but keep the directory intact.
      const found = locateZipEntry(bytes, 'word/document.xml');
      expect(found.ok && found.method).toBe(8);
      if (found.ok) found.raw.fill(0xff);
      const r = await readDocxLines(bytes, inflate);
      expect(r).toEqual({
        ok: false,
        reason: {
          vi: 'không giải nén được word/document.xml.',
          en: 'word/document.xml cannot be decompressed.',
        },
      });
      const imported = await importDocument(bytes, 'ke-hoach.docx', inflate);
      expect(imported.findings.map((f) => [f.severity, f.code])).toEqual([
        ['error', 'IMPORT_DOCX_UNREADABLE'],
      ]);
    },
  );

  it('gives an error value for bytes that are not a ZIP', async () => {
    expect(await readDocxLines(new TextEncoder().encode('Kế hoạch'), INFLATES.browser)).toEqual({
      ok: false,
      reason: { vi: 'tệp quá ngắn, không phải tệp nén ZIP.', en: 'the file is too short to be a ZIP.' },
    });
    const r = await readDocxLines(
      new TextEncoder().encode('Kế hoạch giảm nghèo bền vững năm 2024'),
      INFLATES.node,
    );
    expect(r).toMatchObject({ ok: false, reason: { vi: 'không tìm thấy mục lục của tệp nén ZIP.' } });
  });
});

describe('openPlanDocument with the browser platform (the task pane) and the node platform (the CLI)', () => {
  it('opens the same plan from the same .docx', async () => {
    const bytes = await sampleDocx();
    const pane = await openPlanDocument(bytes, 'ke-hoach.docx', { platform: browserPlatform });
    const cli = await openPlanDocument(bytes, 'ke-hoach.docx', { platform: nodePlatform });
    expect(pane.kind).toBe('done');
    // "Kinh phí thực hiện: 3.154 triệu đồng (Ngân sách trung ương: 3.154 triệu đồng)."
    expect(pane.kind === 'done' && stated(item(pane.value.plan, 'DA2').stated)).toEqual({
      total: '3154',
      nstw: '3154',
    });
    expect(pane).toEqual(cli);
  });

  it('refuses a damaged .docx naming the file, the same way in both', async () => {
    const bytes = await sampleDocx();
    const found = locateZipEntry(bytes, 'word/document.xml');
    if (found.ok) found.raw.fill(0xff);
    const pane = await openPlanDocument(bytes, 'hong.docx', { platform: browserPlatform });
    expect(pane.kind).toBe('failed');
    expect(pane.text.vi).toContain('hong.docx');
    expect(pane.text.vi).toContain('không giải nén được word/document.xml');
    expect(await openPlanDocument(bytes, 'hong.docx', { platform: nodePlatform })).toEqual(pane);
  });
});

describe('the Word document the task pane packs (src/export/pack) read back with the browser inflate', () => {
  it('is plain bytes holding the section and the summary table of the example plan', async () => {
    const example = examplePlan();
    if (example.kind !== 'done') throw new Error(example.text.en);
    const packed = await packKinhPhiDocument(example.value.plan, {
      style: 'kinh-phi-thuc-hien',
      words: 'total',
    });
    // A Uint8Array, not node's Buffer: the same value a browser gets.
    expect(Object.getPrototypeOf(packed.bytes)).toBe(Uint8Array.prototype);
    expect(packed.total?.toFixed()).toBe('7645');
    const read = await readDocxLines(packed.bytes, INFLATES.browser);
    expect(read.ok && read.lines).toEqual(
      expect.arrayContaining([
        'Tổng kinh phí thực hiện: 7.645 triệu đồng (Bảy tỷ sáu trăm bốn mươi lăm triệu đồng), cụ thể:',
      ]),
    );
    // One line per summary row after the two header rows, the TỔNG CỘNG row included.
    const lines = read.ok ? read.lines : [];
    const header = lines.findIndex((l) => l.startsWith('STT | Nội dung |'));
    expect(header).toBeGreaterThan(0);
    const tableLines = lines.slice(header + 2).filter((l) => l.split(' | ').length === 8);
    expect(tableLines).toHaveLength(packed.rows + 1);
    expect(packed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
