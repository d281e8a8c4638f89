/**
 * The standard plan template as data: which column holds what, the header texts the reader
 * looks for, the workbook names, and the rows above the table. The template writer and the
 * reader both use these tables, so a header renamed here is renamed for both.
 *
 * Layout (1-based rows as the user sees them, columns A–J):
 * - 1 title, 2 locality line, 3 blank;
 * - 4 "Thông số phân bổ", 5–8 the settings block (label in B, value in C, one workbook name each);
 *   the block sits above the table rather than beside it so that it never shares rows with the
 *   table: inserting or deleting a table row cannot cut through it;
 * - 9 "Đơn vị tính: Triệu đồng" (right-aligned over the table);
 * - 10–11 the two-row header, 12 TỔNG CỘNG, 13… one row per Dự án, Tiểu dự án and user row.
 */
import type { Catalogue } from '../domain/catalogue';
import type { AmountKey } from '../domain/plan';
import { cellAddress, columnLetters, type CellPos } from './a1';

/** What a table column holds. */
export type ColumnKey = 'stt' | 'name' | AmountKey | 'unit' | 'note';

/** A column of the table: its key, its place in the template, its width and its header texts. */
export interface ColumnSpec {
  readonly key: ColumnKey;
  /** 0-based column in the template. */
  readonly col: number;
  /** Width in characters. */
  readonly width: number;
  /** Text of the first header row (or the group header above it). */
  readonly header: string;
  /** Text of the second header row, for the columns under "Ngân sách trung ương". */
  readonly subHeader?: string;
}

/** The columns in template order. */
export const COLUMNS: readonly ColumnSpec[] = [
  { key: 'stt', col: 0, width: 6, header: 'STT' },
  { key: 'name', col: 1, width: 50, header: 'Nội dung' },
  { key: 'total', col: 2, width: 14, header: 'Tổng cộng' },
  { key: 'nstw', col: 3, width: 14, header: 'Ngân sách trung ương', subHeader: 'Tổng' },
  { key: 'nstw_su_nghiep', col: 4, width: 14, header: 'Ngân sách trung ương', subHeader: 'Vốn sự nghiệp' },
  {
    key: 'nstw_dau_tu',
    col: 5,
    width: 14,
    header: 'Ngân sách trung ương',
    subHeader: 'Vốn đầu tư phát triển',
  },
  { key: 'nsdp', col: 6, width: 16, header: 'Ngân sách địa phương (đối ứng)' },
  { key: 'khac', col: 7, width: 12, header: 'Huy động khác' },
  { key: 'unit', col: 8, width: 24, header: 'Đơn vị thực hiện' },
  { key: 'note', col: 9, width: 18, header: 'Ghi chú' },
];

/** Column of a key in the template. */
export function templateCol(key: ColumnKey): number {
  const spec = COLUMNS.find((c) => c.key === key);
  if (!spec) throw new Error(`no template column for ${key}`);
  return spec.col;
}

export const LAST_COL = COLUMNS.length - 1;

/** Rows of the template, 0-based. */
export const ROW = {
  title: 0,
  locality: 1,
  settingsHeading: 3,
  settingsFirst: 4,
  unit: 8,
  header1: 9,
  header2: 10,
  total: 11,
  firstItem: 12,
} as const;

/** The settings a user gives the add-in, each in one named cell. */
export type SettingKey = 'nstwGiao' | 'nsdpGiao' | 'step' | 'ratio';

export interface SettingSpec {
  readonly key: SettingKey;
  /** Workbook name of the value cell. */
  readonly name: string;
  /** Label in column B; the reader also finds the value by it when the name is gone. */
  readonly label: string;
}

export const SETTINGS: readonly SettingSpec[] = [
  {
    key: 'nstwGiao',
    name: 'GNBV_NSTW_GIAO',
    label: 'Ngân sách trung ương được giao (theo quyết định của tỉnh)',
  },
  { key: 'nsdpGiao', name: 'GNBV_NSDP_GIAO', label: 'Ngân sách địa phương (vốn đối ứng) được giao' },
  { key: 'step', name: 'GNBV_BUOC', label: 'Bước làm tròn' },
  { key: 'ratio', name: 'GNBV_TYLE_DOIUNG', label: 'Tỷ lệ đối ứng tối thiểu (NSĐP/NSTW)' },
];

/** Workbook name of the table (header rows to the last item row). */
export const TABLE_NAME = 'GNBV_BANG';

/**
 * A workbook name of a plan sheet for its catalogue: the base name, tagged for catalogues other than
 * 2021–2025 ("GNBV_BANG_2026"), so that two plan sheets never share a name.
 */
export function taggedName(base: string, catalogue: Pick<Catalogue, 'nameTag'> | undefined): string {
  return catalogue?.nameTag ? `${base}_${catalogue.nameTag}` : base;
}

/** Whether a workbook name is the table's, of any catalogue. */
export function isTableName(name: string): boolean {
  return name === TABLE_NAME || name.startsWith(`${TABLE_NAME}_`);
}

/** Prefix of the names recording ranges the add-in wrote (GNBV_VUNG_1, GNBV_VUNG_2, …). */
export const OWNED_PREFIX = 'GNBV_VUNG_';

/** The value cell of a setting in the template. */
export function settingCell(key: SettingKey): CellPos {
  const i = SETTINGS.findIndex((s) => s.key === key);
  return { row: ROW.settingsFirst + i, col: 2 };
}

/** "C5" etc. for a setting in the template. */
export function settingAddress(key: SettingKey): string {
  const p = settingCell(key);
  return cellAddress(p.row, p.col);
}

/** Column widths of the template by letter. */
export function columnWidths(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of COLUMNS) out[columnLetters(c.col)] = c.width;
  return out;
}

export const TITLE_PREFIX =
  'KẾ HOẠCH KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM';

/** The title before the year, naming the catalogue's programme (the 2021–2025 one without a name). */
export function titlePrefix(catalogue: Pick<Catalogue, 'programme'>): string {
  return catalogue.programme
    ? `KẾ HOẠCH KINH PHÍ THỰC HIỆN ${catalogue.programme.toUpperCase()} NĂM`
    : TITLE_PREFIX;
}
export const UNIT_LINE = 'Đơn vị tính: Triệu đồng';
export const TOTAL_LABEL = 'TỔNG CỘNG';
/** What the Ghi chú column says for an item the locality is not concerned with. */
export const NOT_APPLICABLE_NOTE = 'Không thuộc đối tượng';
