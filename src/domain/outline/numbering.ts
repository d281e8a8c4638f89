/**
 * Row numbers as official tables write them: Roman numerals for Dự án (I, II, … VII), Arabic
 * for Tiểu dự án (1, 2, 3), letters of the Vietnamese alphabet for nội dung (a), b), … đ), e)),
 * and a dash for nội dung thành phần (each catalogue says which kind takes which style: Hợp phần I, II;
 * Nội dung 01, 02 in 2026–2035); and the section text's heading numbers (1., 1.2.).
 */
import type { TableNumbering } from '../catalogue';

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 4 → "IV". */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** The letters Vietnamese documents number items with (no f, j, w, z; đ after d). */
export const VI_LETTERS: readonly string[] = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

/** The n-th (1-based) nội dung letter: 1 → "a", 5 → "đ"; past "y" the round is added: 24 → "a2". */
export function letterOf(n: number): string {
  const i = n - 1;
  const letter = VI_LETTERS[i % VI_LETTERS.length] ?? 'a';
  const round = Math.floor(i / VI_LETTERS.length);
  return round === 0 ? letter : `${letter}${round + 1}`;
}

/** How each numbering style writes the n-th row; a new style must say how (the record is total). */
const TABLE_STYLE: Readonly<Record<TableNumbering, (n: number) => string>> = {
  // A number no Roman numeral writes (0 in a loaded catalogue) stays Arabic rather than failing the outline.
  roman: (n) => (Number.isInteger(n) && n >= 1 && n <= 3999 ? roman(n) : String(n)),
  arabic: (n) => String(n),
  letter: (n) => `${letterOf(n)})`,
  dash: () => '-',
  'two-digit': (n) => String(n).padStart(2, '0'),
};

/** The STT of the `n`-th row of a style: ('roman', 4) → "IV", ('arabic', 1) → "1", ('letter', 2) → "b)". */
export function tableNumber(style: TableNumbering, n: number): string {
  return TABLE_STYLE[style](n);
}

/** The section heading number below `parent` ("" at the top): ("", 2) → "2.", ("2.", 1) → "2.1.". */
export function sectionNumber(parent: string, position: number): string {
  return `${parent}${position}.`;
}
