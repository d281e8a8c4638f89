/**
 * Reading recipients from a CSV file (`recipients.csv`) against a criteria table. The header line is
 * `ten,nhom,<quantity columns…>` (`Tên`, `Nhóm` are read too); `nhom` lists category ids separated by
 * `;` (quoted when the file itself is `;`-separated); each quantity column is a per-unit criterion of
 * the table. Optional columns `toi_thieu`, `toi_da`, `co_dinh` give a recipient's minimum, maximum or
 * fixed part. Figures are read like a typed amount (`2,5` = `2.5`; `1.469` = 1469; `4,136` is refused
 * as reading two ways). Every problem is an error finding at its line, naming the column.
 */
import { at, finding, type Text } from '../findings';
import type { Dec } from '../money/decimal';
import { readTypedAmount } from '../money/typed-amount';
import { nearestKey } from '../plan/nearest-key';
import { headerKey, readCsv, type CsvRecord } from './csv';
import { CRITERIA_MESSAGES as M, type CriteriaCode, type CsvPlace } from './messages';
import type { CriteriaFinding, CriteriaTable, Recipient } from './types';

/** The columns the header line must have (then the quantity columns). */
export const RECIPIENTS_HEADER = ['ten', 'nhom'] as const;

/** Optional columns of a recipient's bounds and lock, by header. */
const BOUND_COLUMNS = { toi_thieu: 'min', toi_da: 'max', co_dinh: 'locked' } as const;

/** Recipients read from a file, each with the line it is on. */
export interface RecipientsCsv {
  readonly recipients: readonly Recipient[];
  /** The line of each recipient (1-based), in the same order. */
  readonly lines: readonly number[];
}

export type RecipientsCsvResult =
  | { readonly ok: true; readonly value: RecipientsCsv }
  | { readonly ok: false; readonly findings: CriteriaFinding[] };

type Column =
  | { readonly kind: 'name' }
  | { readonly kind: 'groups' }
  | { readonly kind: 'quantity'; readonly id: string; readonly countable: boolean }
  | { readonly kind: 'bound'; readonly key: 'min' | 'max' | 'locked' }
  | { readonly kind: 'bad' };

/**
 * Where the records come from: a file by name, or a range of a sheet, whose cells the messages and
 * findings then name instead of the line (`Ô C5`).
 */
export interface RecordsSource {
  /** The file's name, or a label of the range. */
  readonly file: string;
  readonly sheet?: {
    readonly name: string;
    /** The cell (A1) of a record's `line` and 0-based column, or the record's row range when no column. */
    cellOf(line: number, column?: number): string;
  };
}

class Problems {
  readonly findings: CriteriaFinding[] = [];
  readonly file: string;
  constructor(readonly source: RecordsSource) {
    this.file = source.file;
  }
  /** The cell of a line and column, to pass to a message, when the records come from a sheet. */
  cell(line: number, column?: number): { cell?: string } {
    const { sheet } = this.source;
    return sheet === undefined ? {} : { cell: sheet.cellOf(line, column) };
  }
  add(code: CriteriaCode, line: number, text: Text, column?: number): void {
    const { sheet } = this.source;
    const where = sheet === undefined ? at.line(line) : at.cell(sheet.name, sheet.cellOf(line, column));
    this.findings.push(finding({ severity: 'error', code, where, text }));
  }
}

/**
 * Reads `text` (a whole recipients.csv) against `table`; `file` names the file in every message.
 * Checks everything it can and reports every problem found.
 */
export function readRecipientsCsv(text: string, table: CriteriaTable, file: string): RecipientsCsvResult {
  const csv = readCsv(text);
  if (!csv.ok) {
    const p = new Problems({ file });
    p.add(
      'CRITERIA_CSV_UNCLOSED_QUOTE',
      csv.unclosedQuote,
      M.CRITERIA_CSV_UNCLOSED_QUOTE({ file, line: csv.unclosedQuote }),
    );
    return { ok: false, findings: p.findings };
  }
  return readRecipientsRecords(csv.records, table, { file });
}

/**
 * Reads recipients from records already split into cells (the first is the header), as
 * {@link readRecipientsCsv} does for a file: the same columns, checks and messages. With a sheet
 * `source` (cells of a range, `line` = the sheet row) every message and finding names the cell.
 */
export function readRecipientsRecords(
  records: readonly CsvRecord[],
  table: CriteriaTable,
  source: RecordsSource,
): RecipientsCsvResult {
  const p = new Problems(source);
  const { file } = source;
  const [header, ...rows] = records;
  if (header === undefined) {
    p.add('CRITERIA_CSV_EMPTY', 1, M.CRITERIA_CSV_EMPTY({ file, ...p.cell(1) }));
    return { ok: false, findings: p.findings };
  }
  const columns = readHeader(header, table, p);
  if (rows.length === 0) {
    p.add('CRITERIA_CSV_NO_ROWS', header.line, M.CRITERIA_CSV_NO_ROWS({ file, ...p.cell(header.line) }));
  }
  // Without its name and category columns the rows cannot be read; other header problems still let
  // every row be checked, so that all is told at once.
  const missing = !columns.some((c) => c.kind === 'name') || !columns.some((c) => c.kind === 'groups');
  if (missing || rows.length === 0) return { ok: false, findings: p.findings };

  const recipients: Recipient[] = [];
  const lines: number[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const r = readRow(row, header, columns, table, p);
    const key = r.name.normalize('NFC').toLocaleLowerCase('vi');
    const first = firstLine.get(key);
    const nameColumn = columns.findIndex((c) => c.kind === 'name');
    const nameCell = p.cell(row.line, nameColumn);
    if (r.name === '')
      p.add(
        'CRITERIA_CSV_NO_NAME',
        row.line,
        M.CRITERIA_CSV_NO_NAME({ file, line: row.line, ...nameCell }),
        nameColumn,
      );
    else if (first !== undefined) {
      p.add(
        'CRITERIA_CSV_DUPLICATE_NAME',
        row.line,
        M.CRITERIA_CSV_DUPLICATE_NAME({ file, line: row.line, name: r.name, first, ...nameCell }),
        nameColumn,
      );
    } else firstLine.set(key, row.line);
    recipients.push(r);
    lines.push(row.line);
  }
  return p.findings.length > 0
    ? { ok: false, findings: p.findings }
    : { ok: true, value: { recipients, lines } };
}

function readHeader(header: CsvRecord, table: CriteriaTable, p: Problems): Column[] {
  const { file } = p;
  const byId = new Map(table.criteria.map((c) => [c.id, c]));
  const perUnit = table.criteria.filter((c) => c.kind === 'per-unit').map((c) => c.id);
  const seen = new Set<string>();
  const columns = header.cells.map((cell, index): Column => {
    const written = cell.trim();
    const key = headerKey(written).replace(/\s+/g, '_');
    const column: Column =
      key === 'ten'
        ? { kind: 'name' }
        : key === 'nhom'
          ? { kind: 'groups' }
          : Object.hasOwn(BOUND_COLUMNS, key)
            ? { kind: 'bound', key: BOUND_COLUMNS[key as keyof typeof BOUND_COLUMNS] }
            : quantityColumn(written, byId, perUnit, table.id, p, { line: header.line, index });
    const id = column.kind === 'quantity' ? column.id : key;
    if (column.kind !== 'bad' && seen.has(id)) {
      p.add(
        'CRITERIA_CSV_DUPLICATE_COLUMN',
        header.line,
        M.CRITERIA_CSV_DUPLICATE_COLUMN({ file, column: written, ...p.cell(header.line, index) }),
        index,
      );
    }
    seen.add(id);
    return column;
  });
  for (const [kind, column] of [
    ['name', 'ten'],
    ['groups', 'nhom'],
  ] as const) {
    if (!columns.some((c) => c.kind === kind)) {
      p.add(
        'CRITERIA_CSV_MISSING_COLUMN',
        header.line,
        M.CRITERIA_CSV_MISSING_COLUMN({
          file,
          column,
          header: RECIPIENTS_HEADER,
          quantities: true,
          ...p.cell(header.line),
        }),
      );
    }
  }
  return columns;
}

function quantityColumn(
  written: string,
  byId: ReadonlyMap<string, CriteriaTable['criteria'][number]>,
  perUnit: readonly string[],
  tableId: string,
  p: Problems,
  place: { line: number; index: number },
): Column {
  const cell = p.cell(place.line, place.index);
  const c = byId.get(written);
  if (c?.kind === 'per-unit') return { kind: 'quantity', id: c.id, countable: c.countable !== false };
  if (c !== undefined) {
    p.add(
      'CRITERIA_CSV_CATEGORY_COLUMN',
      1,
      M.CRITERIA_CSV_CATEGORY_COLUMN({ file: p.file, column: written, ...cell }),
      place.index,
    );
  } else {
    const suggestion = nearestKey(written, perUnit);
    p.add(
      'CRITERIA_CSV_NO_COEFFICIENT',
      1,
      M.CRITERIA_CSV_NO_COEFFICIENT({
        file: p.file,
        column: written,
        table: tableId,
        ...(suggestion !== undefined ? { suggestion } : {}),
        ...cell,
      }),
      place.index,
    );
  }
  return { kind: 'bad' };
}

/** A non-negative figure of a cell, or `undefined` (reported) when it cannot be read. */
export function readFigure(
  written: string,
  place: CsvPlace & { line: number },
  p: { add(code: CriteriaCode, line: number, text: Text, column?: number): void },
  column?: number,
): Dec | undefined {
  const r = readTypedAmount(written, 'auto', at.line(place.line));
  if (!r.ok) {
    // Only a figure that reads two ways (4,136) needs more than "not a number".
    const reason = r.error.code === 'AMOUNT_AMBIGUOUS' ? { reason: r.error.text } : {};
    p.add(
      'CRITERIA_CSV_BAD_NUMBER',
      place.line,
      M.CRITERIA_CSV_BAD_NUMBER({ ...place, written, ...reason }),
      column,
    );
    return undefined;
  }
  if (r.value.isNegative() && !r.value.isZero()) {
    p.add('CRITERIA_CSV_NEGATIVE', place.line, M.CRITERIA_CSV_NEGATIVE({ ...place, value: r.value }), column);
    return undefined;
  }
  return r.value.abs();
}

function readRow(
  row: CsvRecord,
  header: CsvRecord,
  columns: readonly Column[],
  table: CriteriaTable,
  p: Problems,
): Recipient {
  const { file } = p;
  const { line } = row;
  if (row.cells.length > columns.length) {
    p.add(
      'CRITERIA_CSV_TOO_MANY_CELLS',
      line,
      M.CRITERIA_CSV_TOO_MANY_CELLS({ file, line, cells: row.cells.length, columns: columns.length }),
    );
  }
  let name = '';
  const categories: string[] = [];
  const quantities: Record<string, string> = {};
  const bounds: { min?: Dec; max?: Dec; locked?: Dec } = {};
  columns.forEach((column, i) => {
    const cell = (row.cells[i] ?? '').trim();
    const place = { file, line, column: (header.cells[i] ?? '').trim(), ...p.cell(line, i) };
    switch (column.kind) {
      case 'name':
        name = cell;
        return;
      case 'groups':
        for (const id of cell.split(';').map((s) => s.trim())) {
          if (id !== '') categories.push(...checkCategory(id, table, line, p, i));
        }
        return;
      case 'quantity': {
        if (cell === '') return;
        const q = readFigure(cell, place, p, i);
        if (q === undefined) return;
        if (column.countable && !q.isInteger()) {
          p.add('CRITERIA_CSV_FRACTIONAL', line, M.CRITERIA_CSV_FRACTIONAL({ ...place, value: q }), i);
          return;
        }
        quantities[column.id] = q.toFixed();
        return;
      }
      case 'bound': {
        if (cell === '') return;
        const v = readFigure(cell, place, p, i);
        if (v !== undefined) bounds[column.key] = v;
        return;
      }
      case 'bad':
        return;
    }
  });
  return { name, categories, quantities, ...bounds };
}

/** The id as a category, or nothing (reported) when the table has no such category. */
function checkCategory(
  id: string,
  table: CriteriaTable,
  line: number,
  p: Problems,
  column: number,
): string[] {
  const cell = p.cell(line, column);
  const c = table.criteria.find((x) => x.id === id);
  if (c === undefined) {
    const known = table.criteria.filter((x) => x.kind !== 'per-unit').map((x) => x.id);
    const suggestion = nearestKey(id, known);
    p.add(
      'CRITERIA_CSV_UNKNOWN_CATEGORY',
      line,
      M.CRITERIA_CSV_UNKNOWN_CATEGORY({
        file: p.file,
        line,
        id,
        table: table.id,
        ...(suggestion !== undefined ? { suggestion } : {}),
        ...cell,
      }),
      column,
    );
    return [];
  }
  if (c.kind === 'per-unit') {
    p.add(
      'CRITERIA_CSV_NOT_A_CATEGORY',
      line,
      M.CRITERIA_CSV_NOT_A_CATEGORY({ file: p.file, line, id, ...cell }),
      column,
    );
    return [];
  }
  return [id];
}
