/**
 * Reading a criteria table from a coefficients CSV file: header `ma,ten,loai,nhom,he_so` (in any
 * order; `Mã`, `Tên`, `Loại`, `Nhóm`, `Hệ số` are read too; other columns such as `ghi_chu` are left
 * alone), one criterion a line; an empty `ten` shows the criterion by its `ma`. `loai` is `thuoc_nhom` (category, highest of its group counts),
 * `moi_don_vi` (per unit, counted in whole units) or `mac_dinh` (the group's default); `he_so` is read
 * like a typed amount (`0,5` = `0.5`). The rows go through the same strict parser as a JSON table, and
 * its findings are told at the line and column they come from.
 */
import { at, finding, type Text } from '../findings';
import { headerKey, readCsv } from './csv';
import { CRITERIA_MESSAGES as M, inCsv, type CriteriaCode } from './messages';
import { parseCriteriaTable, TABLE_ID } from './parse-table';
import { readFigure } from './recipients-csv';
import { KIND_BY_CODE, type CriteriaFinding, type CriteriaTable } from './types';
import { nearestKey } from '../plan/nearest-key';

const COLUMNS = ['ma', 'ten', 'loai', 'nhom', 'he_so'] as const;
type ColumnName = (typeof COLUMNS)[number];

/** The columns the header line must have. */
export const COEFFICIENTS_HEADER: readonly string[] = COLUMNS;

/** The CSV column of each field of a criterion's JSON form. */
const COLUMN_OF_FIELD: Record<string, ColumnName> = {
  id: 'ma',
  label: 'ten',
  kind: 'loai',
  group: 'nhom',
  coefficient: 'he_so',
};

const KIND_CODES = Object.keys(KIND_BY_CODE) as (keyof typeof KIND_BY_CODE)[];

export type CoefficientsCsvResult =
  | { readonly ok: true; readonly table: CriteriaTable }
  | { readonly ok: false; readonly findings: CriteriaFinding[] };

/** A table id from a file name: `he-so-tinh.csv` → `he-so-tinh`. */
function tableIdOf(file: string): string {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
  const id = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+/, '');
  return TABLE_ID.test(id) ? id : 'bang-he-so';
}

/** Reads a whole coefficients file; `file` names it in every message. Reports every problem found. */
export function readCoefficientsCsv(text: string, file: string): CoefficientsCsvResult {
  const findings: CriteriaFinding[] = [];
  const add = (code: CriteriaCode, line: number, t: Text) =>
    findings.push(finding({ severity: 'error', code, where: at.line(line), text: t }));
  const csv = readCsv(text);
  if (!csv.ok) {
    add(
      'CRITERIA_CSV_UNCLOSED_QUOTE',
      csv.unclosedQuote,
      M.CRITERIA_CSV_UNCLOSED_QUOTE({ file, line: csv.unclosedQuote }),
    );
    return { ok: false, findings };
  }
  const [header, ...rows] = csv.records;
  if (header === undefined) {
    add('CRITERIA_CSV_EMPTY', 1, M.CRITERIA_CSV_EMPTY({ file }));
    return { ok: false, findings };
  }
  const index = new Map<ColumnName, number>();
  header.cells.forEach((cell, i) => {
    const key = headerKey(cell).replace(/\s+/g, '_') as ColumnName;
    if (!(COLUMNS as readonly string[]).includes(key)) return;
    if (index.has(key)) {
      add(
        'CRITERIA_CSV_DUPLICATE_COLUMN',
        header.line,
        M.CRITERIA_CSV_DUPLICATE_COLUMN({ file, column: cell.trim() }),
      );
    } else index.set(key, i);
  });
  for (const column of COLUMNS) {
    if (!index.has(column)) {
      add(
        'CRITERIA_CSV_MISSING_COLUMN',
        header.line,
        M.CRITERIA_CSV_MISSING_COLUMN({ file, column, header: COEFFICIENTS_HEADER, quantities: false }),
      );
    }
  }
  if (rows.length === 0) add('CRITERIA_CSV_NO_ROWS', header.line, M.CRITERIA_CSV_NO_ROWS({ file }));
  if (findings.length > 0) return { ok: false, findings };

  const cell = (cells: readonly string[], column: ColumnName) => (cells[index.get(column)!] ?? '').trim();
  /** Paths the CSV reading has already reported, not to be told twice by the table's parser. */
  const reported = new Set<string>();
  const lines = rows.map((r) => r.line);
  const criteria = rows.map((row, i) => {
    const { line, cells } = row;
    const group = cell(cells, 'nhom');
    const written = cell(cells, 'loai');
    let kind: string | undefined = (KIND_BY_CODE as Record<string, string>)[written.toLowerCase()];
    if (kind === undefined) {
      reported.add(`criteria[${i}].kind`);
      const suggestion = nearestKey(written, KIND_CODES);
      add(
        'CRITERIA_CSV_UNKNOWN_KIND',
        line,
        M.CRITERIA_CSV_UNKNOWN_KIND({
          file,
          line,
          column: 'loai',
          written,
          ...(suggestion ? { suggestion } : {}),
        }),
      );
      kind = group === '' ? 'per-unit' : 'category';
    }
    const coefficientText = cell(cells, 'he_so');
    const coefficient =
      coefficientText === ''
        ? undefined
        : readFigure(coefficientText, { file, line, column: 'he_so' }, { add });
    if (coefficientText !== '' && coefficient === undefined) reported.add(`criteria[${i}].coefficient`);
    // A criterion without a name is shown by its id.
    const name = cell(cells, 'ten') || cell(cells, 'ma');
    return {
      id: cell(cells, 'ma'),
      label: { vi: name, en: name },
      kind,
      ...(group !== '' ? { group } : {}),
      ...(coefficientText !== '' ? { coefficient: coefficient?.toFixed() ?? '0' } : {}),
    };
  });
  const id = tableIdOf(file);
  const parsed = parseCriteriaTable({
    id,
    title: { vi: `Bảng hệ số ${file}`, en: `Coefficients of ${file}` },
    source: file,
    criteria,
  });
  if (parsed.ok && findings.length === 0) return { ok: true, table: parsed.table };
  if (!parsed.ok) {
    for (const f of parsed.findings) {
      const path = f.where.kind === 'argument' ? f.where.name : '';
      if (!reported.has(path)) findings.push(atLine(f, path, lines, file));
    }
  }
  // In the order of the file's lines (a repeated id is found after the rows are read).
  const byLine = (f: CriteriaFinding) => (f.where.kind === 'line' ? f.where.line : 0);
  return {
    ok: false,
    findings: findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => byLine(a.f) - byLine(b.f) || a.i - b.i)
      .map((x) => x.f),
  };
}

/** A finding of the table's parser at `criteria[i].field`, told at the CSV line and column instead. */
function atLine(f: CriteriaFinding, path: string, lines: readonly number[], file: string): CriteriaFinding {
  const m = /^criteria\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!m) return f;
  const line = lines[Number(m[1])] ?? 1;
  const field = m[2];
  const column = field !== undefined ? COLUMN_OF_FIELD[field] : undefined;
  const strip = (s: string, head: string) => (s.startsWith(head) ? s.slice(head.length) : s);
  const lineOf = (word: string) => (_: string, k: string) => `${word} ${lines[Number(k)] ?? '?'}`;
  // The JSON names of the table's fields read as the CSV's columns ("group" is the column "nhom").
  const columns = (s: string) =>
    s.replace(/"(id|label|kind|group|coefficient)"/g, (_, k: string) => `"${COLUMN_OF_FIELD[k]}"`);
  const rest: Text = {
    vi: columns(strip(f.text.vi, `Bảng tiêu chí: ${path} `).replace(/criteria\[(\d+)\]/g, lineOf('dòng'))),
    en: columns(strip(f.text.en, `Criteria table: ${path} `).replace(/criteria\[(\d+)\]/g, lineOf('line'))),
  };
  const text = inCsv({ file, line, ...(column !== undefined ? { column } : {}) }, rest);
  return { ...f, where: at.line(line), text };
}
