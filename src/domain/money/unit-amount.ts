/**
 * Amounts written with their unit words, as people type them in an argument: `1,5 tỷ`, `500 nghìn`,
 * `2.000.000 đồng`, and compound amounts read whole: `1 tỷ 005 triệu đồng`, `16 tỷ 274 triệu`.
 * A unit word that is not known is refused, never dropped; ratios (`5%`) have their own reader.
 */
import { Dec } from './decimal';
import { fail, ok, type Result, type Text, type Where } from '../findings';
import { parseAmount } from './parse';
import { resolveLocale, type TypedLocale } from './typed-amount';
import type { MoneyUnit } from './units';

/** Why a text with unit words is not an amount in the caller's unit. */
export type UnitAmountCode =
  'AMOUNT_UNKNOWN_UNIT' | 'AMOUNT_BAD_COMPOUND' | 'RATIO_WITH_MONEY_UNIT' | 'RATIO_NEGATIVE';

/** A written unit word and how many đồng it stands for. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  tỷ: '1000000000',
  tỉ: '1000000000',
  ty: '1000000000',
  triệu: '1000000',
  trieu: '1000000',
  tr: '1000000',
  nghìn: '1000',
  ngàn: '1000',
  nghin: '1000',
  ngan: '1000',
  đồng: '1',
  dong: '1',
  đ: '1',
  vnd: '1',
};

const DONG_WORDS = new Set(['đồng', 'dong', 'đ', 'vnd']);

const DONG_PER: Record<MoneyUnit, string> = { dong: '1', trieu_dong: '1000000', ty_dong: '1000000000' };

/** One figure and the words written after it, up to the next figure. */
interface Piece {
  readonly figure: string;
  readonly words: string;
  /** True when a word follows the figure with no space ("1e21"). */
  readonly attached: boolean;
}

/** A figure (digits, separators, thousands grouped by single spaces) then the words after it. */
const PIECE = /([+\-−]?\d[\d.,]*(?: \d{3}(?![\d.,]))*)(\s*)([^\d+\-−]*)/y;

function pieces(text: string): Piece[] | undefined {
  const out: Piece[] = [];
  PIECE.lastIndex = 0;
  while (PIECE.lastIndex < text.length) {
    const start = PIECE.lastIndex;
    const m = PIECE.exec(text);
    if (m === null || PIECE.lastIndex === start) return undefined;
    const words = (m[3] ?? '').trim().replace(/\.$/, '');
    out.push({ figure: m[1] ?? '', words, attached: m[2] === '' && words !== '' });
  }
  return out;
}

/** The đồng a piece's words stand for, `1` for none, or the unknown word. */
function wordsFactor(words: string): { factor?: Dec; unknown?: string; dong: boolean } {
  if (words === '') return { dong: false };
  const parts = words.split(/\s+/);
  const [first = '', ...rest] = parts;
  const f = UNIT_WORDS[first];
  if (f === undefined) return { unknown: first, dong: false };
  if (rest.length === 0) return { factor: new Dec(f), dong: DONG_WORDS.has(first) };
  if (rest.length === 1 && DONG_WORDS.has(rest[0] ?? '') && !DONG_WORDS.has(first)) {
    return { factor: new Dec(f), dong: true };
  }
  return {
    unknown: DONG_WORDS.has(first)
      ? (rest[0] ?? '')
      : (rest.find((w) => !DONG_WORDS.has(w)) ?? rest[0] ?? ''),
    dong: false,
  };
}

const UNKNOWN = (input: string, word: string): Text => ({
  vi: `"${input}": không hiểu đơn vị "${word}" (dùng tỷ, triệu, nghìn/ngàn hoặc đồng).`,
  en: `"${input}": unknown unit "${word}" (use tỷ, triệu, nghìn/ngàn or đồng).`,
});

const BAD_COMPOUND = (input: string): Text => ({
  vi: `"${input}" không phải một số tiền ghép hợp lệ (ví dụ 1 tỷ 005 triệu đồng: mỗi số kèm đơn vị, đơn vị giảm dần, phần sau nhỏ hơn một đơn vị phía trước).`,
  en: `"${input}" is not a valid compound amount (e.g. 1 tỷ 005 triệu đồng: each figure with its unit, units decreasing, each part below one of the preceding unit).`,
});

/**
 * Reads an amount with an optional unit (`1,5 tỷ`, `500 ngàn`, `2.000.000 đồng`) or a compound
 * amount (`1 tỷ 005 triệu đồng`) and converts it exactly to `target`. A bare figure is in `target`.
 */
export function readAmountWithUnit(
  input: string,
  target: MoneyUnit,
  locale: TypedLocale,
  where: Where,
): Result<Dec> {
  const text = input
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim()
    .toLowerCase();
  const list = text === '' ? [] : pieces(text);
  const figureOf = (figure: string): Result<Dec> => {
    const r = parseAmount(figure, resolveLocale(figure, locale));
    return r.ok ? ok(r.value.value) : { ok: false, error: { ...r.error, where } };
  };
  if (list === undefined || list.length === 0) {
    // Leave the wording to the figure reader (empty, not a number…).
    const r = figureOf(input);
    return r.ok ? fail('AMOUNT_BAD_COMPOUND', BAD_COMPOUND(input.trim()), where) : r;
  }
  let total = new Dec(0);
  let previous: Dec | undefined;
  for (const [i, piece] of list.entries()) {
    const w = wordsFactor(piece.words);
    if (w.unknown !== undefined && piece.attached) {
      // "1e21", "12abc": not a figure and a unit word but no amount at all.
      const whole = figureOf(input);
      if (!whole.ok) return whole;
    }
    if (w.unknown !== undefined) return fail('AMOUNT_UNKNOWN_UNIT', UNKNOWN(input.trim(), w.unknown), where);
    const last = i === list.length - 1;
    if (list.length > 1) {
      const signed = /^[+\-−]/.test(piece.figure) && i > 0;
      const unitless = w.factor === undefined;
      const dongInside = w.dong && !last;
      const increasing = previous !== undefined && w.factor !== undefined && !w.factor.lessThan(previous);
      if (signed || unitless || dongInside || increasing) {
        return fail('AMOUNT_BAD_COMPOUND', BAD_COMPOUND(input.trim()), where);
      }
    }
    const figure = figureOf(piece.figure);
    if (!figure.ok) return figure;
    const factor = w.factor ?? new Dec(DONG_PER[target]);
    if (previous !== undefined && !figure.value.times(factor).lessThan(previous)) {
      return fail('AMOUNT_BAD_COMPOUND', BAD_COMPOUND(input.trim()), where);
    }
    total = total.plus(figure.value.abs().times(factor));
    previous = factor;
  }
  const negative = /^[-−]/.test(list[0]?.figure ?? '');
  const value = total.dividedBy(DONG_PER[target]);
  return ok(negative ? value.negated() : value);
}

const RATIO_UNIT = (input: string): Text => ({
  vi: `"${input}" là một tỷ lệ, không ghi đơn vị tiền; hãy ghi 0,5 hoặc 50%.`,
  en: `"${input}" is a ratio and takes no money unit; write 0.5 or 50%.`,
});

/**
 * Reads a ratio: a plain figure (`0,05`) or a percentage (`5%` = 0.05). A money unit is refused, and
 * so is a negative ratio.
 */
export function readRatio(input: string, locale: TypedLocale, where: Where): Result<Dec> {
  const text = input
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
  const percent = /\s*%$/.exec(text);
  const figure = percent ? text.slice(0, percent.index).trim() : text;
  const r = parseAmount(figure, resolveLocale(figure, locale));
  if (!r.ok) {
    if (r.error.code === 'AMOUNT_NOT_A_NUMBER' && /[^\d\s.,+\-−%]/.test(figure)) {
      return fail('RATIO_WITH_MONEY_UNIT', RATIO_UNIT(text), where);
    }
    return { ok: false, error: { ...r.error, where } };
  }
  if (r.value.unit !== undefined) return fail('RATIO_WITH_MONEY_UNIT', RATIO_UNIT(text), where);
  const value = percent ? r.value.value.dividedBy(100) : r.value.value;
  if (value.isNegative() && !value.isZero()) {
    return fail(
      'RATIO_NEGATIVE',
      { vi: `"${text}": tỷ lệ không được âm.`, en: `"${text}": a ratio cannot be negative.` },
      where,
    );
  }
  return ok(value);
}
