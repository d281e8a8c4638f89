/**
 * One import path in node and in the browser: the same .docx read with zlib (node) and with
 * DecompressionStream (the browser's inflate, present in node 20 too) gives the same lines and plan.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { importDocument, readDocxLines } from '../../src/import';
import { docxBytesToLines } from '../../src/import/docx-web';
import { locateZipEntry } from '../../src/import/zip-entry';
import { browserPlatform } from '../../src/platform/browser';
import { nodeInflateRaw } from '../../src/platform/node';
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

describe('docxBytesToLines (temporary, for the task pane until it calls importDocument)', () => {
  it('reads the same lines as readDocxLines, and keeps its old failure shape', async () => {
    const bytes = await sampleDocx();
    expect(await docxBytesToLines(bytes)).toEqual(await readDocxLines(bytes, nodeInflateRaw));
    expect(await docxBytesToLines(new TextEncoder().encode('Kế hoạch'))).toEqual({
      ok: false,
      vi: 'tệp quá ngắn, không phải tệp nén ZIP.',
      en: 'the file is too short to be a ZIP.',
    });
  });
});
