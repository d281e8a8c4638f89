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
});
