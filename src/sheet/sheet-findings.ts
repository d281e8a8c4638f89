/**
 * The findings of the sheet layer, each built from its message in {@link SHEET_MESSAGES} and located
 * as precisely as the code knows: the cell (with the item of its row) when there is one, else the item.
 */
import { at, finding, type Finding, type Severity } from '../domain/findings';
import type { Dec } from '../domain/money';
import type { AmountCell } from './cell-map';
import { SHEET_MESSAGES, type SheetArgs, type SheetCode, type SheetScheme } from './messages';

/** A finding of the sheet layer. */
export type SheetFinding = Finding<SheetCode>;

function amountWhere(a: AmountCell) {
  return at.cell(a.sheet, a.address, a.code);
}

/** TEMPLATE_AMOUNT_TEXT: an amount Excel cannot hold exactly as a number, written as text. */
export function amountAsText(cell: AmountCell, value: Dec): SheetFinding {
  return finding({
    severity: 'warning',
    code: 'TEMPLATE_AMOUNT_TEXT',
    where: amountWhere(cell),
    text: SHEET_MESSAGES.TEMPLATE_AMOUNT_TEXT({ ...cell, value }),
  });
}

/** TEMPLATE_FORMULA_DIFFERS: the plan states a figure the template computes by formula, and they differ. */
export function formulaDiffers(cell: AmountCell, stated: Dec, computed: Dec): SheetFinding {
  return finding({
    severity: 'warning',
    code: 'TEMPLATE_FORMULA_DIFFERS',
    where: amountWhere(cell),
    text: SHEET_MESSAGES.TEMPLATE_FORMULA_DIFFERS({ ...cell, stated, computed }),
    expected: computed,
    actual: stated,
    difference: stated.minus(computed),
  });
}

/** SHEET_NO_HEADER: no row holds the "Nội dung" header (about the sheet as a whole). */
export function noHeader(sheet: string): SheetFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_NO_HEADER',
    where: at.none(),
    text: SHEET_MESSAGES.SHEET_NO_HEADER({ sheet }),
  });
}

/** SHEET_NO_COLUMN: a column the reader looks for by its header is not there (about the table as a whole). */
export function missingColumn(sheet: string, header: string, severity: Severity): SheetFinding {
  return finding({
    severity,
    code: 'SHEET_NO_COLUMN',
    where: at.none(),
    text: SHEET_MESSAGES.SHEET_NO_COLUMN({ sheet, header }),
  });
}

/** SHEET_TEXT_NUMBER: an amount typed as text; read the Vietnamese way, but Excel's sums skip it. */
export function textNumber(cell: AmountCell, text: string, value: Dec): SheetFinding {
  return finding({
    severity: 'warning',
    code: 'SHEET_TEXT_NUMBER',
    where: amountWhere(cell),
    text: SHEET_MESSAGES.SHEET_TEXT_NUMBER({ ...cell, text, value }),
  });
}

/** SHEET_BAD_NUMBER: a cell in an amount column that is not an amount. */
export function badNumber(
  cell: AmountCell,
  text: string,
  why?: SheetArgs['SHEET_BAD_NUMBER']['why'],
): SheetFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_BAD_NUMBER',
    where: amountWhere(cell),
    text: SHEET_MESSAGES.SHEET_BAD_NUMBER({ ...cell, text, ...(why ? { why } : {}) }),
  });
}

/** SHEET_ERROR_VALUE: an error value (#VALUE!, #REF!) in an amount cell. */
export function errorValue(cell: AmountCell, text: string): SheetFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_ERROR_VALUE',
    where: amountWhere(cell),
    text: SHEET_MESSAGES.SHEET_ERROR_VALUE({ ...cell, text }),
  });
}

/** SHEET_UNPLACED_ROW: a row whose Nội dung matches no Dự án, Tiểu dự án or numbered row. */
export function unplacedRow(
  sheet: string,
  address: string,
  text: string,
  hasMoney: boolean,
  scheme?: SheetScheme,
): SheetFinding {
  return finding({
    severity: hasMoney ? 'error' : 'warning',
    code: 'SHEET_UNPLACED_ROW',
    where: at.cell(sheet, address),
    text: SHEET_MESSAGES.SHEET_UNPLACED_ROW({ address, text, hasMoney, ...(scheme ? { scheme } : {}) }),
  });
}

/** SHEET_UNKNOWN_ITEM: "Dự án 9" or "Tiểu dự án 4" of a Dự án that has none. */
export function unknownItem(
  sheet: string,
  address: string,
  text: string,
  scheme?: SheetScheme,
): SheetFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_UNKNOWN_ITEM',
    where: at.cell(sheet, address),
    text: SHEET_MESSAGES.SHEET_UNKNOWN_ITEM({ address, text, ...(scheme ? { scheme } : {}) }),
  });
}

/** SHEET_DUPLICATE_ROW: a second row for an item already read. */
export function duplicateRow(sheet: string, code: string, address: string, first: string): SheetFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_DUPLICATE_ROW',
    where: at.cell(sheet, address, code),
    text: SHEET_MESSAGES.SHEET_DUPLICATE_ROW({ code, address, first }),
  });
}

/** SHEET_TYPED_TOTAL: a figure typed by hand where the template sums other cells. */
export function typedTotal(cell: AmountCell): SheetFinding {
  return finding({
    severity: 'warning',
    code: 'SHEET_TYPED_TOTAL',
    where: amountWhere(cell),
    text: SHEET_MESSAGES.SHEET_TYPED_TOTAL(cell),
  });
}

/** SHEET_BAD_SETTING: a settings cell that cannot be read. */
export function badSetting(sheet: string, address: string, label: string, text: string): SheetFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_BAD_SETTING',
    where: at.cell(sheet, address),
    text: SHEET_MESSAGES.SHEET_BAD_SETTING({ address, label, text }),
  });
}

/** SHEET_ASSIGNED_DIFFERS: an assigned total of the settings block that differs from the plan's total of that source. */
export function assignedDiffers(
  sheet: string,
  address: string,
  source: 'nstw' | 'nsdp',
  assigned: Dec,
  planned: Dec,
): SheetFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_ASSIGNED_DIFFERS',
    where: at.cell(sheet, address),
    text: SHEET_MESSAGES.SHEET_ASSIGNED_DIFFERS({ address, source, assigned, planned }),
    expected: assigned,
    actual: planned,
    difference: planned.minus(assigned),
  });
}

/** SHEET_DATE_AMOUNT: an amount cell formatted as a date or time. */
export function dateAmount(cell: AmountCell, text: string, format: string): SheetFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_DATE_AMOUNT',
    where: amountWhere(cell),
    text: SHEET_MESSAGES.SHEET_DATE_AMOUNT({ ...cell, text, format }),
  });
}

/** PATCH_NO_CELL: an allocation part for an item that has no row on the sheet. */
export function noCellFor(code: string): SheetFinding {
  return finding({
    severity: 'error',
    code: 'PATCH_NO_CELL',
    where: at.item(code),
    text: SHEET_MESSAGES.PATCH_NO_CELL({ code }),
  });
}
