/**
 * Plans written in the 2026–2035 structure (Hợp phần → Nội dung thành phần → Nội dung 01…n): read
 * item by item exactly, checked, and a wrong sum caught at its item. Fixtures: two communes' plans
 * for 2027 written for these tests (test/fixtures/plans/xa-*-2027*.txt).
 */
import { checkPlan } from '../../src/app/check';
import { itemOf, type Finding } from '../../src/domain/findings';
import { importPlanText } from '../../src/import';
import { fixture, item, lineOf, stated } from './helpers';

const NEW = 'ctmtqg-2026-2035';
const OLD = 'qd90-2021-2025';
const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');
const rows = (text: string, options = {}) =>
  importPlanText(text, options).plan.items.map((i) => [i.code, stated(i.stated)]);

describe('a commune plan in the 2026–2035 structure (xã Nậm Cười, 2027)', () => {
  const text = fixture('xa-nam-cuoi-2027.txt');
  const { plan, findings } = importPlanText(text);

  it('is read as a plan of the merged programme, with its year and commune', () => {
    expect(plan.catalogueId).toBe(NEW);
    expect(plan.year).toBe(2027);
    expect(plan.locality).toBe('xã Nậm Cười');
  });

  it('reads every hợp phần, nội dung thành phần and nội dung with its amounts, exactly', () => {
    expect(plan.items.map((i) => [i.code, stated(i.stated)])).toEqual([
      ['HP1', { total: '2725', nstw_su_nghiep: '795', nstw_dau_tu: '1800', nsdp: '130' }],
      ['HP1.2', { total: '2150', nstw_su_nghiep: '250', nstw_dau_tu: '1800', nsdp: '100' }],
      ['HP1.2.1', { total: '1200', nstw_dau_tu: '1150', nsdp: '50' }],
      ['HP1.2.5', { total: '700', nstw_dau_tu: '650', nsdp: '50' }],
      ['HP1.2.14', { nstw_su_nghiep: '250' }],
      ['HP1.3', { total: '480', nstw_su_nghiep: '450', nsdp: '30' }],
      ['HP1.3.2', { total: '300', nstw_su_nghiep: '280', nsdp: '20' }],
      ['HP1.3.6', { total: '180', nstw_su_nghiep: '170', nsdp: '10' }],
      ['HP1.10', { nstw_su_nghiep: '95' }],
      ['HP2', { total: '765', nstw_su_nghiep: '745', nsdp: '20' }],
      ['HP2.2', { total: '620', nstw_su_nghiep: '600', nsdp: '20' }],
      ['HP2.2.1', { total: '400', nstw_su_nghiep: '390', nsdp: '10' }],
      ['HP2.2.3', { total: '220', nstw_su_nghiep: '210', nsdp: '10' }],
      ['HP2.3', { nstw_su_nghiep: '145' }],
      ['HP2.3.3', { nstw_su_nghiep: '145' }],
    ]);
    expect(stated(plan.statedTotals ?? {})).toEqual({
      total: '3490',
      nstw: '3340',
      nstw_su_nghiep: '1540',
      nstw_dau_tu: '1800',
      nsdp: '150',
    });
  });

  it('places each row in the catalogue, names a Nội dung as written and keeps the line read', () => {
    expect(item(plan, 'HP1.2.5')).toMatchObject({
      name: 'Xây dựng nhà văn hóa bản Nậm Pản',
      level: 3,
      parent: 'HP1.2',
    });
    expect(item(plan, 'HP1.2.14').name).toBe('Quản lý vận hành và bảo trì công trình');
    expect(item(plan, 'HP1.10')).toMatchObject({ level: 2, parent: 'HP1' });
    expect(item(plan, 'HP1.3.6').sources?.map((s) => s.line)).toEqual([
      lineOf(text, 'Kinh phí thực hiện: 180 triệu đồng'),
    ]);
  });

  it('checks with no error and no doubtful figure', () => {
    expect(findings).toEqual([]);
    expect(errors(checkPlan(plan, findings))).toEqual([]);
  });
});

/** Wraps each paragraph at `width` columns with a blank line between the pieces, as PDF-to-text output does. */
function wrapLikePdf(text: string, width: number): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n').filter((p) => p.trim() !== '')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && `${line} ${word}`.length > width) {
        out.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(line);
  }
  return out.join('\n\n');
}

describe('the plan as PDF text (lines wrapped, blank lines between them)', () => {
  const text = fixture('xa-nam-cuoi-2027.txt');
  const whole = importPlanText(text).plan;

  it.each([48, 64, 90])('reads the same items and amounts when wrapped at %i columns', (width) => {
    const wrapped = wrapLikePdf(text, width);
    expect(wrapped.split('\n').length).toBeGreaterThan(text.split('\n').length);
    const { plan, findings } = importPlanText(wrapped);
    expect(plan.items.map((i) => [i.code, stated(i.stated)])).toEqual(
      whole.items.map((i) => [i.code, stated(i.stated)]),
    );
    expect(stated(plan.statedTotals ?? {})).toEqual(stated(whole.statedTotals ?? {}));
    expect(findings).toEqual([]);
    // A name wrapped before a capitalised word ("… chè / Shan tuyết") may keep only its first line.
    plan.items.forEach((it, i) => expect(whole.items[i]?.name.startsWith(it.name)).toBe(true));
    expect(plan.items.find((it) => it.code === 'HP1.2.5')?.name).toBe('Xây dựng nhà văn hóa bản Nậm Pản');
  });
});

describe('the same plan with one wrong sum', () => {
  const text = fixture('xa-nam-cuoi-2027-sai-tong.txt');
  const { plan, findings } = importPlanText(text);
  const found = errors(checkPlan(plan, findings));

  it('differs from the right one in that figure only', () => {
    expect(stated(item(plan, 'HP1.2').stated)).toEqual({
      total: '2160',
      nstw_su_nghiep: '250',
      nstw_dau_tu: '1800',
      nsdp: '100',
    });
    const right = importPlanText(fixture('xa-nam-cuoi-2027.txt')).plan;
    expect(plan.items.filter((i) => i.code !== 'HP1.2')).toEqual(
      right.items.filter((i) => i.code !== 'HP1.2'),
    );
  });

  it('is caught at HP1.2: its total is not the sum of its sources nor of its Nội dung', () => {
    const atItem = found.filter((f) => itemOf(f.where) === 'HP1.2');
    expect(atItem.map((f) => f.code).sort()).toEqual(['ITEM_TOTAL', 'PARENT_SUM']);
    const total = atItem.find((f) => f.code === 'ITEM_TOTAL');
    expect(total?.expected?.toString()).toBe('2150');
    expect(total?.actual?.toString()).toBe('2160');
  });

  it('flags nothing outside HP1.2 and the Hợp phần it adds up into', () => {
    expect(new Set(found.map((f) => itemOf(f.where)))).toEqual(new Set(['HP1.2', 'HP1']));
  });
});

describe('a plan with Roman-numbered hợp phần, short and parent-naming headings (xã Pa Ủ, 2027)', () => {
  const text = fixture('xa-pa-u-2027.txt');
  const { plan, findings } = importPlanText(text);

  it('reads it item by item, exactly, and it checks', () => {
    expect(plan.catalogueId).toBe(NEW);
    expect(plan.items.map((i) => [i.code, stated(i.stated)])).toEqual([
      ['HP1.2', { total: '1065' }],
      ['HP1.2.1', { nstw_dau_tu: '900', nsdp: '45' }],
      ['HP1.2.14', { nstw_su_nghiep: '120', nsdp: '0' }],
      ['HP1.4', { total: '160', nstw_su_nghiep: '150', nsdp: '10' }],
      ['HP2.1', { total: '1300', nstw_dau_tu: '1250', nsdp: '50' }],
      ['HP2.5.2', { nstw_su_nghiep: '40' }],
    ]);
    expect(stated(plan.statedTotals ?? {})).toEqual({
      total: '2565',
      nstw: '2460',
      nstw_dau_tu: '2150',
      nstw_su_nghiep: '310',
      nsdp: '105',
    });
    expect(item(plan, 'HP1.2.1').name).toBe('Đường nội đồng bản Pa Pằng');
    expect(findings).toEqual([]);
    expect(errors(checkPlan(plan, findings))).toEqual([]);
  });
});

describe('headings of the 2026–2035 structure', () => {
  const as2027 = (...lines: string[]) => ['Kế hoạch thực hiện Chương trình năm 2027.', ...lines].join('\n');

  it.each([
    ['Hợp phần thứ nhất', 'HP1'],
    ['HỢP PHẦN THỨ HAI', 'HP2'],
    ['I. HỢP PHẦN 1', 'HP1'],
    ['II. Hợp phần II: vùng đồng bào dân tộc thiểu số và miền núi', 'HP2'],
    ['**Hợp phần thứ hai**', 'HP2'],
  ])('reads "%s" as %s', (heading, code) => {
    expect(rows(as2027(heading, 'Kinh phí thực hiện: 10 triệu đồng.'))).toEqual([[code, { total: '10' }]]);
  });

  it.each([
    ['Nội dung thành phần 3: Phát triển kinh tế nông thôn', 'HP1.3'],
    ['1.4. Nội dung thành phần 4 - Phát triển nguồn nhân lực', 'HP1.4'],
    ['NDTP 10', 'HP1.10'],
    ['- NDTP 9: Bảo đảm quốc phòng, an ninh', 'HP1.9'],
  ])('reads "%s" under Hợp phần thứ nhất as %s', (heading, code) => {
    expect(rows(as2027('Hợp phần thứ nhất', heading, 'Kinh phí thực hiện: 10 triệu đồng.'))).toEqual([
      [code, { total: '10' }],
    ]);
  });

  it("takes a figure on a heading line after the name as that row's total", () => {
    expect(
      rows(
        as2027(
          '1. Hợp phần thứ nhất: 2.725 triệu đồng',
          '1.1. Nội dung thành phần 4: Phát triển nguồn nhân lực: kinh phí thực hiện 125 triệu đồng (NSTW, vốn sự nghiệp).',
        ),
      ),
    ).toEqual([
      ['HP1', { total: '2725' }],
      ['HP1.4', { nstw_su_nghiep: '125' }],
    ]);
  });

  it('numbers nội dung thành phần within their hợp phần, and Nội dung within their nội dung thành phần', () => {
    expect(
      rows(
        as2027(
          'Hợp phần thứ hai',
          'Nội dung thành phần 2',
          'Nội dung 01: Hỗ trợ giống cây ăn quả: 30 triệu đồng (NSTW, vốn sự nghiệp).',
          'a) Nội dung 06 - Hỗ trợ tiêu thụ sản phẩm',
          'Kinh phí thực hiện: 12 triệu đồng.',
        ),
      ),
    ).toEqual([
      ['HP2.2.1', { nstw_su_nghiep: '30' }],
      ['HP2.2.6', { total: '12' }],
    ]);
  });

  it('takes the hợp phần a heading names ("… - Hợp phần thứ hai", "… thuộc Hợp phần thứ hai")', () => {
    expect(
      rows(
        as2027(
          'Hợp phần thứ nhất',
          'Nội dung thành phần 3 - Hợp phần thứ hai: Phát triển nguồn nhân lực vùng đồng bào',
          'Kinh phí thực hiện: 10 triệu đồng.',
          'Nội dung thành phần 4 thuộc Hợp phần thứ hai',
          'Kinh phí thực hiện: 20 triệu đồng.',
        ),
      ),
    ).toEqual([
      ['HP2.3', { total: '10' }],
      ['HP2.4', { total: '20' }],
    ]);
  });

  it('places a nội dung thành phần with no hợp phần above it by its name, or by a number only one has', () => {
    expect(
      rows(
        as2027(
          '1. Nội dung thành phần 5: Công tác truyền thông, tuyên truyền; ứng dụng công nghệ thông tin',
          'Kinh phí thực hiện: 10 triệu đồng.',
          '2. Nội dung thành phần 8',
          'Kinh phí thực hiện: 20 triệu đồng.',
        ),
      ),
    ).toEqual([
      ['HP2.5', { total: '10' }],
      ['HP1.8', { total: '20' }],
    ]);
  });

  it('does not guess between hợp phần: "Nội dung thành phần 2" alone is reported, its money left out', () => {
    const text = as2027('Nội dung thành phần 2', 'Kinh phí thực hiện: 10 triệu đồng.');
    const { plan, findings } = importPlanText(text);
    expect(plan.items).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['UNKNOWN_HEADING', 'AMOUNT_UNASSIGNED']),
    );
  });

  it('reports a Nội dung the catalogue does not list under its nội dung thành phần', () => {
    const text = as2027(
      'Hợp phần thứ nhất',
      'NDTP 6',
      'Nội dung 01: Số hóa bản đồ',
      'Kinh phí: 5 triệu đồng.',
    );
    const { plan, findings } = importPlanText(text);
    expect(plan.items).toEqual([]);
    const unknown = findings.find((f) => f.code === 'UNKNOWN_HEADING');
    expect(unknown && itemOf(unknown.where)).toBe('HP1.6');
  });

  it('does not read prose or references as headings', () => {
    const text = as2027(
      'Hợp phần thứ nhất',
      'Kinh phí thực hiện: 10 triệu đồng.',
      'Nội dung 2 thuộc dự toán năm trước: 4 triệu đồng chuyển sang năm 2027.',
      'Nội dung thực hiện: 3 lớp tập huấn, kinh phí 6 triệu đồng.',
    );
    expect(importPlanText(text).plan.items.map((i) => i.code)).toEqual(['HP1']);
  });

  it('warns when a nội dung thành phần is named otherwise than its number says', () => {
    const text = as2027(
      'Hợp phần thứ nhất',
      'Nội dung thành phần 9: Hỗ trợ giống lúa lai cho hộ nghèo',
      'Kinh phí: 5 triệu đồng.',
    );
    const mismatch = importPlanText(text).findings.find((f) => f.code === 'HEADING_NAME_MISMATCH');
    expect(mismatch && itemOf(mismatch.where)).toBe('HP1.9');
  });
});

describe('which catalogue a plan text follows', () => {
  const body = ['Hợp phần thứ nhất', 'NDTP 4', 'Kinh phí thực hiện: 10 triệu đồng.'];

  it('is the 2026–2035 one for Hợp phần headings, whatever the year', () => {
    expect(importPlanText(['Kế hoạch năm 2025.', ...body].join('\n')).plan.catalogueId).toBe(NEW);
    expect(importPlanText(body.join('\n')).plan.catalogueId).toBe(NEW);
  });

  it('is the 2021–2025 one for Dự án headings, also in a plan for 2026', () => {
    const text = [
      'Kế hoạch thực hiện Chương trình giảm nghèo bền vững năm 2026',
      '1. Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững',
      '1.1. Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo',
      'Kinh phí thực hiện: 40 triệu đồng.',
    ].join('\n');
    const { plan } = importPlanText(text);
    expect(plan.catalogueId).toBe(OLD);
    expect(plan.items.map((i) => [i.code, stated(i.stated)])).toEqual([['DA4.1', { total: '40' }]]);
  });

  it('is the one of the title year when there are no headings: 2026 on the new one', () => {
    const plan = (year: number) =>
      importPlanText(
        `Kế hoạch thực hiện Chương trình năm ${year} trên địa bàn xã Mẫu\nTổng kinh phí: 5 triệu đồng.`,
      ).plan;
    expect(plan(2027).catalogueId).toBe(NEW);
    expect(plan(2026).catalogueId).toBe(NEW);
    expect(plan(2025).catalogueId).toBe(OLD);
    expect(importPlanText('Tổng kinh phí: 5 triệu đồng.').plan.catalogueId).toBe(OLD);
  });

  it('is the one the caller names, whatever the text says', () => {
    const text = ['Kế hoạch năm 2027.', ...body].join('\n');
    const asOld = importPlanText(text, { catalogueId: OLD });
    expect(asOld.plan.catalogueId).toBe(OLD);
    expect(asOld.plan.items).toEqual([]);
    const plan2025 = 'Kế hoạch năm 2025.\nHợp phần thứ hai\nKinh phí thực hiện: 7 triệu đồng.';
    expect(rows(plan2025, { catalogueId: NEW })).toEqual([['HP2', { total: '7' }]]);
  });

  it('keeps "Nội dung 1:" of a 2021–2025 plan what it was: text under its Tiểu dự án', () => {
    const text = [
      'Kế hoạch thực hiện Chương trình giảm nghèo bền vững năm 2024',
      '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
      'Nội dung 1: Hỗ trợ giống bò sinh sản cho hộ nghèo',
      'Kinh phí thực hiện: 300 triệu đồng.',
    ].join('\n');
    expect(rows(text)).toEqual([['DA2', { total: '300' }]]);
  });
});
