/**
 * A .docx made with the `docx` package (paragraphs and a table), as Word users' files are.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { importDocument } from '../../src/import';
import { nodeInflateRaw } from '../../src/platform/node';
import { item, stated } from './helpers';

describe('a .docx made with the docx package', () => {
  it('imports its paragraphs and table rows', async () => {
    const para = (text: string) => new Paragraph({ text });
    const cell = (text: string) => new TableCell({ children: [para(text)] });
    const table = new Table({
      rows: [
        new TableRow({ children: [cell('Nội dung'), cell('Kinh phí')] }),
        new TableRow({
          children: [cell('Tiểu dự án 1: Giảm nghèo về thông tin'), cell('Kinh phí: 522 triệu đồng')],
        }),
      ],
    });
    const doc = new Document({
      sections: [
        {
          children: [
            para('KẾ HOẠCH'),
            para('Triển khai Chương trình giảm nghèo bền vững năm 2024 trên địa bàn thị xã Mường Lay'),
            para('1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo'),
            para('Kinh phí thực hiện: 3.154 triệu đồng, cụ thể:'),
            para('- Ngân sách trung ương: 3.154 triệu đồng (vốn sự nghiệp);'),
            para('2. Dự án 6: Truyền thông và giảm nghèo về thông tin'),
            table,
          ],
        },
      ],
    });
    const { plan, findings } = await importDocument(await Packer.toBuffer(doc), 'plan.docx', nodeInflateRaw);
    expect(stated(item(plan, 'DA2').stated)).toEqual({ total: '3154', nstw_su_nghiep: '3154' });
    expect(stated(item(plan, 'DA6.1').stated)).toEqual({ total: '522' });
    expect(plan.locality).toBe('thị xã Mường Lay');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
