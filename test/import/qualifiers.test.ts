import { plain } from '../../src/domain/money/decimal';
import { validatePlan } from '../../src/domain/validation';
import { importPlanText } from '../../src/import';
import { item, stated } from './helpers';

const DA2 = '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo';

function check(lines: readonly string[]) {
  const { plan } = importPlanText(lines.join('\n'));
  return { plan, findings: validatePlan(plan) };
}

describe('compound amounts are read whole', () => {
  it.each([
    ['Kinh phí thực hiện: 1 tỷ 005 triệu đồng.', '1005'],
    ['Kinh phí thực hiện: 16 tỷ 274 triệu đồng.', '16274'],
    ['Kinh phí thực hiện: 2 triệu 500 nghìn đồng.', '2.5'],
    ['Kinh phí thực hiện: 1 tỷ 5 triệu đồng.', '1005'],
  ])('%s', (line, expected) => {
    const { plan } = importPlanText([DA2, line].join('\n'));
    expect(stated(item(plan, 'DA2').stated)).toEqual({ total: expected });
  });

  it('keeps two separate amounts apart', () => {
    const { plan } = importPlanText(
      [DA2, 'Ngân sách trung ương 1 tỷ đồng; ngân sách địa phương 5 triệu đồng.'].join('\n'),
    );
    expect(stated(item(plan, 'DA2').stated)).toEqual({ nstw: '1000', nsdp: '5' });
  });

  it('checks a compound total against its sources with no false error', () => {
    const { findings } = check([
      DA2,
      'Kinh phí 1 tỷ 005 triệu đồng, trong đó ngân sách trung ương 1.000 triệu đồng, ngân sách địa phương 5 triệu đồng.',
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('qualified figures (hơn, trên, gần, khoảng, xấp xỉ, gần như)', () => {
  it('keeps the qualifier and one unit of the last printed digit on the amount', () => {
    const { plan } = importPlanText(
      [
        DA2,
        'Tổng kinh phí khoảng 510 tỷ đồng; ngân sách trung ương trên 112,3 tỷ đồng; ngân sách địa phương gần như 7 triệu đồng.',
      ].join('\n'),
    );
    const approx = item(plan, 'DA2').approx ?? {};
    expect(Object.entries(approx).map(([k, p]) => [k, p?.qualifier, p && plain(p.unit)])).toEqual([
      ['total', 'khoang', '10000'],
      ['nstw', 'tren', '100'],
      ['nsdp', 'gan_nhu', '1'],
    ]);
  });

  it('leaves exact figures without a precision', () => {
    const { plan } = importPlanText([DA2, 'Kinh phí thực hiện: 512 tỷ đồng.'].join('\n'));
    expect(item(plan, 'DA2').approx).toBeUndefined();
  });

  it('"hơn 512 tỷ, gồm 400 tỷ và 112,3 tỷ" agrees within the stated precision', () => {
    const { findings } = check([
      'Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
      'Kinh phí thực hiện: 512,3 tỷ đồng.',
      'Tổng kinh phí thực hiện Chương trình hơn 512 tỷ đồng, gồm: ngân sách trung ương 400 tỷ đồng và ngân sách địa phương 112,3 tỷ đồng.',
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const verdicts = findings.filter((f) => f.code === 'ROUNDED_MATCH');
    expect(verdicts.length).toBeGreaterThanOrEqual(2);
    expect(verdicts.every((f) => f.severity === 'info')).toBe(true);
    expect(verdicts[0]?.text.vi).toMatch(/hơn 512\.000 triệu đồng.*khớp trong phạm vi số liệu làm tròn/);
  });

  it('"gần 76 tỷ, gồm 50 tỷ và 27 tỷ" reports the discrepancy', () => {
    const { findings } = check([
      DA2,
      'Tổng kinh phí gần 76 tỷ đồng, gồm: ngân sách trung ương 50 tỷ đồng; ngân sách địa phương 27 tỷ đồng.',
    ]);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toEqual(['ITEM_TOTAL']);
    expect(errors[0]?.text.vi).toMatch(
      /"gần 76\.000" ứng với khoảng \[75\.000; 76\.000\), không giao với 77\.000/,
    );
  });

  it('"gần 76 tỷ, gồm 50 tỷ và 25,5 tỷ" agrees: gần x is below x, within one unit', () => {
    const { findings } = check([
      DA2,
      'Tổng kinh phí gần 76 tỷ đồng, gồm: ngân sách trung ương 50 tỷ đồng; ngân sách địa phương 25,5 tỷ đồng.',
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code)).toContain('ROUNDED_MATCH');
  });

  it('"hơn 512 tỷ" cannot be 512 tỷ exactly, nor 514 tỷ', () => {
    for (const nsdp of ['112', '114']) {
      const { findings } = check([
        DA2,
        `Tổng kinh phí hơn 512 tỷ đồng, gồm: ngân sách trung ương 400 tỷ đồng; ngân sách địa phương ${nsdp} tỷ đồng.`,
      ]);
      expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['ITEM_TOTAL']);
    }
  });

  it('trailing zeros widen the precision: "khoảng 510 tỷ" covers 514 tỷ but not 516 tỷ', () => {
    const run = (nsdp: string) =>
      check([
        DA2,
        `Tổng kinh phí khoảng 510 tỷ đồng, gồm: ngân sách trung ương 400 tỷ đồng; ngân sách địa phương ${nsdp} tỷ đồng.`,
      ]).findings.filter((f) => f.severity === 'error');
    expect(run('114')).toEqual([]);
    expect(run('116').map((f) => f.code)).toEqual(['ITEM_TOTAL']);
  });
});
