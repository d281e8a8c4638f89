import type { Dec } from '../../domain/money/decimal';
import { formatEn, formatVi } from '../../domain/money/format';
import { placeEn, placeVi, type Place } from './place';
import { fnError, type FnError } from './result';

/**
 * Every failure message of the GNBV functions, Vietnamese first (shown in the cell's error tooltip)
 * with English alongside. Each names the argument, and for a range the cell, so a user knows what to fix.
 */

const vi = (x: Dec): string => formatVi(x);
const en = (x: Dec): string => formatEn(x);

export function empty(p: Place): FnError {
  return fnError('value', `${placeVi(p)} bị bỏ trống.`, `${placeEn(p)} is empty.`);
}

export function logical(p: Place, b: boolean): FnError {
  const shown = b ? 'TRUE' : 'FALSE';
  return fnError(
    'value',
    `${placeVi(p)} không phải là số (đang là giá trị logic ${shown}).`,
    `${placeEn(p)} is not a number (it is the logical value ${shown}).`,
  );
}

/** An input cell that holds an Excel error; #N/A stays #N/A so a missing look-up shows as missing. */
export function errorValue(p: Place, code: string): FnError {
  return fnError(
    code === '#N/A' ? 'na' : 'value',
    `${placeVi(p)} không phải là số (ô đang báo lỗi ${code}).`,
    `${placeEn(p)} is not a number (the cell shows the error ${code}).`,
  );
}

export function notNumber(p: Place, detailVi?: string, detailEn?: string): FnError {
  return fnError(
    'value',
    `${placeVi(p)} không phải là số${detailVi ? `: ${detailVi}` : '.'}`,
    `${placeEn(p)} is not a number${detailEn ? `: ${detailEn}` : '.'}`,
  );
}

export function notFinite(p: Place): FnError {
  return fnError('num', `${placeVi(p)} không phải là số hữu hạn.`, `${placeEn(p)} is not a finite number.`);
}

export function ambiguous(p: Place, text: string): FnError {
  return fnError(
    'value',
    `${placeVi(p)} ghi "${text}", đọc được hai cách (số nguyên hoặc số thập phân); nếu là số nguyên hãy viết không có dấu phẩy, nếu là số thập phân hãy nhập vào ô dạng số.`,
    `${placeEn(p)} holds "${text}", which reads two ways (a whole number or a decimal); write a whole number without the comma, or enter a decimal as a number cell.`,
  );
}

export function negative(p: Place, value: Dec): FnError {
  return fnError(
    'num',
    `${placeVi(p)} là số âm (${vi(value)}); số tiền và tỷ lệ phải không âm.`,
    `${placeEn(p)} is negative (${en(value)}); amounts and ratios must not be negative.`,
  );
}

export function stepNotPositive(arg: string, step: Dec): FnError {
  return fnError(
    'num',
    `${arg}: bước làm tròn phải lớn hơn 0 (đang là ${vi(step)}).`,
    `${arg}: the rounding step must be greater than 0 (it is ${en(step)}).`,
  );
}

export function noValues(arg: string): FnError {
  return fnError('value', `${arg}: không có ô nào có số.`, `${arg}: no cell holds a number.`);
}

export function blankInside(arg: string, cell: number): FnError {
  return fnError(
    'value',
    `${arg}: ô thứ ${cell} bị bỏ trống; hãy ghi 0 nếu dòng này không nhận kinh phí.`,
    `${arg}: cell ${cell} is empty; write 0 if this line receives nothing.`,
  );
}

/** Two ranges that must line up do not; `oneAllowed` adds that a single cell applies to every line. */
export function sizeMismatch(
  arg: string,
  size: number,
  other: string,
  otherSize: number,
  oneAllowed: boolean,
): FnError {
  const hintVi = oneAllowed ? ` (hoặc chỉ một ô, dùng chung cho mọi dòng)` : '';
  const hintEn = oneAllowed ? ` (or a single cell, used for every line)` : '';
  return fnError(
    'value',
    `${arg} có ${size} ô, trong khi ${other} có ${otherSize} ô; hai vùng phải có cùng số ô${hintVi}.`,
    `${arg} has ${size} cells while ${other} has ${otherSize}; both ranges must have as many cells${hintEn}.`,
  );
}

export function boundWithoutWeight(arg: string, cell: number, weights: string): FnError {
  return fnError(
    'value',
    `${arg}: ô thứ ${cell} có số nhưng ô thứ ${cell} của ${weights} bị bỏ trống.`,
    `${arg}: cell ${cell} holds a number but cell ${cell} of ${weights} is empty.`,
  );
}

/** A result that a cell, holding a double shown with 15 significant digits, could not show exactly. */
export function notCellExact(what: string, whatEn: string, value: Dec): FnError {
  return fnError(
    'num',
    `${what} = ${vi(value)} có quá 15 chữ số có nghĩa nên ô Excel không ghi được chính xác; hãy dùng đơn vị tính lớn hơn hoặc bước làm tròn lớn hơn.`,
    `${whatEn} = ${en(value)} has more than 15 significant digits, so an Excel cell cannot hold it exactly; use a larger unit or a larger rounding step.`,
  );
}

export function notSingle(arg: string): FnError {
  return fnError(
    'value',
    `${arg}: phải là một ô, không phải một vùng.`,
    `${arg}: must be one cell, not a range.`,
  );
}
