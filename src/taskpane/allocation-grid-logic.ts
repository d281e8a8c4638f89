/**
 * The allocation grid's pure logic: short row labels, the search filter, weight checks that name the
 * row, exact totals and differences, and engine messages re-worded to name rows instead of "Dòng 2".
 */
import { typedFigure } from '../app/allocate-settings';
import type { Text } from '../domain/findings';
import { dec, formatVi, sum, type Dec } from '../domain/money';
import { readTypedAmount } from '../domain/money/typed-amount';
import type { AllocationPreviewRow, AllocationRow, NumberLocale } from './controller-types';

/** The row's name without its "Tiểu dự án 1 (Dự án 4): " prefix. */
export function rowName(row: Pick<AllocationRow, 'label'>): string {
  const cut = row.label.indexOf(': ');
  return cut < 0 ? row.label : row.label.slice(cut + 2);
}

/** Longest name shown in a grid line; the full label is in the tooltip. */
const SHORT_NAME_CHARS = 28;

/** "DA4.1 Phát triển giáo dục nghề…": the code and the name cut at a word, for one grid line. */
export function shortLabel(row: Pick<AllocationRow, 'code' | 'label'>): string {
  const name = rowName(row);
  if (name.length <= SHORT_NAME_CHARS) return `${row.code} ${name}`;
  const cut = name.lastIndexOf(' ', SHORT_NAME_CHARS);
  return `${row.code} ${name.slice(0, cut > 10 ? cut : SHORT_NAME_CHARS)}…`;
}

/** Lower case without diacritics ("Giáo dục" → "giao duc", "Đ" → "d"), for searching. */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * A query that finds a row of this sheet, for the search box's hint: the first top row's code and the
 * first two words of its name ("DA3 hỗ trợ"); undefined without rows.
 */
export function searchExample(rows: readonly AllocationRow[]): string | undefined {
  const row = rows.find((r) => r.level === 1) ?? rows[0];
  if (row === undefined) return undefined;
  const words = rowName(row)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w))
    .slice(0, 2);
  return [row.code, ...words.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase())].join(' ');
}

/** The rows whose code or label holds every word of `query` (case and diacritics ignored). */
export function filterRows(rows: readonly AllocationRow[], query: string): readonly AllocationRow[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const hay = folded(`${row.code} ${row.label}`);
    return words.every((w) => hay.includes(w));
  });
}

/** The row's current NSTW + NSĐP on the sheet (empty cells count as 0). */
export function currentTotal(row: Pick<AllocationRow, 'nstw' | 'nsdp'>): Dec {
  return dec(row.nstw ?? '0').plus(dec(row.nsdp ?? '0'));
}

/** What an empty lock field keeps: the row's current figure, written so `locale` reads it back. */
export function currentLock(current: string | null, locale: NumberLocale): string {
  return typedFigure(dec(current ?? '0'), locale);
}

/** "DA4.1 Phát triển giáo dục nghề nghiệp…": the code and the whole name, for messages. */
export function rowTitle(row: Pick<AllocationRow, 'code' | 'label'>): string {
  return `${row.code} ${rowName(row)}`;
}

/**
 * Why a typed weight cannot be used, naming the row by code and name; null when it reads as a
 * non-negative figure in `locale`.
 */
export function weightError(row: AllocationRow, weight: string, locale: NumberLocale): Text | null {
  const title = rowTitle(row);
  if (weight.trim() === '') {
    return { vi: `${title}: chưa nhập tỷ trọng.`, en: `${title}: no weight typed.` };
  }
  const read = readTypedAmount(weight, locale, { kind: 'none' });
  if (!read.ok) {
    return { vi: `${title}: tỷ trọng ${read.error.text.vi}.`, en: `${title}: weight ${read.error.text.en}.` };
  }
  if (read.value.isNegative() && !read.value.isZero()) {
    return {
      vi: `${title}: tỷ trọng ${weight.trim()} là số âm; hãy nhập số không âm.`,
      en: `${title}: weight ${weight.trim()} is negative; type a non-negative figure.`,
    };
  }
  return null;
}

/** A Vietnamese-formatted preview figure ("1.588", "466,25") read back exactly; null when it is not one. */
export function previewFigure(text: string): Dec | null {
  const read = readTypedAmount(text, 'vi', { kind: 'none' });
  return read.ok ? read.value : null;
}

/** "+12", "−3,5", "0": allocated minus current, signed, Vietnamese notation. */
export function difference(allocated: Dec, current: Dec): string {
  const d = allocated.minus(current);
  if (d.isZero()) return '0';
  return d.isNegative() ? `−${formatVi(d.negated())}` : `+${formatVi(d)}`;
}

/** Each row's current total, read once per row list (summing them again per keystroke stays cheap). */
export function currentTotals(rows: readonly AllocationRow[]): ReadonlyMap<string, Dec> {
  return new Map(rows.map((r) => [r.code, currentTotal(r)]));
}

/** The current total of the chosen rows. */
export function chosenCurrentTotal(totals: ReadonlyMap<string, Dec>, chosen: (code: string) => boolean): Dec {
  return sum([...totals].filter(([code]) => chosen(code)).map(([, total]) => total));
}

/** A preview's rows by code. */
export function previewByCode(
  rows: readonly AllocationPreviewRow[] | undefined,
): ReadonlyMap<string, AllocationPreviewRow> {
  return new Map((rows ?? []).map((r) => [r.code, r]));
}

/**
 * An engine message that says "Dòng 2: …" / "Line 2: …" (the 2nd chosen row), re-worded to name that
 * row: "DA4.1 Phát triển…: …". Other messages are kept as they are.
 */
export function nameLines(message: Text, chosen: readonly AllocationRow[]): Text {
  const swap = (text: string, word: string): string =>
    text.replace(new RegExp(`(^|: )${word} (\\d+)(?=:)`, 'g'), (whole, lead: string, n: string) => {
      const row = chosen[Number(n) - 1];
      return row === undefined ? whole : `${lead}${rowTitle(row)}`;
    });
  return { vi: swap(message.vi, 'Dòng'), en: swap(message.en, 'Line') };
}

/** Whether a typed weight reads in a locale, remembered by text: most rows share a few weights ("1"). */
export type WeightCache = Map<string, boolean>;

/**
 * The chosen rows whose weight cannot be used (method `weights`), each with a message naming the row,
 * in sheet order.
 */
export function weightErrors(
  rows: readonly AllocationRow[],
  choice: (code: string) => { readonly chosen: boolean; readonly weight: string },
  locale: NumberLocale,
  cache: WeightCache,
): ReadonlyMap<string, Text> {
  const errors = new Map<string, Text>();
  for (const row of rows) {
    const c = choice(row.code);
    if (!c.chosen) continue;
    const key = `${locale}\u0000${c.weight}`;
    let ok = cache.get(key);
    if (ok === undefined) {
      ok = weightError(row, c.weight, locale) === null;
      cache.set(key, ok);
    }
    if (!ok) errors.set(row.code, weightError(row, c.weight, locale) ?? { vi: '', en: '' });
  }
  return errors;
}
