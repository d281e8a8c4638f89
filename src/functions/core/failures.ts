/**
 * The failures of the GNBV functions: an Excel error kind, a code and the text from
 * {@link FUNCTION_MESSAGES}. Unreadable input is #VALUE! (an input cell showing #N/A stays #N/A);
 * readable but impossible figures are #NUM!.
 */
import type { Text } from '../../domain/findings';
import type { Dec } from '../../domain/money/decimal';
import type { MoneyUnit } from '../../domain/money/units';
import { FUNCTION_MESSAGES as M, type Shown } from './messages';
import type { Place } from './place';
import { fnError, type FnError } from './result';

export const empty = (place: Place): FnError => fnError('value', 'FN_EMPTY', M.FN_EMPTY({ place }));

export const logical = (place: Place, value: boolean): FnError =>
  fnError('value', 'FN_LOGICAL', M.FN_LOGICAL({ place, value }));

/** An input cell that holds an Excel error; #N/A stays #N/A so a missing look-up shows as missing. */
export const errorValue = (place: Place, code: string): FnError =>
  fnError(code === '#N/A' ? 'na' : 'value', 'FN_ERROR_VALUE', M.FN_ERROR_VALUE({ place, code }));

export const notNumber = (place: Place, detail?: Text): FnError =>
  fnError('value', 'FN_NOT_A_NUMBER', M.FN_NOT_A_NUMBER({ place, detail }));

export const notFinite = (place: Place): FnError =>
  fnError('num', 'FN_NOT_FINITE', M.FN_NOT_FINITE({ place }));

export const ambiguous = (place: Place, text: string): FnError =>
  fnError('value', 'FN_AMBIGUOUS', M.FN_AMBIGUOUS({ place, text }));

/** The text of a cell written with its unit; a reason inside {@link notNumber}. */
export const textWithUnit = (text: string, unit: MoneyUnit): Text => M.FN_TEXT_WITH_UNIT({ text, unit });

export const notSingle = (arg: string): FnError =>
  fnError('value', 'FN_NOT_SINGLE', M.FN_NOT_SINGLE({ arg }));

export const negative = (place: Place, value: Dec): FnError =>
  fnError('num', 'FN_NEGATIVE', M.FN_NEGATIVE({ place, value }));

export const stepNotPositive = (arg: string, step: Dec): FnError =>
  fnError('num', 'FN_STEP_NOT_POSITIVE', M.FN_STEP_NOT_POSITIVE({ arg, step }));

export const noValues = (arg: string): FnError => fnError('value', 'FN_NO_VALUES', M.FN_NO_VALUES({ arg }));

export const blankInside = (arg: string, cell: number): FnError =>
  fnError('value', 'FN_BLANK_INSIDE', M.FN_BLANK_INSIDE({ arg, cell }));

/** Two ranges that must line up do not; `oneAllowed` adds that a single cell applies to every line. */
export const sizeMismatch = (
  arg: string,
  size: number,
  other: string,
  otherSize: number,
  oneAllowed: boolean,
): FnError =>
  fnError('value', 'FN_SIZE_MISMATCH', M.FN_SIZE_MISMATCH({ arg, size, other, otherSize, oneAllowed }));

export const boundWithoutWeight = (arg: string, cell: number, weights: string): FnError =>
  fnError('value', 'FN_BOUND_WITHOUT_WEIGHT', M.FN_BOUND_WITHOUT_WEIGHT({ arg, cell, weights }));

/** A result a cell could not show exactly; `what` names the figure ("phần thứ 2" / "part 2"). */
export const notCellExact = (what: Text, value: Dec): FnError =>
  fnError('num', 'FN_NOT_CELL_EXACT', M.FN_NOT_CELL_EXACT({ what, value }));

/** An allocation that cannot be made: the request was readable, so what failed is the arithmetic. */
export const allocation = (reasons: readonly { arg: string; text: Text }[]): FnError =>
  fnError('num', 'FN_ALLOCATION', M.FN_ALLOCATION({ reasons }));

export const badUnit = (shown: Shown): FnError => fnError('value', 'FN_BAD_UNIT', M.FN_BAD_UNIT({ shown }));

export const words = (reason: Text): FnError => fnError('num', 'FN_WORDS', M.FN_WORDS({ reason }));

export const allEmpty = (): FnError => fnError('value', 'FN_ALL_EMPTY', M.FN_ALL_EMPTY());

export const badStyle = (shown: Shown): FnError =>
  fnError('value', 'FN_BAD_STYLE', M.FN_BAD_STYLE({ shown }));

export const totalMismatch = (total: Dec, sources: Dec): FnError =>
  fnError('num', 'FN_TOTAL_MISMATCH', M.FN_TOTAL_MISMATCH({ total, sources }));

export const badDecimals = (decimals: Dec, max: number): FnError =>
  fnError('value', 'FN_BAD_DECIMALS', M.FN_BAD_DECIMALS({ decimals, max }));

export const wouldRound = (amount: Dec, has: number, wanted: number): FnError =>
  fnError('num', 'FN_WOULD_ROUND', M.FN_WOULD_ROUND({ amount, has, wanted }));

/** Recipients the criteria table cannot score (an unknown category, a bad quantity, an unknown table). */
export const criteria = (reasons: readonly { arg: string; text: Text }[]): FnError =>
  fnError('value', 'FN_CRITERIA', M.FN_CRITERIA({ reasons }));

/** Quantity columns that cannot be matched to the table's per-unit criteria without `tieu_chi`. */
export const criteriaColumns = (columns: number, ids: readonly string[]): FnError =>
  fnError('value', 'FN_CRITERIA_COLUMNS', M.FN_CRITERIA_COLUMNS({ columns, ids }));
