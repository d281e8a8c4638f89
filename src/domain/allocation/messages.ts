/**
 * The allocation's messages, in Vietnamese and English. Amounts are shown as in the plans
 * (`15.555,25`) in Vietnamese and en-US style in English. Lines are numbered from 1 in messages, as
 * users count them (`line` arguments are 0-based).
 */
import type { MessageCatalogue, Text } from '../findings';
import type { Dec } from '../money/decimal';
import { formatEn, formatVi } from '../money/format';

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

/** The fields of a line and of a request, named in both languages. */
export type Field = 'total' | 'step' | 'weight' | 'min' | 'max' | 'locked';

/** The two sources of a two-source allocation. */
export type Source = 'central' | 'local';

const vi = (x: Dec): string => formatVi(x);
const en = (x: Dec): string => formatEn(x);

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

const SOURCE: Record<Source, Text> = {
  central: { vi: 'Ngân sách trung ương', en: 'Central budget' },
  local: { vi: 'Ngân sách địa phương', en: 'Local budget' },
};

/** "Dòng 2: text" for a line, else the text as a sentence. */
function onLine(line: number | undefined, text: Text): Text {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return line === undefined
    ? { vi: cap(text.vi), en: cap(text.en) }
    : { vi: `Dòng ${line + 1}: ${text.vi}`, en: `Line ${line + 1}: ${text.en}` };
}

function negative(field: Field, value: Dec, line?: number): Text {
  return onLine(line, {
    vi: `${FIELD_VI[field]} ${vi(value)} là số âm; chỉ phân bổ được số không âm.`,
    en: `${FIELD_EN[field]} ${en(value)} is negative; only non-negative amounts can be allocated.`,
  });
}

/** A value and, for a line's field, the line (0-based). */
interface Value {
  value: Dec;
  line?: number;
}

/** The texts of {@link AllocationCode}, by code. */
export const ALLOCATION_MESSAGES = {
  ALLOC_NOT_A_NUMBER: ({ field, line }: { field: Field; line?: number }): Text =>
    onLine(line, {
      vi: `${FIELD_VI[field]} không phải là một số hữu hạn.`,
      en: `${FIELD_EN[field]} is not a finite number.`,
    }),
  ALLOC_STEP_NOT_POSITIVE: ({ step }: { step: Dec }): Text => ({
    vi: `Bước làm tròn phải lớn hơn 0 (đang là ${vi(step)}).`,
    en: `The rounding step must be greater than 0 (it is ${en(step)}).`,
  }),
  ALLOC_TOTAL_NEGATIVE: ({ value }: { value: Dec }): Text => negative('total', value),
  ALLOC_WEIGHT_NEGATIVE: ({ value, line }: Value): Text => negative('weight', value, line),
  ALLOC_MIN_NEGATIVE: ({ value, line }: Value): Text => negative('min', value, line),
  ALLOC_MAX_NEGATIVE: ({ value, line }: Value): Text => negative('max', value, line),
  ALLOC_LOCKED_NEGATIVE: ({ value, line }: Value): Text => negative('locked', value, line),
  ALLOC_MIN_ABOVE_MAX: ({ line, min, max }: { line: number; min: Dec; max: Dec }): Text => ({
    vi: `Dòng ${line + 1}: mức tối thiểu ${vi(min)} lớn hơn mức tối đa ${vi(max)}.`,
    en: `Line ${line + 1}: the minimum ${en(min)} is greater than the maximum ${en(max)}.`,
  }),
  ALLOC_BOUNDS_BETWEEN_STEPS: (a: { line: number; min: Dec; max: Dec; step: Dec }): Text => ({
    vi: `Dòng ${a.line + 1}: không có bội số nào của bước ${vi(a.step)} nằm giữa mức tối thiểu ${vi(a.min)} và mức tối đa ${vi(a.max)}.`,
    en: `Line ${a.line + 1}: no multiple of the step ${en(a.step)} lies between the minimum ${en(a.min)} and the maximum ${en(a.max)}.`,
  }),
  ALLOC_LOCKED_EXCEED_TOTAL: ({ locked, total }: { locked: Dec; total: Dec }): Text => ({
    vi: `Tổng các số cố định ${vi(locked)} lớn hơn số tiền cần phân bổ ${vi(total)}.`,
    en: `The locked amounts add up to ${en(locked)}, more than the total to allocate ${en(total)}.`,
  }),
  /** `rest` is `total − locked`, what the free lines share. */
  ALLOC_TOTAL_NOT_MULTIPLE_OF_STEP: (a: { total: Dec; locked: Dec; rest: Dec; step: Dec }): Text =>
    a.locked.isZero()
      ? {
          vi: `Số tiền cần phân bổ ${vi(a.total)} không phải là bội số của bước ${vi(a.step)}.`,
          en: `The total to allocate ${en(a.total)} is not a multiple of the step ${en(a.step)}.`,
        }
      : {
          vi: `Số còn lại sau các dòng cố định (${vi(a.total)} − ${vi(a.locked)} = ${vi(a.rest)}) không phải là bội số của bước ${vi(a.step)}.`,
          en: `What remains after the locked lines (${en(a.total)} − ${en(a.locked)} = ${en(a.rest)}) is not a multiple of the step ${en(a.step)}.`,
        },
  ALLOC_EMPTY_LINES: ({ total }: { total: Dec }): Text => ({
    vi: `Không có dòng nào để nhận số tiền ${vi(total)}.`,
    en: `There are no lines to receive the total ${en(total)}.`,
  }),
  ALLOC_ALL_LOCKED: ({ rest }: { rest: Dec }): Text => ({
    vi: `Mọi dòng đều đã cố định nhưng còn ${vi(rest)} chưa được phân bổ.`,
    en: `Every line is locked, but ${en(rest)} is left unallocated.`,
  }),
  /** `rounded`: the minimums were rounded up to the step. */
  ALLOC_MIN_SUM_EXCEEDS_TOTAL: (a: { minSum: Dec; rest: Dec; rounded: boolean }): Text => ({
    vi: `Tổng các mức tối thiểu ${vi(a.minSum)} lớn hơn số cần phân bổ ${vi(a.rest)}${a.rounded ? ' (các mức tối thiểu đã làm tròn lên bội số của bước)' : ''}.`,
    en: `The minimums add up to ${en(a.minSum)}, more than the amount to allocate ${en(a.rest)}${a.rounded ? ' (minimums rounded up to multiples of the step)' : ''}.`,
  }),
  ALLOC_ALL_WEIGHTS_ZERO: ({ rest }: { rest: Dec }): Text => ({
    vi: `Mọi trọng số đều bằng 0 nên không chia được số còn lại ${vi(rest)}.`,
    en: `Every weight is zero, so the remaining ${en(rest)} cannot be divided.`,
  }),
  /** `rounded`: the maximums were rounded down to the step; `zeroWeights`: some line has weight 0. */
  ALLOC_TOTAL_EXCEEDS_MAX_SUM: (a: {
    rest: Dec;
    capacity: Dec;
    rounded: boolean;
    zeroWeights: boolean;
  }): Text => {
    const noteVi =
      (a.rounded ? ' (các mức tối đa đã làm tròn xuống bội số của bước)' : '') +
      (a.zeroWeights ? '; dòng có trọng số 0 chỉ nhận mức tối thiểu' : '');
    const noteEn =
      (a.rounded ? ' (maximums rounded down to multiples of the step)' : '') +
      (a.zeroWeights ? '; a line of weight zero only receives its minimum' : '');
    return {
      vi: `Số cần phân bổ ${vi(a.rest)} lớn hơn tổng các mức tối đa ${vi(a.capacity)}${noteVi}.`,
      en: `The amount to allocate ${en(a.rest)} is more than the maximums add up to, ${en(a.capacity)}${noteEn}.`,
    };
  },
  ALLOC_LOCKED_OUTSIDE_BOUNDS: (a: { line: number; locked: Dec; min?: Dec; max?: Dec }): Text => {
    const range = (f: (x: Dec) => string) =>
      `${a.min === undefined ? '0' : f(a.min)} – ${a.max === undefined ? '…' : f(a.max)}`;
    return {
      vi: `Dòng ${a.line + 1}: số cố định ${vi(a.locked)} nằm ngoài khoảng tối thiểu – tối đa (${range(vi)}); số cố định được giữ nguyên.`,
      en: `Line ${a.line + 1}: the locked amount ${en(a.locked)} lies outside the minimum – maximum range (${range(en)}); it is kept as locked.`,
    };
  },
  ALLOC_LOCAL_LINES_LENGTH: ({ expected, actual }: { expected: number; actual: number }): Text => ({
    vi: `Danh sách dòng của ngân sách địa phương có ${actual} dòng, trong khi ngân sách trung ương có ${expected} dòng.`,
    en: `The local budget's lines number ${actual}, the central budget's ${expected}.`,
  }),
  ALLOC_INTERNAL: (): Text => ({
    vi: 'Lỗi nội bộ: không tìm được cách phân bổ thỏa mãn các giới hạn, dù kiểm tra ban đầu cho thấy là có. Xin báo lỗi này.',
    en: 'Internal error: no allocation within the bounds was found although the checks said one exists. Please report it.',
  }),
} satisfies MessageCatalogue<AllocationCode>;

/**
 * A finding's text in a two-source allocation: "Ngân sách trung ương: …". "Dòng 2: …" stays
 * capitalised; a sentence that starts with a common word continues in lower case.
 */
export function inSource(source: Source, text: Text): Text {
  const lower = (s: string) => (/^(Dòng|Line) \d/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
  return { vi: `${SOURCE[source].vi}: ${lower(text.vi)}`, en: `${SOURCE[source].en}: ${lower(text.en)}` };
}
