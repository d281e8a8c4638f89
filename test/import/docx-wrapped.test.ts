/**
 * A .docx whose paragraphs are wrapped lines (a text saved as .docx, or lines broken by hand in
 * Word) has its sentences re-joined as a text's are; a .docx typed in Word keeps each paragraph whole.
 */
import { importDocument, importPlanLines } from '../../src/import';
import { looksHardWrapped } from '../../src/import/text-lines';
import { nodeInflateRaw } from '../../src/platform/node';
import { zipEntries } from '../helpers/zip-writer';
import { item, stated } from './helpers';

const docx = (body: string) =>
  zipEntries([
    {
      name: 'word/document.xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`,
        'utf8',
      ),
    },
  ]);
const p = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r>${r}</w:r>`).join('')}</w:p>`;
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;

describe('looksHardWrapped', () => {
  it('is true when a paragraph starts lower case after one with no closing mark', () => {
    expect(looksHardWrapped(['Kinh phí thực hiện: 40 triệu', '', 'đồng (vốn sự nghiệp).'])).toBe(true);
  });

  it('is false for whole paragraphs, enumerators and bullets in lower case, or after a full stop', () => {
    expect(
      looksHardWrapped([
        'KẾ HOẠCH',
        'Tổng kinh phí thực hiện: 500 triệu đồng',
        'Nguồn vốn: ngân sách trung ương.',
        'a) nội dung hỗ trợ:',
        'xã Tà Sin được hỗ trợ thêm.',
        '- tập huấn cán bộ',
      ]),
    ).toBe(false);
  });
});

describe('a .docx of wrapped lines', () => {
  it('re-joins a figure and its source broken by a hand line break (w:br) inside a paragraph', async () => {
    const body = [
      p(t('1. Dự án 6: Truyền thông và giảm nghèo về thông tin')),
      p(t('1.1. Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều')),
      p(
        t('Kinh phí thực hiện: 75 triệu đồng (Ngân sách trung ương: 75 triệu'),
        '<w:br/>',
        t('đồng, vốn sự nghiệp).'),
      ),
      p(t('1.2. Tiểu dự án 1: Giảm nghèo về thông tin')),
      p(t('Kinh phí thực hiện: 30 triệu đồng (Ngân sách trung ương: 30 triệu')),
      p(),
      p(t('đồng'), '<w:tab/>', t('(vốn sự nghiệp).')),
    ].join('');
    const { plan, findings } = await importDocument(docx(body), 'ke-hoach.docx', nodeInflateRaw);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(stated(item(plan, 'DA6.2').stated)).toEqual({ total: '75', nstw: '75' });
    expect(stated(item(plan, 'DA6.1').stated)).toEqual({ total: '30', nstw_su_nghiep: '30' });
  });

  it('keeps the paragraphs of a document typed in Word whole', () => {
    const lines = [
      '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
      'Kinh phí thực hiện: 120 triệu đồng',
      '(vốn sự nghiệp).',
    ];
    const whole = importPlanLines(lines, {}, true);
    expect(stated(item(whole.plan, 'DA2').stated)).toEqual({ total: '120' });
    // The same lines as a text are joined: the bracket then qualifies the figure.
    const joined = importPlanLines(lines, {}, false);
    expect(stated(item(joined.plan, 'DA2').stated)).toEqual({ nstw_su_nghiep: '120' });
  });
});
