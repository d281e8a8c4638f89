import { PREVIEW_COLS, PREVIEW_ROWS, sheetPreview } from '../../src/app/sheet-preview';
import type { CellSnapshot, SheetSnapshot } from '../../src/sheet/types';

const cell = (text: string): CellSnapshot => ({ value: text, text });

function grid(
  sheet: string,
  originRow: number,
  originCol: number,
  rows: number,
  cols: number,
): SheetSnapshot {
  return {
    sheet,
    originRow,
    originCol,
    rows: Array.from({ length: rows }, (_r, r) =>
      Array.from({ length: cols }, (_c, c) => cell(`r${originRow + r}c${originCol + c}`)),
    ),
  };
}

describe('sheetPreview', () => {
  it('places a used range that starts below and right of A1 at its sheet position', () => {
    const preview = sheetPreview(grid('Kế hoạch kinh phí', 2, 1, 2, 2));
    expect(preview.columns).toEqual(['A', 'B', 'C']);
    expect(preview.rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(preview.rows[0]?.cells).toEqual(['', '', '']);
    expect(preview.rows[2]?.cells).toEqual(['', 'r2c1', 'r2c2']);
    expect(preview.rows[3]?.cells).toEqual(['', 'r3c1', 'r3c2']);
    expect(preview.truncated).toBe(false);
  });

  it('shows only the first rows and columns of a large sheet and says so', () => {
    const preview = sheetPreview(grid('S', 0, 0, 100, 30));
    expect(preview.rows).toHaveLength(PREVIEW_ROWS);
    expect(preview.columns).toHaveLength(PREVIEW_COLS);
    expect(preview.columns[PREVIEW_COLS - 1]).toBe('J');
    expect(preview.rows[PREVIEW_ROWS - 1]?.cells[PREVIEW_COLS - 1]).toBe('r39c9');
    expect(preview.truncated).toBe(true);
  });

  it('shows an empty sheet as no rows', () => {
    const preview = sheetPreview({ sheet: 'Trống', originRow: 0, originCol: 0, rows: [] });
    expect(preview).toEqual({ sheet: 'Trống', columns: [], rows: [], truncated: false });
  });

  it('computes the formulas no spreadsheet has calculated and gives every figure exactly', () => {
    const snapshot: SheetSnapshot = {
      sheet: 'S',
      originRow: 0,
      originCol: 0,
      rows: [
        [
          { value: 7000, text: '7000' },
          { value: 538, text: '538' },
          // Saved by a tool that does not calculate: a formula without a result.
          { value: null, text: '', formula: '=SUM(A1:B1)' },
          { value: 15555.25, text: '15.555,25', numberFormat: '#,##0.00' },
        ],
        [
          { value: '1.469', text: '1.469' },
          { value: 45418, text: '06/05/2024', numberFormat: 'dd/mm/yyyy' },
          { value: 0.05, text: '5%', numberFormat: '0%' },
          { value: null, text: '', formula: '=C1+D1' },
        ],
      ],
    };
    const preview = sheetPreview(snapshot);
    expect(preview.rows[0]?.cells).toEqual(['7000', '538', '7538', '15.555,25']);
    expect(preview.rows[0]?.figures).toEqual(['7000', '538', '7538', '15555.25']);
    // Text, dates and percentages are shown as the host shows them, not as figures.
    expect(preview.rows[1]?.figures).toEqual([null, null, null, '23093.25']);
    expect(preview.rows[1]?.cells.slice(0, 3)).toEqual(['1.469', '06/05/2024', '5%']);
  });

  it("pads a figure to its number format's decimals, never rounding it", () => {
    const preview = sheetPreview({
      sheet: 'S',
      originRow: 0,
      originCol: 0,
      rows: [
        [
          { value: 15089, text: '15.089,00', numberFormat: '#,##0.00' },
          { value: 466.255, text: '466,26', numberFormat: '#,##0.00' },
          { value: 7, text: '7', numberFormat: '"Tỷ: "0.0;[Red]-0.0' },
        ],
      ],
    });
    expect(preview.rows[0]?.figures).toEqual(['15089.00', '466.255', '7.0']);
  });

  it('keeps a stored formula result as it is', () => {
    const preview = sheetPreview({
      sheet: 'S',
      originRow: 0,
      originCol: 0,
      rows: [[cell('a'), { value: 12, text: '12', formula: '=1+1' }]],
    });
    expect(preview.rows[0]?.cells).toEqual(['a', '12']);
  });

  it('carries the fills of the marks set on the same sheet only', () => {
    const snapshot = grid('Kế hoạch', 0, 0, 3, 3);
    const marked = {
      sheet: 'Kế hoạch',
      cells: [
        { address: 'B2', style: { fill: '#F8D7DA' } },
        { address: 'C3', style: { fill: '#FFF3CD' } },
        { address: 'A1', style: { bold: true } },
      ],
    };
    expect(sheetPreview(snapshot, marked).marks).toEqual({ B2: '#F8D7DA', C3: '#FFF3CD' });
    expect(sheetPreview(snapshot, { ...marked, sheet: 'Khác' }).marks).toBeUndefined();
  });
});
