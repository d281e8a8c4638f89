/**
 * Finds the table on a sheet the user may have edited: the header row by its texts (not a fixed
 * row), then each column by its header text, so moved, resized or inserted columns are fine.
 */
import type { ColumnKey } from './layout';
import { norm, type Grid } from './read-grid';

export interface FoundHeader {
  /** Sheet row of the first header row, and of the last one (the same row when there is one). */
  readonly first: number;
  readonly last: number;
  /** Sheet column of each column found. */
  readonly columns: Partial<Record<ColumnKey, number>>;
}

/** What one header cell (with the cell below it, for the two-row header) names. */
function keyOf(top: string, sub: string): ColumnKey | undefined {
  const t = sub !== '' ? sub : top;
  if (t === 'stt' || t === 'tt' || t === 'số tt' || t === 'số thứ tự') return 'stt';
  if (t.startsWith('nội dung')) return 'name';
  if (t.includes('sự nghiệp')) return 'nstw_su_nghiep';
  if (t.includes('đầu tư')) return 'nstw_dau_tu';
  if (t.includes('địa phương') || t.includes('đối ứng') || t === 'nsđp') return 'nsdp';
  if (t.includes('huy động') || t.includes('khác')) return 'khac';
  if (t.startsWith('đơn vị thực hiện') || t.startsWith('đơn vị chủ trì')) return 'unit';
  if (t.startsWith('ghi chú')) return 'note';
  if (t.startsWith('tổng cộng') || t === 'tổng số' || t === 'tổng kinh phí') return 'total';
  // "Tổng" under the "Ngân sách trung ương" group, or a single NSTW column with nothing below it.
  if (t === 'tổng' || t === 'cộng' || t.startsWith('ngân sách trung ương') || t === 'nstw') return 'nstw';
  return undefined;
}

function isHeaderRow(grid: Grid, row: number): boolean {
  let name = false;
  let money = false;
  for (let c = grid.left; c <= grid.right; c++) {
    const t = norm(grid.text(row, c));
    if (t === 'nội dung' || t.startsWith('nội dung ')) name = true;
    if (t.startsWith('tổng cộng') || t.startsWith('ngân sách trung ương') || t === 'tổng số') money = true;
  }
  return name && money;
}

/** The header, or undefined when no row has both "Nội dung" and a money column header. */
export function findHeader(grid: Grid): FoundHeader | undefined {
  for (let row = grid.top; row <= grid.bottom; row++) {
    if (!isHeaderRow(grid, row)) continue;
    // A second header row holds the sub-headers (Tổng, Vốn sự nghiệp…) and no Nội dung text of its own.
    const below = row + 1;
    let twoRows = false;
    for (let c = grid.left; c <= grid.right; c++) {
      const t = norm(grid.text(below, c));
      if (t === 'tổng' || t.includes('sự nghiệp') || t.includes('đầu tư')) twoRows = true;
    }
    const columns: Partial<Record<ColumnKey, number>> = {};
    for (let c = grid.left; c <= grid.right; c++) {
      const key = keyOf(norm(grid.text(row, c)), twoRows ? norm(grid.text(below, c)) : '');
      if (key !== undefined && columns[key] === undefined) columns[key] = c;
    }
    return { first: row, last: twoRows ? below : row, columns };
  }
  return undefined;
}
