/**
 * Vietnamese words for whole numbers, as official documents spell amounts.
 *
 * Rules (they decide every ambiguous case; the tests pin each one):
 * - Digits: không, một, hai, ba, bốn, năm, sáu, bảy, tám, chín.
 * - Tens 10–19 are "mười …" (11 "mười một", 14 "mười bốn", 15 "mười lăm");
 *   from 20 on "X mươi …" (20 "hai mươi", 21 "hai mươi mốt", 24 "hai mươi tư", 25 "hai mươi lăm").
 * - "mốt" for 1 and "tư" for 4 only right after "mươi", in any group: 11 stays "mười một",
 *   14 "mười bốn", 104 "một trăm linh bốn", 4 "bốn". "lăm" for 5 after "mười" or "mươi";
 *   5 alone or after "linh" stays "năm".
 * - Inside a group that is spoken with its hundreds (it has hundreds, or it is not the
 *   leading group), a zero tens digit before a non-zero unit is "linh" (or "lẻ"):
 *   105 "một trăm linh năm", 1.005 "một nghìn không trăm linh năm".
 * - A group that is not the leading one is always spoken with its hundreds, even "không trăm":
 *   1.050 "một nghìn không trăm năm mươi". The leading group never says "không trăm" (50 "năm mươi").
 * - Groups that are zero are skipped entirely: 1.000.000 "một triệu", 1.000.005 "một triệu không trăm linh năm".
 * - Scales: nghìn, triệu, tỷ. Above a tỷ the number of tỷ is itself read as a number and
 *   followed by "tỷ", so the scales go on as nghìn tỷ, triệu tỷ, tỷ tỷ, nghìn tỷ tỷ …:
 *   10^12 "một nghìn tỷ", 10^15 "một triệu tỷ", 10^18 "một tỷ tỷ",
 *   1.001.000.000.000 "một nghìn không trăm linh một tỷ" (not "một nghìn tỷ một tỷ"),
 *   which is how people read such amounts aloud and works for any bigint.
 * - 0 is "không"; a negative number starts with "âm".
 */

import type { NumberWordsOptions } from './options';

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function digitWord(d: number): string {
  const word = DIGIT_WORDS[d];
  if (word === undefined) throw new RangeError(`not a decimal digit: ${d}`);
  return word;
}

/** The unit digit as said after "mươi" (21 "mốt", 24 "tư", 25 "lăm"). */
function unitAfterMuoi(d: number): string {
  switch (d) {
    case 1:
      return 'mốt';
    case 4:
      return 'tư';
    case 5:
      return 'lăm';
    default:
      return digitWord(d);
  }
}

/** The unit digit as said after "mười": only 5 changes (15 "mười lăm"); 11 and 14 keep "một", "bốn". */
function unitAfterMuoiTen(d: number): string {
  return d === 5 ? 'lăm' : digitWord(d);
}

/**
 * Words of one non-zero group of three digits (1–999).
 * `withHundreds` is true for every group after the leading one: those always say their hundreds.
 */
function groupWords(value: number, withHundreds: boolean, zeroTens: string): string[] {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor(value / 10) % 10;
  const units = value % 10;
  const words: string[] = [];
  const saysHundreds = withHundreds || hundreds > 0;
  if (saysHundreds) words.push(digitWord(hundreds), 'trăm');
  if (tens === 0) {
    if (units === 0) return words;
    // "linh" only bridges hundreds and units; a leading 5 is just "năm".
    if (saysHundreds) words.push(zeroTens);
    words.push(digitWord(units));
  } else if (tens === 1) {
    words.push('mười');
    if (units > 0) words.push(unitAfterMuoiTen(units));
  } else {
    words.push(digitWord(tens), 'mươi');
    if (units > 0) words.push(unitAfterMuoi(units));
  }
  return words;
}

const THOUSAND = 1000n;
const BILLION = 1_000_000_000n;

/**
 * Words of a non-zero chunk below one tỷ (three groups: triệu, nghìn, units).
 * `leading` is false when something bigger was already said, so every group says its hundreds.
 */
function chunkWords(value: bigint, leading: boolean, thousandWord: string, zeroTens: string): string[] {
  const groups: readonly [number, string | undefined][] = [
    [Number(value / 1_000_000n), 'triệu'],
    [Number((value / THOUSAND) % THOUSAND), thousandWord],
    [Number(value % THOUSAND), undefined],
  ];
  const words: string[] = [];
  let first = leading;
  for (const [group, scale] of groups) {
    if (group === 0) continue;
    words.push(...groupWords(group, !first, zeroTens));
    if (scale !== undefined) words.push(scale);
    first = false;
  }
  return words;
}

/**
 * Plain lower-case Vietnamese words of an integer: `1005n` → "một nghìn không trăm linh năm",
 * `-21n` → "âm hai mươi mốt", `0n` → "không". Works for any bigint (see the rules at the top of this file).
 *
 * @throws TypeError when `n` is not a bigint (a JavaScript caller passing a number), because a double
 * above 2^53 is no longer the amount the user typed.
 */
export function numberToWords(n: bigint, options: NumberWordsOptions = {}): string {
  if (typeof n !== 'bigint') throw new TypeError(`numberToWords() needs a bigint, got ${typeof n}`);
  if (n === 0n) return 'không';
  if (n < 0n) return `âm ${numberToWords(-n, options)}`;
  const zeroTens = options.zeroTens === 'le' ? 'lẻ' : 'linh';
  const thousandWord = options.thousand === 'ngan' ? 'ngàn' : 'nghìn';

  // Chunks of nine digits, most significant first: n = Σ chunk_i · 10^(9i).
  const chunks: bigint[] = [];
  for (let rest = n; rest > 0n; rest /= BILLION) chunks.unshift(rest % BILLION);

  const words: string[] = [];
  chunks.forEach((chunk, i) => {
    if (chunk > 0n) words.push(...chunkWords(chunk, words.length === 0, thousandWord, zeroTens));
    // Every chunk but the last multiplies what was said so far by a tỷ: "một tỷ tỷ" for 10^18.
    if (i < chunks.length - 1 && words.length > 0) words.push('tỷ');
  });
  return words.join(' ');
}
