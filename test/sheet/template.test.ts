import { QD90 } from '../../src/domain/catalogue';
import { dec } from '../../src/domain/money';
import type { Plan } from '../../src/domain/plan';
import { at } from '../../src/domain/findings';
import {
  amountFormat,
  buildTemplate,
  DEFAULT_TEMPLATE_SHEET,
  decimalsFor,
  templatePatch,
} from '../../src/sheet';
import type { CellWrite, Patch } from '../../src/sheet/types';
import { SheetModel } from './sheet-model';
import { readPlanFromSnapshot } from '../../src/sheet';
import { seed000, seed001 } from './seeds';

function cell(patch: Patch, address: string): CellWrite {
  const found = patch.cells.find((c) => c.address === address);
  if (!found) throw new Error(`no write to ${address}`);
  return found;
}

describe('templatePatch structure', () => {
  const patch = templatePatch({ year: 2024, locality: 'thị xã Mường Lay' });

  it('writes the title with the year, the locality and the unit line', () => {
    expect(cell(patch, 'A1').value).toBe(
      'KẾ HOẠCH KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2024',
    );
    expect(cell(patch, 'A2').value).toBe('(thị xã Mường Lay)');
    expect(cell(patch, 'A9').value).toBe('Đơn vị tính: Triệu đồng');
    expect(cell(patch, 'A9').style?.hAlign).toBe('right');
  });

  it('writes the two-row header with Ngân sách trung ương merged over its three columns', () => {
    const top = ['A10', 'B10', 'C10', 'D10', 'G10', 'H10', 'I10', 'J10'].map((a) => cell(patch, a).value);
    expect(top).toEqual([
      'STT',
      'Nội dung',
      'Tổng cộng',
      'Ngân sách trung ương',
      'Ngân sách địa phương (đối ứng)',
      'Huy động khác',
      'Đơn vị thực hiện',
      'Ghi chú',
    ]);
    expect(['D11', 'E11', 'F11'].map((a) => cell(patch, a).value)).toEqual([
      'Tổng',
      'Vốn sự nghiệp',
      'Vốn đầu tư phát triển',
    ]);
    expect(patch.merges).toEqual(
      expect.arrayContaining(['D10:F10', 'A10:A11', 'B10:B11', 'G10:G11', 'A1:J1']),
    );
    expect(cell(patch, 'E11').style).toMatchObject({
      bold: true,
      border: 'thin',
      fontName: 'Times New Roman',
    });
  });

  it('has a row for every catalogue item, numbered I…VII and 1, 2, 3', () => {
    const labels = QD90.entries.map((_, i) => cell(patch, `B${13 + i}`).value);
    expect(labels).toHaveLength(16);
    expect(labels[0]).toMatch(/^Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng/);
    expect(labels[1]).toBe('Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo');
    expect(labels[3]).toBe('Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp');
    const stt = QD90.entries.map((_, i) => cell(patch, `A${13 + i}`).value);
    expect(stt).toEqual([
      'I',
      'II',
      'III',
      '1',
      '2',
      'IV',
      '1',
      '2',
      '3',
      'V',
      'VI',
      '1',
      '2',
      'VII',
      '1',
      '2',
    ]);
    expect(cell(patch, 'B13').style?.bold).toBe(true);
    expect(cell(patch, 'B16').style?.bold).toBeFalsy();
    expect(cell(patch, 'B16').style?.wrap).toBe(true);
  });

  it('sums the Dự án rows in TỔNG CỘNG and each parent over its children', () => {
    expect(cell(patch, 'B12').value).toBe('TỔNG CỘNG');
    expect(cell(patch, 'C12').formula).toBe(
      '=IF(COUNT(C13:C15,C18,C22:C23,C26)=0,"",SUM(C13:C15,C18,C22:C23,C26))',
    );
    expect(cell(patch, 'G12').formula).toBe(
      '=IF(COUNT(G13:G15,G18,G22:G23,G26)=0,"",SUM(G13:G15,G18,G22:G23,G26))',
    );
    expect(cell(patch, 'E15').formula).toBe('=IF(COUNT(E16:E17)=0,"",SUM(E16:E17))');
    expect(cell(patch, 'C18').formula).toBe('=IF(COUNT(C19:C21)=0,"",SUM(C19:C21))');
  });

  it('computes Tổng cộng and NSTW Tổng across each leaf row', () => {
    expect(cell(patch, 'C14').formula).toBe('=IF(COUNT(D14,G14:H14)=0,"",SUM(D14,G14:H14))');
    expect(cell(patch, 'D14').formula).toBe('=IF(COUNT(E14:F14)=0,"",SUM(E14:F14))');
    expect(cell(patch, 'E14').formula).toBeUndefined();
  });

  it('names the settings cells and the table', () => {
    expect(patch.names).toMatchObject({
      GNBV_NSTW_GIAO: 'C5',
      GNBV_NSDP_GIAO: 'C6',
      GNBV_BUOC: 'C7',
      GNBV_TYLE_DOIUNG: 'C8',
      GNBV_BANG: 'A10:J28',
      GNBV_VUNG_1: 'A1:J28',
    });
    expect(cell(patch, 'B7').value).toBe('Bước làm tròn');
    expect(patch.columnWidths?.B).toBeGreaterThan(patch.columnWidths?.C ?? 0);
  });
});

describe('templatePatch with a plan', () => {
  it('writes leaf figures as numbers, not-applicable notes and units (seed 001)', () => {
    const patch = templatePatch({ year: 2024, locality: 'huyện Sông Mã', plan: seed001() });
    expect(cell(patch, 'E14').value).toBe(6667);
    expect(cell(patch, 'G14').value).toBe(466.25);
    expect(cell(patch, 'J13').value).toBe('Không thuộc đối tượng');
    // Dự án 7 is given only at its own level: it keeps its figure instead of summing empty rows.
    expect(cell(patch, 'E26').value).toBe(1621);
    expect(cell(patch, 'C26').formula).toBe('=IF(COUNT(D26,G26:H26)=0,"",SUM(D26,G26:H26))');
    expect(cell(patch, 'C5').value).toBe(15089);
    expect(cell(patch, 'C6').value).toBe(466.25);
    expect(cell(patch, 'C7').value).toBe(0.01);
  });

  it('adds user rows as a), b) and - under their parent', () => {
    const base = seed000();
    const parentItem = base.items.find((i) => i.code === 'DA4.3');
    if (!parentItem) throw new Error('DA4.3 missing');
    const plan: Plan = {
      ...base,
      items: [
        ...base.items.map((i) => (i.code === 'DA4.3' ? { ...i, stated: {} } : i)),
        {
          code: 'DA4.3.a',
          name: 'Hỗ trợ kết nối việc làm',
          level: 3,
          parent: 'DA4.3',
          applicable: true,
          stated: { nstw_su_nghiep: dec(100) },
        },
        {
          code: 'DA4.3.a.1',
          name: 'Tổ chức sàn giao dịch',
          level: 4,
          parent: 'DA4.3.a',
          applicable: true,
          stated: { nstw_su_nghiep: dec(100) },
        },
        {
          code: 'DA4.3.b',
          name: 'Tư vấn nghề',
          level: 3,
          parent: 'DA4.3',
          applicable: true,
          stated: { nstw_su_nghiep: dec(97) },
        },
      ],
    };
    const { patch, layout, findings } = buildTemplate({ year: 2024, locality: 'x', plan });
    const rowOf = (code: string) => (layout.rows.find((r) => r.code === code)?.row ?? -1) + 1;
    expect(cell(patch, `A${rowOf('DA4.3.a')}`).value).toBe('a)');
    expect(cell(patch, `A${rowOf('DA4.3.a.1')}`).value).toBe('-');
    expect(cell(patch, `A${rowOf('DA4.3.b')}`).value).toBe('b)');
    expect(cell(patch, `B${rowOf('DA4.3.b')}`).value).toBe('Tư vấn nghề');
    const r = rowOf('DA4.3');
    expect(cell(patch, `E${r}`).formula).toBe(
      `=IF(COUNT(E${r + 1},E${r + 3})=0,"",SUM(E${r + 1},E${r + 3}))`,
    );
    // The nội dung with a component sums it rather than keeping its own figure.
    expect(cell(patch, `E${rowOf('DA4.3.a')}`).formula).toBe(`=IF(COUNT(E${r + 2})=0,"",SUM(E${r + 2}))`);
    expect(findings).toEqual([]);
  });

  it('reports a stated total that differs from its parts instead of hiding it', () => {
    const base = seed000();
    const plan: Plan = {
      ...base,
      items: base.items.map((i) =>
        i.code === 'DA2' ? { ...i, stated: { ...i.stated, total: dec(3000) } } : i,
      ),
    };
    const { findings } = buildTemplate({ year: 2024, locality: 'x', plan });
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'TEMPLATE_FORMULA_DIFFERS',
        where: at.cell(DEFAULT_TEMPLATE_SHEET, 'C14', 'DA2'),
        severity: 'warning',
        expected: dec(3154),
        actual: dec(3000),
        difference: dec(-154),
      }),
    );
  });

  it('writes an amount Excel cannot hold exactly as Vietnamese text, and reads it back exactly', () => {
    const base = seed000();
    const huge = dec('1234567890123456.25');
    const plan: Plan = {
      ...base,
      items: base.items.map((i) => (i.code === 'DA2' ? { ...i, stated: { khac: huge } } : i)),
      statedTotals: null,
    };
    const { patch, findings } = buildTemplate({ year: 2024, locality: 'x', plan });
    expect(cell(patch, 'H14').value).toBe('1.234.567.890.123.456,25');
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'TEMPLATE_AMOUNT_TEXT',
        where: at.cell(DEFAULT_TEMPLATE_SHEET, 'H14', 'DA2'),
      }),
    );
    const read = readPlanFromSnapshot(SheetModel.fromPatch(patch).snapshot());
    expect(read.plan.items.find((i) => i.code === 'DA2')?.stated.khac?.toFixed()).toBe('1234567890123456.25');
    expect(read.findings).toContainEqual(
      expect.objectContaining({
        code: 'SHEET_TEXT_NUMBER',
        where: at.cell(DEFAULT_TEMPLATE_SHEET, 'H14', 'DA2'),
      }),
    );
  });
});

describe('number format', () => {
  it('uses the invariant format code, whose separators Excel takes from the user locale', () => {
    expect(amountFormat(0)).toBe('#,##0');
    expect(amountFormat(2)).toBe('#,##0.00');
    expect(amountFormat(99)).toBe('#,##0.000000');
  });

  it('shows as many decimals as the most precise figure, so nothing is shown rounded', () => {
    expect(decimalsFor([dec('7133.25'), dec('6667'), dec('0.5')])).toBe(2);
    const patch = templatePatch({ year: 2024, locality: 'huyện Sông Mã', plan: seed001() });
    const formats = new Set(
      patch.cells.filter((c) => /^[C-H](1[2-9]|2\d)$/.test(c.address)).map((c) => c.numberFormat),
    );
    expect([...formats]).toEqual(['#,##0.00']);
    const whole = templatePatch({ year: 2024, locality: 'x', plan: seed000() });
    expect(cell(whole, 'E14').numberFormat).toBe('#,##0');
  });
});
