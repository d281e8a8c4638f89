/**
 * Reads one amount cell the way the user sees it: a number is taken at Excel's 15 digits, text is
 * read Vietnamese-style ("1.469" is 1469, "15.555,25"), an empty cell, an empty formula result or
 * a dash is "not stated", an error value is an error, and a number shown as a date or time (a date
 * typed into an amount cell) is a finding. Nothing is guessed.
 */
import { fromCellNumber, parseAmount, type Dec, type NumberLocale } from '../domain/money';
import type { AmountCell } from './cell-map';
import { isDateFormat } from './number-format';
import { badNumber, dateAmount, errorValue, textNumber, type SheetFinding } from './sheet-findings';
import type { CellSnapshot } from './types';

export type AmountRead =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'value';
      readonly value: Dec;
      /** The stored double, when it should be checked for float drift. */
      readonly raw?: number;
      readonly formula: boolean;
    }
  | { readonly kind: 'problem' };

const ERROR_TEXT =
  /^#(?:VALUE!|REF!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)/i;
// The template's own sums: Excel's arithmetic on exact cells, whose noise (if any) is not the user's doing.
const SUM_FORMULA = /^=\s*(?:IF\(\s*COUNT\(|SUM\()/i;
const DASH = /^[-–—]$/;

/** Reads the amount `cell` holds; what it cannot read is a finding located at `at`. */
export function readAmount(
  cell: CellSnapshot,
  at: AmountCell,
  locale: NumberLocale,
  findings: SheetFinding[],
): AmountRead {
  const formula = cell.formula !== undefined && cell.formula !== '';
  const { value } = cell;
  if (typeof value === 'number') {
    if (isDateFormat(cell.numberFormat)) {
      // A date typed into an amount cell (45418 shown as 06/05/2024) is not 45.418 of anything. The
      // serial goes with the finding as `actual`: the spreadsheet's sums add it, this reading does
      // not, and the sums that disagree by it are this cell's consequences (groupTextCauses).
      const serial = fromCellNumber(value);
      const f = dateAmount(at, cell.text || String(value), cell.numberFormat ?? '');
      findings.push(serial === undefined ? f : { ...f, actual: serial });
      return { kind: 'problem' };
    }
    const d = fromCellNumber(value);
    if (d === undefined) {
      findings.push(badNumber(at, String(value)));
      return { kind: 'problem' };
    }
    const keepRaw = !formula || !SUM_FORMULA.test(cell.formula ?? '');
    return keepRaw ? { kind: 'value', value: d, raw: value, formula } : { kind: 'value', value: d, formula };
  }
  const text = (typeof value === 'string' ? value : cell.text).trim();
  if (value === null && ERROR_TEXT.test(cell.text.trim())) {
    findings.push(errorValue(at, cell.text.trim()));
    return { kind: 'problem' };
  }
  if (typeof value === 'boolean') {
    findings.push(badNumber(at, cell.text || String(value)));
    return { kind: 'problem' };
  }
  if (text === '' || DASH.test(text)) return { kind: 'empty' };
  if (ERROR_TEXT.test(text)) {
    findings.push(errorValue(at, text));
    return { kind: 'problem' };
  }
  const parsed = parseAmount(text, locale);
  if (!parsed.ok) {
    findings.push(badNumber(at, text, parsed.error.text));
    return { kind: 'problem' };
  }
  findings.push(textNumber(at, text, parsed.value.value));
  return { kind: 'value', value: parsed.value.value, formula };
}
