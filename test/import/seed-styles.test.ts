import { at, itemOf, whereLabel } from '../../src/domain/findings';
import { importPlanText } from '../../src/import';
import { fixture, item, lineOf, stated } from './helpers';

const noErrors = (findings: { severity: string }[]) => findings.filter((f) => f.severity === 'error');

describe('a plan in the Mường Lay style (PDF text, wrapped lines, "3.2. Tiểu dự án 3")', () => {
  const text = fixture('muong-lay-style.txt');
  const { plan, findings } = importPlanText(text);

  it('reads year, locality and unit from the title broken over two lines', () => {
    expect(plan.year).toBe(2024);
    expect(plan.locality).toBe('thị xã Mường Lay');
    expect(plan.unit).toBe('trieu_dong');
  });

  it('finds the eight items with money, in document order, with their exact figures', () => {
    expect(plan.items.map((i) => i.code)).toEqual([
      'DA2',
      'DA3.1',
      'DA4.1',
      'DA4.3',
      'DA6.1',
      'DA6.2',
      'DA7.1',
      'DA7.2',
    ]);
    expect(stated(item(plan, 'DA2').stated)).toEqual({ total: '3154', nstw_su_nghiep: '3154', nsdp: '0' });
    expect(stated(item(plan, 'DA3.1').stated)).toEqual({ total: '1469', nstw_su_nghiep: '1469', nsdp: '0' });
    expect(stated(item(plan, 'DA4.1').stated)).toEqual({
      total: '1695',
      nstw_su_nghiep: '1588',
      nsdp: '107',
    });
    expect(stated(item(plan, 'DA4.3').stated)).toEqual({ total: '197', nstw_su_nghiep: '197' });
    expect(stated(item(plan, 'DA6.1').stated)).toEqual({ total: '522', nstw_su_nghiep: '522' });
    expect(stated(item(plan, 'DA6.2').stated)).toEqual({ total: '148', nstw_su_nghiep: '148' });
    expect(stated(item(plan, 'DA7.1').stated)).toEqual({ total: '288', nstw_su_nghiep: '288' });
    expect(stated(item(plan, 'DA7.2').stated)).toEqual({ total: '172', nstw_su_nghiep: '172' });
  });

  it('keeps a stated zero of local money, distinct from a source not stated', () => {
    expect(item(plan, 'DA2').stated.nsdp?.isZero()).toBe(true);
    expect('nsdp' in item(plan, 'DA4.3').stated).toBe(false);
  });

  it('takes the catalogue parent, level and official name for a sub-project', () => {
    const da43 = item(plan, 'DA4.3');
    expect(da43).toMatchObject({
      parent: 'DA4',
      level: 2,
      applicable: true,
      name: 'Hỗ trợ việc làm bền vững',
    });
    expect(item(plan, 'DA4.1').name).toBe('Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn');
  });

  it('reads the plan totals of section "KINH PHÍ THỰC HIỆN"', () => {
    expect(plan.statedTotals && stated(plan.statedTotals)).toEqual({
      total: '7645',
      nstw_su_nghiep: '7538',
      nsdp: '107',
    });
  });

  it('keeps the original line numbers and texts of every figure', () => {
    const da41 = item(plan, 'DA4.1');
    expect(da41.sources).toEqual([
      { line: lineOf(text, '1.695 triệu đồng'), text: 'b) Kinh phí thực hiện: 1.695 triệu đồng , cụ thể:' },
      {
        line: lineOf(text, '1.588 triệu đồng'),
        text: '+ Ngân sách trung ương: 1.588 triệu đồng (vốn sự nghiệp);',
      },
      { line: lineOf(text, '+ Ngân sách địa phương: 107'), text: '+ Ngân sách địa phương: 107 triệu đồng.' },
    ]);
    // A sentence broken after "197 triệu": both figures start on the first line.
    expect(item(plan, 'DA4.3').sources).toEqual([
      {
        line: lineOf(text, 'Kinh phí thực hiện: 197'),
        text: 'b) Kinh phí thực hiện: 197 triệu đồng (Ngân sách trung ương: 197 triệu',
      },
    ]);
  });

  it('accepts a shortened sub-project name without a warning and gives no error', () => {
    expect(findings.filter((f) => f.code === 'HEADING_NAME_MISMATCH')).toEqual([]);
    expect(noErrors(findings)).toEqual([]);
  });

  it('does not make items of projects named in prose (section on organisation)', () => {
    expect(plan.items.find((i) => i.code === 'DA4')).toBeUndefined();
    expect(plan.items.find((i) => i.code === 'DA6')).toBeUndefined();
  });
});

describe('a plan in the Sông Mã style ("*** Tiểu dự án", không thuộc đối tượng, project-level money)', () => {
  const text = fixture('song-ma-style.txt');
  const { plan, findings } = importPlanText(text);

  it('reads the seven items with money and their exact figures', () => {
    const withMoney = plan.items.filter((i) => Object.keys(i.stated).length > 0).map((i) => i.code);
    expect(withMoney).toEqual(['DA2', 'DA3.1', 'DA3.2', 'DA4.1', 'DA4.3', 'DA6.2', 'DA7']);
    expect(stated(item(plan, 'DA2').stated)).toEqual({
      total: '7133.25',
      nstw_su_nghiep: '6667',
      nsdp: '466.25',
    });
    expect(stated(item(plan, 'DA3.1').stated)).toEqual({ total: '2756', nstw_su_nghiep: '2756' });
    expect(stated(item(plan, 'DA3.2').stated)).toEqual({ total: '547', nstw_su_nghiep: '547' });
    expect(stated(item(plan, 'DA4.1').stated)).toEqual({ total: '1763', nstw_su_nghiep: '1763' });
    expect(stated(item(plan, 'DA4.3').stated)).toEqual({ total: '1460', nstw_su_nghiep: '1460' });
    expect(stated(item(plan, 'DA6.2').stated)).toEqual({ total: '275', nstw_su_nghiep: '275' });
  });

  it('gives Dự án 7 its money at project level (level 1), its Tiểu dự án having none', () => {
    expect(item(plan, 'DA7')).toMatchObject({ level: 1, parent: null });
    expect(stated(item(plan, 'DA7').stated)).toEqual({ total: '1621', nstw_su_nghiep: '1621' });
    expect(plan.items.find((i) => i.code === 'DA7.1')).toBeUndefined();
  });

  it('marks Dự án 1, Tiểu dự án 4.2, Dự án 5 and Tiểu dự án 6.1 not applicable', () => {
    expect(plan.items.filter((i) => !i.applicable).map((i) => i.code)).toEqual([
      'DA1',
      'DA4.2',
      'DA5',
      'DA6.1',
    ]);
    expect(item(plan, 'DA6.1').sources?.[0]?.line).toBe(lineOf(text, 'không thuộc đối tượng', 95));
  });

  it('reads the plan totals despite the decision number and date before them', () => {
    expect(plan.statedTotals && stated(plan.statedTotals)).toEqual({
      total: '15555.25',
      nstw: '15089',
      nsdp: '466.25',
    });
  });

  it('notes carry-over and integrated funds without amounts once per item, never as amounts', () => {
    const carry = findings.filter((f) => f.code === 'CARRY_OVER_NO_AMOUNT').map((f) => whereLabel(f.where));
    expect(carry).toEqual(['TONG', 'DA2', 'DA3.2', 'DA7']);
    expect(
      findings.filter((f) => f.code === 'OTHER_SOURCES_NO_AMOUNT').map((f) => whereLabel(f.where)),
    ).toEqual(['TONG', 'DA2', 'DA3.2']);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    expect(plan.items.every((i) => i.stated.khac === undefined)).toBe(true);
  });

  it('reads year and locality', () => {
    expect(plan.year).toBe(2024);
    expect(plan.locality).toBe('huyện Sông Mã');
  });
});

describe('a commune plan in the Bình Lư style ("Nguồn vốn thực hiện (vốn sự nghiệp)")', () => {
  const text = fixture('binh-lu-style.txt');
  const { plan, findings } = importPlanText(text);

  it('reads six items as central recurrent money and no stated totals', () => {
    expect(plan.items.map((i) => [i.code, stated(i.stated)])).toEqual([
      ['DA2', { nstw_su_nghiep: '1005' }],
      ['DA3.1', { nstw_su_nghiep: '459' }],
      ['DA3.2', { nstw_su_nghiep: '210' }],
      ['DA4.1', { nstw_su_nghiep: '62' }],
      ['DA4.3', { nstw_su_nghiep: '121' }],
      ['DA7.2', { nstw_su_nghiep: '58' }],
    ]);
    expect(plan.statedTotals).toBeNull();
    expect(plan.year).toBe(2025);
    expect(plan.locality).toBe('xã Bình Lư');
  });

  it('says with an info finding where "vốn sự nghiệp" had no budget level, not where it had one', () => {
    const assumed = findings.filter((f) => f.code === 'SN_ASSUMED_CENTRAL');
    expect(assumed.map((f) => itemOf(f.where))).toEqual(['DA2', 'DA3.1', 'DA4.1', 'DA4.3', 'DA7.2']);
    expect(assumed.every((f) => f.severity === 'info')).toBe(true);
    expect(assumed[0]?.where).toEqual(at.line(lineOf(text, '1.005'), 'DA2'));
    expect(assumed[0]?.text.vi).toContain(`dòng ${lineOf(text, '1.005')}`);
  });

  it('puts a bare "Tiểu dự án 2" under the Dự án above it', () => {
    expect(item(plan, 'DA7.2').parent).toBe('DA7');
  });
});

describe.each(['lai-chau-style.txt', 'phan-rang-style.txt'])('a plan without amounts (%s)', (name) => {
  const { plan, findings } = importPlanText(fixture(name));

  it('has no items, no totals, no error and one info saying so', () => {
    expect(plan.items).toEqual([]);
    expect(plan.statedTotals).toBeNull();
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.filter((f) => f.code === 'NO_AMOUNTS')).toHaveLength(1);
  });

  it('still reads the year and the locality', () => {
    expect(plan.year).toBe(2024);
    expect(plan.locality).toMatch(/^thành phố (Lai Châu|Phan Rang - Tháp Chàm)$/);
  });
});
