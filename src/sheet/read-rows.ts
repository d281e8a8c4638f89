/**
 * Places each table row in the programme's structure from what the user sees: a kind's word and
 * number from the plan's catalogue ("Dự án 2: …", "Tiểu dự án 1: …"; in 2026–2035 "Hợp phần thứ
 * nhất", "Nội dung thành phần 2: …", "Nội dung 14: …"), each under the nearest row above it of the
 * level above; a letter a), b)… for a nội dung and a dash for a nội dung thành phần (in the STT
 * column or at the start of the Nội dung text). Roman and Arabic numbers in the STT column stand in
 * for a Nội dung text that lost its word ("IV" for Dự án 4).
 */
import {
  CatalogueIndex,
  kindStyle,
  kindLevel,
  kindsOf,
  kindWords,
  matchKindWord,
  romanNumber,
  type Catalogue,
  type CatalogueEntry,
  type EntryKind,
  type KindWord,
} from '../domain/catalogue';
import { letterCode } from './numbering';
import { norm } from './read-grid';

/** What a row's STT and Nội dung say it is. */
export type RowShape =
  | { readonly kind: 'total' }
  | {
      readonly kind: 'entry';
      /** The catalogue kind its word names (or its STT stands for). */
      readonly entryKind: EntryKind;
      /** Its level in the catalogue: 1 for Dự án / Hợp phần. */
      readonly level: number;
      readonly number: number;
      readonly title: string;
      readonly fromStt?: true;
    }
  | { readonly kind: 'noi_dung'; readonly letter: string; readonly title: string }
  | { readonly kind: 'thanh_phan'; readonly title: string }
  | { readonly kind: 'unknown' };

const TOTALS = new Set(['tổng cộng', 'tổng số', 'tổng', 'cộng', 'tổng cộng kinh phí']);
const LETTER = /^([a-zđ]\d?)\)\s*/i;
const DASH = /^[-–+•*]\s*/;
/**
 * An STT cell's Roman number, in either case and with an optional dot ("IV", "iv."), up to 39: a
 * lone "l" is a letter there, not 50.
 */
function sttRoman(text: string): number | undefined {
  const upper = text.toUpperCase().replace(/\.$/, '');
  return upper.startsWith('L') ? undefined : romanNumber(upper);
}

/** How the rows of one catalogue are recognised; build once per sheet read. */
export interface RowWords {
  readonly catalogue: Catalogue;
  /** Kinds with a word ("Nội dung thành phần" and its short form "NDTP" before "Nội dung"). */
  readonly words: readonly KindWord[];
  /** The kinds an STT Roman or Arabic number stands for (levels 1 and 2). */
  readonly byStt: { readonly roman?: EntryKind; readonly arabic?: EntryKind; readonly twoDigit?: EntryKind };
}

/** The words of the kinds the catalogue's entries use ("Dự án", "Tiểu dự án"; "Hợp phần", …). */
export function rowWords(catalogue: Catalogue): RowWords {
  const kinds = kindsOf(catalogue);
  const words = kindWords(catalogue);
  const atLevel = (level: number): EntryKind | undefined =>
    kinds.find((k) => kindLevel(catalogue, k) === level);
  const top = atLevel(1);
  const second = atLevel(2);
  // "01", "02": the kind numbered with two digits (Nội dung of 2026–2035).
  const twoDigit = kinds.find((k) => kindStyle(catalogue, k).table === 'two-digit');
  return {
    catalogue,
    words,
    byStt: {
      ...(top ? { roman: top } : {}),
      ...(second ? { arabic: second } : {}),
      ...(twoDigit ? { twoDigit } : {}),
    },
  };
}

/** Reads a row's STT and Nội dung texts. */
export function rowShape(stt: string, name: string, words: RowWords): RowShape {
  const n = name.normalize('NFC').trim();
  if (TOTALS.has(norm(n))) return { kind: 'total' };
  const hit = matchKindWord(n, words.words);
  if (hit) {
    // The rest after the word, its number and a separator: "Nội dung 14: Bảo trì" → "Bảo trì".
    const rest = n
      .slice(hit.length)
      .replace(/^\s*[:.\-–]?\s*/, '')
      .trim();
    return { kind: 'entry', entryKind: hit.kind, level: hit.level, number: hit.number, title: rest };
  }
  const s = stt.normalize('NFC').trim();
  const sttLetter = /^([a-zđ]\d?)\)?\.?$/i.exec(s);
  if (sttLetter && sttRoman(s) === undefined) {
    return { kind: 'noi_dung', letter: letterCode(sttLetter[1] ?? ''), title: n.replace(LETTER, '') };
  }
  const m = LETTER.exec(n);
  if (m) return { kind: 'noi_dung', letter: letterCode(m[1] ?? ''), title: n.slice(m[0].length).trim() };
  if (DASH.test(s) || (s === '' && DASH.test(n)))
    return { kind: 'thanh_phan', title: n.replace(DASH, '').trim() };
  const roman = sttRoman(s);
  const { roman: romanKind, arabic: arabicKind, twoDigit } = words.byStt;
  if (/^0\d\.?$/.test(s) && twoDigit) {
    const level = words.catalogue.entries.find((e) => e.kind === twoDigit)?.level ?? 3;
    return {
      kind: 'entry',
      entryKind: twoDigit,
      level,
      number: Number(s.replace('.', '')),
      title: n,
      fromStt: true,
    };
  }
  if (roman !== undefined && romanKind)
    return { kind: 'entry', entryKind: romanKind, level: 1, number: roman, title: n, fromStt: true };
  if (/^\d+\.?$/.test(s) && arabicKind)
    return {
      kind: 'entry',
      entryKind: arabicKind,
      level: 2,
      number: Number(s.replace('.', '')),
      title: n,
      fromStt: true,
    };
  return { kind: 'unknown' };
}

/**
 * The catalogue entry a row names, given the rows above it (`path[l - 1]`: the code of the nearest
 * row of level l): the entry of that kind and number under the nearest of them that has one, or
 * at the top.
 */
export function entryFor(
  index: CatalogueIndex,
  shape: Extract<RowShape, { kind: 'entry' }>,
  path: readonly (string | undefined)[],
): CatalogueEntry | undefined {
  if (shape.level <= 1) return index.byNumber(null, shape.entryKind, shape.number);
  for (let l = shape.level - 1; l >= 1; l--) {
    const parent = path[l - 1];
    if (parent === undefined) continue;
    const hit = index.byNumber(parent, shape.entryKind, shape.number);
    if (hit) return hit;
  }
  return undefined;
}
