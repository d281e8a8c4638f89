/**
 * Allocation by criteria and coefficients from files: a recipients CSV (`ten,nhom,<quantities…>`) and
 * a criteria table (a built-in one by id, such as `qd16-2026-xa`, or a coefficients CSV
 * `ma,ten,loai,nhom,he_so`). Scores each recipient, shares the total in proportion to the scores in
 * whole steps (parts sum exactly to the total), and names every problem by file, line and column, or
 * by recipient.
 */
import {
  allocateByCriteria,
  findCriteriaTable,
  namedFindings,
  readCoefficientsCsv,
  readRecipientsCsv,
  type CriteriaTable,
  type ScoreLine,
} from '../domain/criteria';
import { joinTexts, type Finding, type Text } from '../domain/findings';
import type { Dec } from '../domain/money/decimal';
import { formatEn, formatVi } from '../domain/money/format';
import { decodeText } from '../import/decode-text';
import type { Platform } from '../platform/contract';
import { extensionOf, readFileBytes } from './open-document';
import { done, failed, passOn, type Outcome } from './outcome';

/** A text file's content and the name it is shown by in messages. */
export interface NamedText {
  readonly text: string;
  readonly name: string;
}

/** Where the coefficients come from: a built-in table's id, or the text of a coefficients CSV. */
export type CoefficientsSource = { readonly table: string } | { readonly csv: NamedText };

export interface CriteriaAllocationInput {
  readonly recipients: NamedText;
  readonly coefficients: CoefficientsSource;
  readonly total: Dec;
  /** Parts are whole multiples of it. */
  readonly step: Dec;
}

/** One recipient's score and part, in the recipients' order. */
export interface CriteriaAllocationRow {
  readonly name: string;
  readonly score: Dec;
  readonly part: Dec;
  /** How the score was made. */
  readonly breakdown: readonly ScoreLine[];
}

export interface CriteriaAllocation {
  /** The table used: its `caution` is to be shown with the result when its `status` is `reported`. */
  readonly table: CriteriaTable;
  readonly rows: readonly CriteriaAllocationRow[];
  readonly totalScore: Dec;
  readonly total: Dec;
}

function failedWith<T>(findings: readonly Finding[]): Outcome<T> {
  return failed(joinTexts(findings.map((f) => f.text)), findings);
}

function tableOf(source: CoefficientsSource): Outcome<CriteriaTable> {
  if ('table' in source) {
    const r = findCriteriaTable(source.table);
    return r.ok ? done(r.value, { vi: '', en: '' }) : failedWith([r.error]);
  }
  const r = readCoefficientsCsv(source.csv.text, source.csv.name);
  return r.ok ? done(r.table, { vi: '', en: '' }) : failedWith(r.findings);
}

/** The caution of a table whose figures are only reported (not checked against the legal text), or none. */
export function tableCaution(table: CriteriaTable): Text | undefined {
  return table.status === 'reported' ? table.caution : undefined;
}

/** Scores the recipients by the table and shares the total. Pure; never throws for bad input. */
export function allocateCriteria(input: CriteriaAllocationInput): Outcome<CriteriaAllocation> {
  const table = tableOf(input.coefficients);
  if (table.kind !== 'done') return passOn(table);
  const read = readRecipientsCsv(input.recipients.text, table.value, input.recipients.name);
  if (!read.ok) return failedWith(read.findings);
  const { recipients } = read.value;
  const split = splitByCriteria({ total: input.total, step: input.step, table: table.value, recipients });
  if (split.kind !== 'done') return passOn(split);
  const { rows, totalScore } = split.value;
  const caution = tableCaution(table.value);
  const text: Text = {
    vi: `Đã phân bổ ${formatVi(input.total)} cho ${rows.length} đối tượng theo bảng ${table.value.id} (tổng điểm ${formatVi(totalScore)}).${caution ? ` ${caution.vi}` : ''}`,
    en: `Allocated ${formatEn(input.total)} to ${rows.length} recipients by the table ${table.value.id} (total score ${formatEn(totalScore)}).${caution ? ` ${caution.en}` : ''}`,
  };
  return done({ table: table.value, rows, totalScore, total: input.total }, text, split.findings);
}

/**
 * Scores recipients already read and shares the total (the CSV and the sheet range alike): the rows
 * with their score breakdown and the total score; findings name the recipients, not their lines.
 */
export function splitByCriteria(
  input: Parameters<typeof allocateByCriteria>[0],
): Outcome<{ rows: CriteriaAllocationRow[]; totalScore: Dec }> {
  const names = input.recipients.map((r) => r.name);
  const r = allocateByCriteria(input);
  if (!r.ok) return failedWith(namedFindings(r.findings, names));
  const rows = r.rows.map((row): CriteriaAllocationRow => ({
    name: row.name,
    score: row.score,
    part: row.part,
    breakdown: row.breakdown,
  }));
  return done({ rows, totalScore: r.totalScore }, { vi: '', en: '' }, namedFindings(r.findings, names));
}

/** A coefficients argument as the CLI takes it: a path ending in `.csv`, else a built-in table id. */
export function isCoefficientsFile(arg: string): boolean {
  return extensionOf(arg) === '.csv' || /[\\/]/.test(arg);
}

/** A text file read through the platform (UTF-8 or UTF-16, a byte-order mark dropped; empty is ''). */
async function readTextFile(
  path: string,
  services: { readonly platform: Platform },
): Promise<Outcome<NamedText>> {
  const bytes = await readFileBytes(path, services);
  if (bytes.kind !== 'done') return passOn(bytes);
  const name = path.split(/[\\/]/).pop() ?? path;
  if (bytes.value.length === 0) return done({ text: '', name }, { vi: '', en: '' });
  const text = decodeText(bytes.value);
  if (!text.ok) {
    const t = text.error.text;
    return failed({ vi: `${name}: ${t.vi}`, en: `${name}: ${t.en}` }, [text.error]);
  }
  return done({ text: text.value, name }, { vi: '', en: '' });
}

/**
 * {@link allocateCriteria} from files by path (the CLI): `coefficients` is a built-in table id or
 * the path of a coefficients CSV (see {@link isCoefficientsFile}). Never rejects.
 */
export async function allocateCriteriaFiles(
  request: {
    readonly recipients: string;
    readonly coefficients: string;
    readonly total: Dec;
    readonly step: Dec;
  },
  services: { readonly platform: Platform },
): Promise<Outcome<CriteriaAllocation>> {
  const recipients = await readTextFile(request.recipients, services);
  if (recipients.kind !== 'done') return passOn(recipients);
  let coefficients: CoefficientsSource = { table: request.coefficients };
  if (isCoefficientsFile(request.coefficients)) {
    const csv = await readTextFile(request.coefficients, services);
    if (csv.kind !== 'done') return passOn(csv);
    coefficients = { csv: csv.value };
  }
  return allocateCriteria({
    recipients: recipients.value,
    coefficients,
    total: request.total,
    step: request.step,
  });
}
