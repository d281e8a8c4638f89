import type { Finding } from '../findings';
import type { Dec } from '../money/decimal';
import { formatEn, formatVi } from '../money/format';

/**
 * The allocation's findings, each with a stable code, a place (`total`, `step`, `lines`, `lines[2]`) and a
 * message in Vietnamese and English. Amounts are shown as in the plans (`15.555,25`) in Vietnamese and
 * en-US style in English. Lines are numbered from 1 in messages, as users count them.
 */

export type AllocationCode =
  | 'ALLOC_NOT_A_NUMBER'
  | 'ALLOC_STEP_NOT_POSITIVE'
  | 'ALLOC_TOTAL_NEGATIVE'
  | 'ALLOC_WEIGHT_NEGATIVE'
  | 'ALLOC_MIN_NEGATIVE'
  | 'ALLOC_MAX_NEGATIVE'
  | 'ALLOC_LOCKED_NEGATIVE'
  | 'ALLOC_MIN_ABOVE_MAX'
  | 'ALLOC_BOUNDS_BETWEEN_STEPS'
  | 'ALLOC_LOCKED_EXCEED_TOTAL'
  | 'ALLOC_TOTAL_NOT_MULTIPLE_OF_STEP'
  | 'ALLOC_EMPTY_LINES'
  | 'ALLOC_ALL_LOCKED'
  | 'ALLOC_MIN_SUM_EXCEEDS_TOTAL'
  | 'ALLOC_ALL_WEIGHTS_ZERO'
  | 'ALLOC_TOTAL_EXCEEDS_MAX_SUM'
  | 'ALLOC_LOCKED_OUTSIDE_BOUNDS'
  | 'ALLOC_LOCAL_LINES_LENGTH'
  | 'ALLOC_INTERNAL';

interface Amounts {
  expected?: Dec;
  actual?: Dec;
  difference?: Dec;
}

function make(
  severity: Finding['severity'],
  code: AllocationCode,
  where: string,
  vi: string,
  en: string,
  amounts: Amounts = {},
): Finding {
  return { severity, code, where, ...amounts, message_vi: vi, message_en: en };
}

const vi = (x: Dec): string => formatVi(x);
const en = (x: Dec): string => formatEn(x);

/** `lines[i]`, the place of line i (0-based). */
export const lineWhere = (i: number): string => `lines[${i}]`;

/** The fields of a line and of a request, named in both languages. */
export type Field = 'total' | 'step' | 'weight' | 'min' | 'max' | 'locked';

const FIELD_VI: Record<Field, string> = {
  total: 'số tiền cần phân bổ',
  step: 'bước làm tròn',
  weight: 'trọng số',
  min: 'mức tối thiểu',
  max: 'mức tối đa',
  locked: 'số cố định',
};
const FIELD_EN: Record<Field, string> = {
  total: 'the total to allocate',
  step: 'the rounding step',
  weight: 'the weight',
  min: 'the minimum',
  max: 'the maximum',
  locked: 'the locked amount',
};

function lineVi(line: number | undefined, text: string): string {
  return line === undefined ? text.charAt(0).toUpperCase() + text.slice(1) : `Dòng ${line + 1}: ${text}`;
}
function lineEn(line: number | undefined, text: string): string {
  return line === undefined ? text.charAt(0).toUpperCase() + text.slice(1) : `Line ${line + 1}: ${text}`;
}

export function notANumber(field: Field, line?: number): Finding {
  return make(
    'error',
    'ALLOC_NOT_A_NUMBER',
    line === undefined ? field : lineWhere(line),
    lineVi(line, `${FIELD_VI[field]} không phải là một số hữu hạn.`),
    lineEn(line, `${FIELD_EN[field]} is not a finite number.`),
  );
}

export function stepNotPositive(step: Dec): Finding {
  return make(
    'error',
    'ALLOC_STEP_NOT_POSITIVE',
    'step',
    `Bước làm tròn phải lớn hơn 0 (đang là ${vi(step)}).`,
    `The rounding step must be greater than 0 (it is ${en(step)}).`,
    { actual: step },
  );
}

const NEGATIVE_CODE = {
  total: 'ALLOC_TOTAL_NEGATIVE',
  weight: 'ALLOC_WEIGHT_NEGATIVE',
  min: 'ALLOC_MIN_NEGATIVE',
  max: 'ALLOC_MAX_NEGATIVE',
  locked: 'ALLOC_LOCKED_NEGATIVE',
} as const;

export function negative(field: keyof typeof NEGATIVE_CODE, value: Dec, line?: number): Finding {
  return make(
    'error',
    NEGATIVE_CODE[field],
    line === undefined ? field : lineWhere(line),
    lineVi(line, `${FIELD_VI[field]} ${vi(value)} là số âm; chỉ phân bổ được số không âm.`),
    lineEn(line, `${FIELD_EN[field]} ${en(value)} is negative; only non-negative amounts can be allocated.`),
    { actual: value },
  );
}

export function minAboveMax(line: number, min: Dec, max: Dec): Finding {
  return make(
    'error',
    'ALLOC_MIN_ABOVE_MAX',
    lineWhere(line),
    `Dòng ${line + 1}: mức tối thiểu ${vi(min)} lớn hơn mức tối đa ${vi(max)}.`,
    `Line ${line + 1}: the minimum ${en(min)} is greater than the maximum ${en(max)}.`,
    { expected: max, actual: min, difference: min.minus(max) },
  );
}

export function boundsBetweenSteps(line: number, min: Dec, max: Dec, step: Dec): Finding {
  return make(
    'error',
    'ALLOC_BOUNDS_BETWEEN_STEPS',
    lineWhere(line),
    `Dòng ${line + 1}: không có bội số nào của bước ${vi(step)} nằm giữa mức tối thiểu ${vi(min)} và mức tối đa ${vi(max)}.`,
    `Line ${line + 1}: no multiple of the step ${en(step)} lies between the minimum ${en(min)} and the maximum ${en(max)}.`,
  );
}

export function lockedExceedTotal(locked: Dec, total: Dec): Finding {
  return make(
    'error',
    'ALLOC_LOCKED_EXCEED_TOTAL',
    'total',
    `Tổng các số cố định ${vi(locked)} lớn hơn số tiền cần phân bổ ${vi(total)}.`,
    `The locked amounts add up to ${en(locked)}, more than the total to allocate ${en(total)}.`,
    { expected: total, actual: locked, difference: locked.minus(total) },
  );
}

export function notMultipleOfStep(total: Dec, locked: Dec, rest: Dec, step: Dec): Finding {
  const afterLocks = !locked.isZero();
  return make(
    'error',
    'ALLOC_TOTAL_NOT_MULTIPLE_OF_STEP',
    'total',
    afterLocks
      ? `Số còn lại sau các dòng cố định (${vi(total)} − ${vi(locked)} = ${vi(rest)}) không phải là bội số của bước ${vi(step)}.`
      : `Số tiền cần phân bổ ${vi(total)} không phải là bội số của bước ${vi(step)}.`,
    afterLocks
      ? `What remains after the locked lines (${en(total)} − ${en(locked)} = ${en(rest)}) is not a multiple of the step ${en(step)}.`
      : `The total to allocate ${en(total)} is not a multiple of the step ${en(step)}.`,
    { actual: rest },
  );
}

export function emptyLines(total: Dec): Finding {
  return make(
    'error',
    'ALLOC_EMPTY_LINES',
    'lines',
    `Không có dòng nào để nhận số tiền ${vi(total)}.`,
    `There are no lines to receive the total ${en(total)}.`,
    { actual: total },
  );
}

export function allLocked(rest: Dec): Finding {
  return make(
    'error',
    'ALLOC_ALL_LOCKED',
    'lines',
    `Mọi dòng đều đã cố định nhưng còn ${vi(rest)} chưa được phân bổ.`,
    `Every line is locked, but ${en(rest)} is left unallocated.`,
    { difference: rest },
  );
}

export function minSumExceedsTotal(minSum: Dec, rest: Dec, rounded: boolean): Finding {
  const noteVi = rounded ? ' (các mức tối thiểu đã làm tròn lên bội số của bước)' : '';
  const noteEn = rounded ? ' (minimums rounded up to multiples of the step)' : '';
  return make(
    'error',
    'ALLOC_MIN_SUM_EXCEEDS_TOTAL',
    'total',
    `Tổng các mức tối thiểu ${vi(minSum)} lớn hơn số cần phân bổ ${vi(rest)}${noteVi}.`,
    `The minimums add up to ${en(minSum)}, more than the amount to allocate ${en(rest)}${noteEn}.`,
    { expected: rest, actual: minSum, difference: minSum.minus(rest) },
  );
}

export function allWeightsZero(rest: Dec): Finding {
  return make(
    'error',
    'ALLOC_ALL_WEIGHTS_ZERO',
    'lines',
    `Mọi trọng số đều bằng 0 nên không chia được số còn lại ${vi(rest)}.`,
    `Every weight is zero, so the remaining ${en(rest)} cannot be divided.`,
    { difference: rest },
  );
}

export function totalExceedsMaxSum(
  rest: Dec,
  capacity: Dec,
  rounded: boolean,
  zeroWeights: boolean,
): Finding {
  const noteVi =
    (rounded ? ' (các mức tối đa đã làm tròn xuống bội số của bước)' : '') +
    (zeroWeights ? '; dòng có trọng số 0 chỉ nhận mức tối thiểu' : '');
  const noteEn =
    (rounded ? ' (maximums rounded down to multiples of the step)' : '') +
    (zeroWeights ? '; a line of weight zero only receives its minimum' : '');
  return make(
    'error',
    'ALLOC_TOTAL_EXCEEDS_MAX_SUM',
    'total',
    `Số cần phân bổ ${vi(rest)} lớn hơn tổng các mức tối đa ${vi(capacity)}${noteVi}.`,
    `The amount to allocate ${en(rest)} is more than the maximums add up to, ${en(capacity)}${noteEn}.`,
    { expected: capacity, actual: rest, difference: rest.minus(capacity) },
  );
}

export function lockedOutsideBounds(
  line: number,
  locked: Dec,
  min: Dec | undefined,
  max: Dec | undefined,
): Finding {
  const rangeVi = `${min === undefined ? '0' : vi(min)} – ${max === undefined ? '…' : vi(max)}`;
  const rangeEn = `${min === undefined ? '0' : en(min)} – ${max === undefined ? '…' : en(max)}`;
  return make(
    'warning',
    'ALLOC_LOCKED_OUTSIDE_BOUNDS',
    lineWhere(line),
    `Dòng ${line + 1}: số cố định ${vi(locked)} nằm ngoài khoảng tối thiểu – tối đa (${rangeVi}); số cố định được giữ nguyên.`,
    `Line ${line + 1}: the locked amount ${en(locked)} lies outside the minimum – maximum range (${rangeEn}); it is kept as locked.`,
    { actual: locked },
  );
}

export function localLinesLength(expected: number, actual: number): Finding {
  return make(
    'error',
    'ALLOC_LOCAL_LINES_LENGTH',
    'localLines',
    `Danh sách dòng của ngân sách địa phương có ${actual} dòng, trong khi ngân sách trung ương có ${expected} dòng.`,
    `The local budget's lines number ${actual}, the central budget's ${expected}.`,
  );
}

export function internalError(): Finding {
  return make(
    'error',
    'ALLOC_INTERNAL',
    'lines',
    'Lỗi nội bộ: không tìm được cách phân bổ thỏa mãn các giới hạn, dù kiểm tra ban đầu cho thấy là có. Xin báo lỗi này.',
    'Internal error: no allocation within the bounds was found although the checks said one exists. Please report it.',
  );
}
