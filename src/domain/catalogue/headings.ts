/**
 * How documents write the heading of a catalogue's row, from the catalogue's own kind words: "Hợp
 * phần thứ nhất", "HỢP PHẦN 1", "Hợp phần II", "Nội dung thành phần 2: …", "NDTP 3", "Nội dung 01 –
 * …", "Dự án 4: …". Pure and generic: a catalogue's kinds say which words there are, so a new
 * catalogue needs no new pattern here.
 */
import { kindLevel, kindStyle, kindsOf, ORDINAL_WORDS } from './kinds';
import type { Catalogue, EntryKind } from './types';

/** "nhất" → 1 … "mười" → 10, and the plain "một", "bốn" some documents write instead. */
const ORDINAL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...ORDINAL_WORDS.map((w, i): [string, number] => [w, i + 1]),
  ['một', 1],
  ['bốn', 4],
]);

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** "IV" → 4; undefined for anything that is not an upper-case Roman number up to 89. */
export function romanNumber(text: string): number | undefined {
  if (!/^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/.test(text)) return undefined;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUES[text[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n > 0 ? n : undefined;
}

/** A heading's number as written: "thứ nhất" → 1, "THỨ HAI" → 2, "số 3" → 3, "01" → 1, "II" → 2. */
export function headingNumber(written: string): number | undefined {
  const text = written.normalize('NFC').trim().replace(/\s+/g, ' ');
  const ordinal = /^thứ (\p{L}+)$/iu.exec(text);
  if (ordinal) return ORDINAL_NUMBERS.get((ordinal[1] ?? '').toLowerCase());
  const digits = /^(?:số )?(\d{1,2})$/iu.exec(text);
  if (digits) return Number(digits[1]);
  return romanNumber(text);
}

/** One kind's word as a pattern matching at the start of a text. */
export interface KindWord {
  readonly kind: EntryKind;
  /** Its level in the catalogue (the level of its entries, else its style's). */
  readonly level: number;
  /** Matches `<word> <number>` at the start; group 1 is the number as written. */
  readonly re: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The written number after a kind's word: an ordinal, "số n", one or two digits, or a Roman number. */
const NUMBER = String.raw`(thứ\s+\p{L}+|(?:số\s+)?\d{1,2}|[IVXL]{1,6})(?![\p{L}\d])`;

/**
 * The words of the kinds a catalogue's entries use, longest first (so "Nội dung thành phần" is tried
 * before "Nội dung"), each with its short forms ("NDTP").
 */
export function kindWords(catalogue: Catalogue): KindWord[] {
  const out: { word: KindWord; length: number }[] = [];
  for (const kind of kindsOf(catalogue)) {
    const { word, short } = kindStyle(catalogue, kind);
    for (const form of short === undefined ? [word] : [word, short]) {
      const re = new RegExp(`^${escape(form).replace(/ /g, '\\s+')}\\s*${NUMBER}`, 'iu');
      out.push({ word: { kind, level: kindLevel(catalogue, kind), re }, length: form.length });
    }
  }
  return out.sort((a, b) => b.length - a.length).map((w) => w.word);
}

/** A kind's word and number at the start of a text. */
export interface KindWordMatch {
  readonly kind: EntryKind;
  readonly level: number;
  readonly number: number;
  /** How many characters the word and number take. */
  readonly length: number;
}

/**
 * The kind word and number `text` starts with, or undefined. A Roman number counts only in capitals
 * ("Hợp phần II", not "Nội dung v…"), and "Nội dung 1" is not read where "Nội dung thành phần 1" is.
 */
export function matchKindWord(text: string, words: readonly KindWord[]): KindWordMatch | undefined {
  for (const w of words) {
    const m = w.re.exec(text);
    if (!m) continue;
    const number = headingNumber(m[1] ?? '');
    if (number === undefined || number === 0) continue;
    return { kind: w.kind, level: w.level, number, length: m[0].length };
  }
  return undefined;
}
