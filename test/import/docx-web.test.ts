import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { docxToLines } from '../../src/import/docx';
import { docxBytesToLines } from '../../src/import/docx-web';

async function sampleDocx(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ text })] });
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo' }),
            new Paragraph({
              text: 'Kinh phí thực hiện: 3.154 triệu đồng (Ngân sách trung ương: 3.154 triệu đồng).',
            }),
            new Table({ rows: [new TableRow({ children: [cell('Tiểu dự án 1'), cell('522 triệu đồng')] })] }),
          ],
        },
      ],
    }),
  );
}

describe('docxBytesToLines (web APIs, for the task pane)', () => {
  it('reads the same lines as the node reader', async () => {
    const buf = await sampleDocx();
    const web = await docxBytesToLines(new Uint8Array(buf));
    const node = docxToLines(buf);
    expect(web.ok && node.ok).toBe(true);
    if (web.ok && node.ok) {
      expect(web.lines).toEqual(node.lines);
      expect(web.lines).toContain('Tiểu dự án 1 | 522 triệu đồng');
    }
  });

  it('gives an error value for bytes that are not a document', async () => {
    expect(await docxBytesToLines(new TextEncoder().encode('Kế hoạch'))).toEqual({
      ok: false,
      vi: 'tệp quá ngắn, không phải tệp nén ZIP.',
      en: 'the file is too short to be a ZIP.',
    });
    const r = await docxBytesToLines(new TextEncoder().encode('Kế hoạch giảm nghèo bền vững năm 2024'));
    expect(r).toMatchObject({ ok: false, vi: 'không tìm thấy mục lục của tệp nén ZIP.' });
  });

  it('reports a damaged deflate stream instead of throwing', async () => {
    const buf = Buffer.from(await sampleDocx());
    // Corrupt the compressed bytes of every entry but keep the directory intact.
    for (let i = 60; i < buf.length - 400; i += 7) buf[i] = 0xff;
    const r = await docxBytesToLines(new Uint8Array(buf));
    expect(r.ok).toBe(false);
  });
});
