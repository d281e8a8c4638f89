import { itemOf, whereLabel, type Finding } from '../../src/domain/findings';
import { validatePlan } from '../../src/domain/validation';
import { importPlanText } from '../../src/import';
import { item, lineOf, stated } from './helpers';

const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');

describe('other numberings and wordings', () => {
  it('reads "I./1./a)" headings, "Dự án 2." and "Tiểu dự án 1 -" separators', () => {
    const { plan } = importPlanText(
      [
        'I. Dự án 2. Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
        'Kinh phí: 300 triệu đồng.',
        'II. Dự án 3 - Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng',
        '- Tiểu dự án 2 - Cải thiện dinh dưỡng',
        'Ngân sách trung ương: 80 triệu đồng (vốn sự nghiệp).',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.code, stated(i.stated)])).toEqual([
      ['DA2', { total: '300' }],
      ['DA3.2', { nstw_su_nghiep: '80' }],
    ]);
  });

  it('reads "Tiểu dự án 2 - Dự án 3: …" as a heading naming its own project', () => {
    const { plan } = importPlanText(
      'Tiểu dự án 2 - Dự án 3: Cải thiện dinh dưỡng\nKinh phí thực hiện: 45 triệu đồng.',
    );
    expect(item(plan, 'DA3.2').stated.total?.toString()).toBe('45');
  });

  it('converts tỷ đồng and đồng to triệu đồng, exactly, with an info finding', () => {
    const { plan, findings } = importPlanText(
      [
        '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
        '- Ngân sách trung ương: 1,25 tỷ đồng (vốn sự nghiệp);',
        '- Ngân sách địa phương: 12.500.000 đồng.',
      ].join('\n'),
    );
    expect(stated(item(plan, 'DA2').stated)).toEqual({ nstw_su_nghiep: '1250', nsdp: '12.5' });
    expect(codes(findings).filter((c) => c === 'AMOUNT_UNIT_CONVERTED')).toHaveLength(2);
  });

  it('reads decimals, and a figure in another format with a warning', () => {
    const { plan, findings } = importPlanText(
      'Dự án 5: Hỗ trợ nhà ở cho hộ nghèo\nKinh phí thực hiện: 1.234,567 triệu đồng; ngân sách địa phương: 15.5 triệu đồng.',
    );
    expect(stated(item(plan, 'DA5').stated)).toEqual({ total: '1234.567', nsdp: '15.5' });
    expect(findings.find((f) => f.code === 'AMOUNT_FORMAT')?.severity).toBe('warning');
  });

  it('reads investment money and a central total split into investment and recurrent money', () => {
    const { plan, findings } = importPlanText(
      [
        '1. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo',
        'Kinh phí thực hiện: 12.000 triệu đồng, trong đó:',
        '+ Ngân sách trung ương (vốn đầu tư phát triển): 11.000 triệu đồng;',
        '+ Ngân sách địa phương: 1.000 triệu đồng.',
        '2. Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững',
        'Ngân sách trung ương: 900 triệu đồng, trong đó: vốn đầu tư phát triển 600 triệu đồng, vốn sự nghiệp 300 triệu đồng.',
        'IV. KINH PHÍ THỰC HIỆN',
        'Tổng kinh phí: 12.900 triệu đồng. Ngân sách trung ương: 11.900 triệu đồng, gồm vốn đầu tư phát triển 11.600 triệu đồng và vốn sự nghiệp 300 triệu đồng; ngân sách địa phương 1.000 triệu đồng.',
      ].join('\n'),
    );
    expect(stated(item(plan, 'DA1').stated)).toEqual({ total: '12000', nstw_dau_tu: '11000', nsdp: '1000' });
    expect(stated(item(plan, 'DA4').stated)).toEqual({
      nstw: '900',
      nstw_dau_tu: '600',
      nstw_su_nghiep: '300',
    });
    expect(plan.statedTotals && stated(plan.statedTotals)).toEqual({
      total: '12900',
      nstw: '11900',
      nstw_dau_tu: '11600',
      nstw_su_nghiep: '300',
      nsdp: '1000',
    });
    // The split follows "Ngân sách trung ương" in the same sentence: no convention was needed.
    expect(codes(findings)).not.toContain('SN_ASSUMED_CENTRAL');
  });

  it('reads "vốn đầu tư phát triển" with no budget level as central investment money, with an info', () => {
    const { plan, findings } = importPlanText(
      'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng\nNguồn vốn thực hiện (vốn đầu tư phát triển): 2.500 triệu đồng.',
    );
    expect(stated(item(plan, 'DA1').stated)).toEqual({ nstw_dau_tu: '2500' });
    expect(findings.find((f) => f.code === 'SN_ASSUMED_CENTRAL')?.text.en).toContain('investment');
  });

  it('reads other sources and leaves support rates and unlabelled figures out', () => {
    const { plan, findings } = importPlanText(
      [
        'Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo',
        '- Mức hỗ trợ: 40 triệu đồng/hộ xây mới, 20 triệu đồng/hộ sửa chữa.',
        '- Hỗ trợ 5 triệu đồng cho mỗi hộ có hoàn cảnh khó khăn.',
        '- Ngân sách trung ương: 400 triệu đồng; vốn lồng ghép, huy động: 120 triệu đồng.',
      ].join('\n'),
    );
    expect(stated(item(plan, 'DA5').stated)).toEqual({ nstw: '400', khac: '120' });
    expect(codes(findings)).toContain('AMOUNT_NOT_LABELLED');
  });

  it('keeps figures without a money unit out: decision numbers, dates, years, percentages, counts', () => {
    const { plan, findings } = importPlanText(
      [
        'Căn cứ Quyết định số 5988/QĐ-UBND ngày 18/12/2023 về dự toán ngân sách năm 2024;',
        'Tỷ lệ hộ nghèo giảm 5%, tạo việc làm cho 2.000 lao động.',
        '1. Dự án 2: Đa dạng hóa sinh kế',
        'Kinh phí năm 2022, năm 2023 được chuyển nguồn theo quy định.',
      ].join('\n'),
    );
    expect(plan.items).toEqual([]);
    expect(plan.statedTotals).toBeNull();
    expect(codes(findings)).toEqual(['CARRY_OVER_NO_AMOUNT', 'NO_AMOUNTS']);
  });
});

describe('line breaks', () => {
  it('joins a money sentence broken in the middle, before the figure and inside the unit', () => {
    const text = [
      'b) Kinh phí thực hiện: 1.695 triệu đồng, cụ thể: Ngân sách',
      '',
      'Trung ương: 1.588 triệu',
      '',
      ' đồng (vốn sự nghiệp); Ngân sách địa phương:',
      '',
      '107 triệu đồng.',
    ].join('\n');
    const { plan } = importPlanText(
      `3. Dự án 4: Phát triển giáo dục nghề nghiệp\n3.1. Tiểu dự án 1: Phát triển\n${text}`,
    );
    const da41 = item(plan, 'DA4.1');
    expect(stated(da41.stated)).toEqual({ total: '1695', nstw_su_nghiep: '1588', nsdp: '107' });
    expect(da41.sources?.map((s) => s.line)).toEqual([3, 5, 9]);
    expect(da41.sources?.[2]?.text).toBe('107 triệu đồng.');
  });

  it('joins a heading broken over lines and checks the whole name', () => {
    const { plan, findings } = importPlanText(
      [
        '2. Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện',
        '',
        'dinh dưỡng',
        'Kinh phí: 10 triệu đồng.',
      ].join('\n'),
    );
    expect(item(plan, 'DA3').stated.total?.toString()).toBe('10');
    expect(codes(findings)).not.toContain('HEADING_NAME_MISMATCH');
  });

  it('handles Windows and old Mac line ends', () => {
    const { plan } = importPlanText(
      'Dự án 2: Đa dạng hóa sinh kế\r\nKinh phí: 7 triệu đồng.\rDự án 5: Nhà ở\r\nKinh phí: 8 triệu đồng.',
    );
    expect(plan.items.map((i) => [i.code, i.sources?.[0]?.line])).toEqual([
      ['DA2', 2],
      ['DA5', 4],
    ]);
  });
});

describe('identifying items', () => {
  it('identifies a Tiểu dự án by its number within its Dự án and warns when its name differs', () => {
    const { plan, findings } = importPlanText(
      'Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững\nTiểu dự án 2: Giảm nghèo về thông tin\nKinh phí: 5 triệu đồng.',
    );
    expect(plan.items.map((i) => i.code)).toEqual(['DA4.2']);
    const w = findings.find((f) => f.code === 'HEADING_NAME_MISMATCH');
    expect(w?.severity).toBe('warning');
    expect(w && itemOf(w.where)).toBe('DA4.2');
    expect(w?.text.vi).toContain('Hỗ trợ người lao động đi làm việc ở nước ngoài');
  });

  it('warns about a heading outside the catalogue and takes none of its money', () => {
    const { plan, findings } = importPlanText(
      'Dự án 9: Một dự án khác\nKinh phí: 50 triệu đồng.\nDự án 2: Đa dạng hóa sinh kế\nKinh phí: 3 triệu đồng.',
    );
    expect(plan.items.map((i) => i.code)).toEqual(['DA2']);
    expect(codes(findings)).toEqual(expect.arrayContaining(['UNKNOWN_HEADING', 'AMOUNT_UNASSIGNED']));
    expect(plan.statedTotals).toBeNull();
  });

  it('never opens an item from a reference in prose', () => {
    const { plan } = importPlanText(
      [
        'VII. TỔ CHỨC THỰC HIỆN',
        '- Chủ trì thực hiện Dự án 4 (Phát triển giáo dục nghề nghiệp), Tiểu dự án 2 - Dự án 3 thuộc Chương trình.',
        'Dự án 2, Dự án 4 (Tiểu dự án 1,3) và Dự án 7 (Tiểu dự án 1, 2) do Phòng Lao động chủ trì.',
        'Tổng kinh phí thực hiện: 100 triệu đồng.',
      ].join('\n'),
    );
    expect(plan.items).toEqual([]);
    expect(plan.statedTotals && stated(plan.statedTotals)).toEqual({ total: '100' });
  });

  it('a roman section after the items closes them: its money is the plan total', () => {
    const { plan } = importPlanText(
      'III. NỘI DUNG\n1. Dự án 2: Đa dạng hóa sinh kế\nKinh phí: 5 triệu đồng.\nIV. KINH PHÍ\nTổng kinh phí: 5 triệu đồng.',
    );
    expect(stated(item(plan, 'DA2').stated)).toEqual({ total: '5' });
    expect(plan.statedTotals && stated(plan.statedTotals)).toEqual({ total: '5' });
  });

  it('warns when an item marked not applicable states money', () => {
    const { plan, findings } = importPlanText(
      'Dự án 5: Nhà ở\nXã không thuộc đối tượng của Dự án.\nKinh phí: 5 triệu đồng.',
    );
    expect(item(plan, 'DA5')).toMatchObject({ applicable: false });
    expect(codes(findings)).toContain('NOT_APPLICABLE_WITH_AMOUNT');
  });
});

/** DA2's sources (900 + 50) miss its total 1.000; the plan's total 1.250 misses its items' 1.000 + 200. */
const WRONG_SUMS = [
  'KẾ HOẠCH',
  'Triển khai Chương trình giảm nghèo bền vững năm 2024 trên địa bàn huyện Thử Nghiệm',
  'II. NỘI DUNG',
  '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
  'Kinh phí thực hiện: 1.000 triệu đồng, cụ thể:',
  '- Ngân sách trung ương: 900 triệu đồng (vốn sự nghiệp);',
  '- Ngân sách địa phương: 50 triệu đồng.',
  '2. Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo',
  'Kinh phí thực hiện: 200 triệu đồng, cụ thể:',
  '- Ngân sách trung ương: 200 triệu đồng (vốn sự nghiệp).',
  'III. KINH PHÍ THỰC HIỆN',
  'Tổng kinh phí thực hiện: 1.250 triệu đồng, cụ thể:',
  '- Ngân sách trung ương: 1.150 triệu đồng (vốn sự nghiệp);',
  '- Ngân sách địa phương: 50 triệu đồng.',
].join('\n');

describe('a deliberate wrong sum at item and plan level', () => {
  const { plan, findings } = importPlanText(WRONG_SUMS);

  it('keeps every figure as stated, without fixing anything, and reports no error itself', () => {
    expect(stated(item(plan, 'DA2').stated)).toEqual({ total: '1000', nstw_su_nghiep: '900', nsdp: '50' });
    expect(stated(item(plan, 'DA5').stated)).toEqual({ total: '200', nstw_su_nghiep: '200' });
    expect(plan.statedTotals && stated(plan.statedTotals)).toEqual({
      total: '1250',
      nstw_su_nghiep: '1150',
      nsdp: '50',
    });
    expect(errors(findings)).toEqual([]);
    expect(plan.locality).toBe('huyện Thử Nghiệm');
  });

  it('gives validation errors at DA2 and at TONG, each naming both figures and the difference', () => {
    const found = errors(validatePlan(plan));
    expect([...new Set(found.map((f) => whereLabel(f.where)))].sort()).toEqual(['DA2', 'TONG']);
    const da2 = found.find((f) => whereLabel(f.where) === 'DA2');
    expect([da2?.expected?.toString(), da2?.actual?.toString()].sort()).toEqual(['1000', '950']);
    expect(da2?.difference?.abs().toString()).toBe('50');
    // Stated 1.250 against 1.200 from the items (and against its own sources 1.150 + 50).
    const tong = found.filter((f) => whereLabel(f.where) === 'TONG');
    expect(tong.length).toBeGreaterThan(0);
    expect(tong.every((f) => f.difference?.abs().toString() === '50')).toBe(true);
  });
});

describe('figures stated twice', () => {
  it('keeps the first of two different figures for one source, with a warning naming both', () => {
    const text =
      'Dự án 2: Đa dạng hóa sinh kế\nKinh phí thực hiện: 100 triệu đồng.\nKinh phí thực hiện: 120 triệu đồng.';
    const { plan, findings } = importPlanText(text);
    expect(stated(item(plan, 'DA2').stated)).toEqual({ total: '100' });
    const w = findings.find((f) => f.code === 'AMOUNT_REPEATED');
    expect(w?.severity).toBe('warning');
    expect(w && itemOf(w.where)).toBe('DA2');
    expect(w?.difference?.toString()).toBe('20');
    expect(w?.text.vi).toContain(`dòng ${lineOf(text, '120')}`);
  });
});
