/**
 * Allocation by criteria from a range of a sheet: the range's first row is the header
 * `ten,nhom,<quantity ids…>` as in recipients.csv, each further row a recipient. The rows are read
 * with the same reader as the file (every message names the cell, `Ô C5`), scored and shared exactly
 * ({@link allocateCriteria}'s rules); a second use case writes the scores and parts into the two
 * columns right of the range (headers "Điểm" and "Phần phân bổ") through the session, which asks
 * before replacing cells the add-in did not make and keeps the write undoable.
 */
import { findCriteriaTable, readRecipientsRecords, type CsvRecord } from '../domain/criteria';
import { at, finding, joinTexts, type Finding, type Text, type Where } from '../domain/findings';
import { formatEn, formatVi, toCellNumber } from '../domain/money';
import { readTypedAmount, type TypedLocale } from '../domain/money/typed-amount';
import {
  cellAddress,
  columnLetters,
  ownedRanges,
  parseRange,
  rangeAddress,
  splitSheetReference,
  type Rect,
} from '../sheet';
import type { CellSnapshot, CellWrite, Patch, SheetSnapshot } from '../sheet/types';
import { splitByCriteria, tableCaution, type CriteriaAllocation } from './allocate-criteria';
import { done, failed, passOn, type Outcome } from './outcome';
import { withNotes, type Written, type WorkbookSession } from './session';

/** What the pane asks for: figures as typed, read in `locale` (default `auto`). */
export interface SheetCriteriaRequest {
  /** The range as typed or selected: `A1:D20`, `$A$1:$D$20`, `'Đối tượng'!A1:D4` (no sheet: the active one). */
  readonly range: string;
  readonly total: string;
  /** Parts are whole multiples of it; empty is 1. */
  readonly step: string;
  /** A built-in criteria table's id (`qd16-2026-xa`). */
  readonly table: string;
  readonly locale?: TypedLocale;
}

/** The allocation with where it came from: the sheet, the range, and each recipient's sheet row. */
export interface SheetCriteriaAllocation extends CriteriaAllocation {
  readonly sheet: string;
  /** The range read, normalised (`A1:C4`). */
  readonly range: string;
  /** The sheet row (1-based) of each of `rows`, in the same order. */
  readonly lines: readonly number[];
}

/** The headers of the two columns written right of the range. */
export const CRITERIA_SHEET_HEADERS = { score: 'Điểm', part: 'Phần phân bổ' } as const;

function problem(code: string, where: Where, text: Text): Finding {
  return finding({ severity: 'error', code, where, text });
}

function failedWith<T>(findings: readonly Finding[]): Outcome<T> {
  return failed(joinTexts(findings.map((f) => f.text)), findings);
}

/** What the snapshot shows at a sheet cell, as the CSV would hold it: numbers as plain decimals. */
function cellText(snapshot: SheetSnapshot, row: number, col: number): string {
  const cell: CellSnapshot | undefined = snapshot.rows[row - snapshot.originRow]?.[col - snapshot.originCol];
  if (cell === undefined) return '';
  if (typeof cell.value === 'number') return String(cell.value);
  if (typeof cell.value === 'string') return cell.value;
  return cell.text;
}

interface ReadRange {
  readonly sheet: string;
  readonly rect: Rect;
  readonly snapshot: SheetSnapshot;
}

/** The sheet and rectangle of the typed range, with the sheet read; a failure names the field `vung`. */
async function readRange(session: WorkbookSession, typed: string): Promise<Outcome<ReadRange>> {
  const text = typed.trim();
  const split = splitSheetReference(text);
  const local = (split?.local ?? text).replace(/\$/g, '');
  const rect = parseRange(local);
  if (text === '' || rect === undefined) {
    return failedWith([
      problem('APP_CRITERIA_RANGE', at.argument('vung'), {
        vi: `"${text}" không phải một vùng ô; hãy ghi vùng dạng A1:D20 (hàng đầu là tiêu đề ten, nhom, …).`,
        en: `"${text}" is not a range of cells; write it as A1:D20 (its first row the header ten, nhom, …).`,
      }),
    ]);
  }
  const sheet = split?.sheet ?? (await session.host.activeSheet());
  const snapshot = await session.host.readSheet(sheet);
  if (snapshot === null) {
    return failedWith([
      problem('APP_CRITERIA_NO_SHEET', at.argument('vung'), {
        vi: `Sổ tính không có trang "${sheet}".`,
        en: `The workbook has no sheet "${sheet}".`,
      }),
    ]);
  }
  return done({ sheet, rect, snapshot }, { vi: '', en: '' });
}

/** The range's rows as records (`line` = the sheet row), blank rows left out as the CSV reader does. */
function recordsOf({ snapshot, rect }: ReadRange): CsvRecord[] {
  const out: CsvRecord[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const cells: string[] = [];
    for (let col = rect.left; col <= rect.right; col++) cells.push(cellText(snapshot, row, col));
    if (cells.some((c) => c.trim() !== '')) out.push({ line: row + 1, cells });
  }
  return out;
}

function amountField(
  typed: string,
  locale: TypedLocale,
  name: 'tong' | 'buoc',
  problems: Finding[],
): ReturnType<typeof readTypedAmount> | undefined {
  const label: Text =
    name === 'tong'
      ? { vi: 'Tổng số tiền', en: 'Total amount' }
      : { vi: 'Bước làm tròn', en: 'Rounding step' };
  const r = readTypedAmount(typed, locale, at.argument(name));
  if (r.ok) return r;
  const t = r.error.text;
  problems.push({ ...r.error, text: { vi: `${label.vi}: ${t.vi}`, en: `${label.en}: ${t.en}` } });
  return undefined;
}

interface Computed {
  readonly read: ReadRange;
  readonly allocation: SheetCriteriaAllocation;
  readonly findings: readonly Finding[];
}

async function compute(session: WorkbookSession, request: SheetCriteriaRequest): Promise<Outcome<Computed>> {
  const locale = request.locale ?? 'auto';
  const problems: Finding[] = [];
  const total = amountField(request.total, locale, 'tong', problems);
  const step = amountField(request.step.trim() === '' ? '1' : request.step, locale, 'buoc', problems);
  const found = findCriteriaTable(request.table, at.argument('bang'));
  if (!found.ok) problems.push(found.error);
  const read = await readRange(session, request.range);
  if (read.kind !== 'done')
    return failedWith([...problems, ...(read.kind === 'failed' ? read.findings : [])]);
  if (!total?.ok || !step?.ok || !found.ok) return failedWith(problems);
  const table = found.value;
  const { sheet, rect } = read.value;
  const range = rangeAddress(rect);
  const records = recordsOf(read.value);
  if (records.length < 2) {
    return failedWith([
      problem('APP_CRITERIA_EMPTY_RANGE', at.argument('vung'), {
        vi: `Vùng ${range} trên trang "${sheet}" ${records.length === 0 ? 'trống' : 'chỉ có hàng tiêu đề'}; hàng đầu là tiêu đề ten, nhom, <các cột số lượng>, mỗi hàng sau là một đối tượng.`,
        en: `The range ${range} on sheet "${sheet}" ${records.length === 0 ? 'is empty' : 'holds only the header row'}; its first row is the header ten, nhom, <quantity columns>, each further row a recipient.`,
      }),
    ]);
  }
  const recipients = readRecipientsRecords(records, table, {
    file: `${sheet}!${range}`,
    sheet: {
      name: sheet,
      cellOf: (line, column) =>
        column === undefined
          ? `${columnLetters(rect.left)}${line}:${columnLetters(rect.right)}${line}`
          : cellAddress(line - 1, rect.left + column),
    },
  });
  if (!recipients.ok) return failedWith(recipients.findings);
  const list = recipients.value.recipients;
  const split = splitByCriteria({ total: total.value, step: step.value, table, recipients: list });
  if (split.kind !== 'done') return passOn(split);
  const { rows, totalScore } = split.value;
  const allocation: SheetCriteriaAllocation = {
    table,
    rows,
    totalScore,
    total: total.value,
    sheet,
    range,
    lines: recipients.value.lines,
  };
  return done({ read: read.value, allocation, findings: split.findings }, { vi: '', en: '' });
}

/**
 * Reads the recipients from the range, scores them by the table and shares the total (nothing
 * written). Failures name the field (`vung`, `tong`, `buoc`, `bang`) or the cell (`Ô C5`).
 */
export async function previewCriteriaFromSheet(
  session: WorkbookSession,
  request: SheetCriteriaRequest,
): Promise<Outcome<SheetCriteriaAllocation>> {
  const c = await compute(session, request);
  if (c.kind !== 'done') return passOn(c);
  const { allocation } = c.value;
  const caution = tableCaution(allocation.table);
  const n = allocation.rows.length;
  return done(
    allocation,
    {
      vi: `Phân bổ ${formatVi(allocation.total)} cho ${n} đối tượng theo bảng ${allocation.table.id}, tổng điểm ${formatVi(allocation.totalScore)} (chưa ghi).${caution ? ` ${caution.vi}` : ''}`,
      en: `Allocation of ${formatEn(allocation.total)} to ${n} recipients by the table ${allocation.table.id}, total score ${formatEn(allocation.totalScore)} (not written yet).${caution ? ` ${caution.en}` : ''}`,
    },
    c.value.findings,
  );
}

/** The two columns right of `rect`: the first of them is the first column free from `rect.top` down. */
function targetColumn({ snapshot, rect }: ReadRange, lines: readonly number[]): number {
  const rows = [rect.top, ...lines.map((l) => l - 1)];
  let col = rect.right + 1;
  const used = (c: number) => rows.some((row) => cellText(snapshot, row, c).trim() !== '');
  // The next columns empty on the header and recipient rows (or ones a previous write filled).
  while (used(col) || used(col + 1)) {
    const header = cellText(snapshot, rect.top, col).trim();
    if (header === CRITERIA_SHEET_HEADERS.score) break;
    col++;
  }
  return col;
}

/**
 * Writes the scores and parts into the two columns right of the range (the next empty ones, or the
 * ones headed "Điểm" a previous write made), headers "Điểm" and "Phần phân bổ" on the header row;
 * `confirmed` allows replacing cells the add-in did not make. Undoable through the session.
 */
export async function writeCriteriaToSheet(
  session: WorkbookSession,
  request: SheetCriteriaRequest,
  confirmed = false,
): Promise<Outcome<Written>> {
  const c = await compute(session, request);
  if (c.kind !== 'done') return passOn(c);
  const { read, allocation } = c.value;
  const col = targetColumn(read, allocation.lines);
  const top = read.rect.top;
  const header = { bold: true, hAlign: 'center', wrap: true, border: 'thin' } as const;
  const figure = { hAlign: 'right', border: 'thin' } as const;
  const cells: CellWrite[] = [
    { address: cellAddress(top, col), value: CRITERIA_SHEET_HEADERS.score, style: header },
    { address: cellAddress(top, col + 1), value: CRITERIA_SHEET_HEADERS.part, style: header },
  ];
  allocation.rows.forEach((row, i) => {
    const r = (allocation.lines[i] ?? top + 2 + i) - 1;
    // A figure a cell cannot hold exactly is written as text, never rounded.
    const score = toCellNumber(row.score) ?? row.score.toFixed();
    const part = toCellNumber(row.part) ?? row.part.toFixed();
    cells.push({ address: cellAddress(r, col), value: score, numberFormat: '#,##0.##', style: figure });
    cells.push({ address: cellAddress(r, col + 1), value: part, numberFormat: '#,##0.##', style: figure });
  });
  const last = Math.max(top, ...allocation.lines.map((l) => l - 1));
  const area = rangeAddress({ top, left: col, bottom: last, right: col + 1 });
  const patch: Patch = { sheet: read.sheet, cells };
  // Written again over the same area, the area is already recorded as the add-in's own.
  const owned = ownedRanges(read.snapshot).includes(area) ? {} : { owned: area };
  const written = await session.write({ patch, before: read.snapshot, confirmed, ...owned });
  if (written.kind !== 'done') return passOn(written);
  const caution = tableCaution(allocation.table);
  return done(
    written.value,
    withNotes(
      {
        vi: `Đã ghi điểm và phần phân bổ của ${allocation.rows.length} đối tượng vào ${area} trên trang "${read.sheet}" (tổng ${formatVi(allocation.total)}).${caution ? ` ${caution.vi}` : ''}`,
        en: `Scores and parts of ${allocation.rows.length} recipients were written to ${area} on sheet "${read.sheet}" (total ${formatEn(allocation.total)}).${caution ? ` ${caution.en}` : ''}`,
      },
      written.findings,
    ),
    [...written.findings, ...c.value.findings],
  );
}
