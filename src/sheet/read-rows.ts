/**
 * Places each table row in the programme's structure from what the user sees: "Dự án 2: …",
 * "Tiểu dự án 1: …" (under the Dự án above it), a letter a), b)… for a nội dung and a dash for a
 * nội dung thành phần (in the STT column or at the start of the Nội dung text). Roman and Arabic
 * numbers in the STT column stand in for a Nội dung text that lost its "Dự án n" prefix.
 */
import { CatalogueIndex, type CatalogueEntry } from '../domain/catalogue';
import { letterCode } from './numbering';
import { norm } from './read-grid';

/** What a row's STT and Nội dung say it is. */
export type RowShape =
  | { readonly kind: 'total' }
  | {
      readonly kind: 'du_an' | 'tieu_du_an';
      readonly number: number;
      readonly title: string;
      readonly fromStt?: true;
    }
  | { readonly kind: 'noi_dung'; readonly letter: string; readonly title: string }
  | { readonly kind: 'thanh_phan'; readonly title: string }
  | { readonly kind: 'unknown' };

const TOTALS = new Set(['tổng cộng', 'tổng số', 'tổng', 'cộng', 'tổng cộng kinh phí']);
const PROJECT = /^dự án\s*(\d+)\s*[:.\-–]?\s*/i;
const SUB_PROJECT = /^tiểu dự án\s*(\d+)\s*[:.\-–]?\s*/i;
const LETTER = /^([a-zđ]\d?)\)\s*/i;
const DASH = /^[-–+•*]\s*/;
const ROMAN = /^(?=[IVXL])(X{0,3})(IX|IV|V?I{0,3})\.?$/;

function romanValue(text: string): number | undefined {
  const m = ROMAN.exec(text.toUpperCase());
  if (!m) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let n = 0;
  const s = text.toUpperCase().replace('.', '');
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i] ?? ''] ?? 0;
    const next = values[s[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n > 0 ? n : undefined;
}

/** Reads a row's STT and Nội dung texts. */
export function rowShape(stt: string, name: string): RowShape {
  const n = name.normalize('NFC').trim();
  if (TOTALS.has(norm(n))) return { kind: 'total' };
  let m = PROJECT.exec(n);
  if (m) return { kind: 'du_an', number: Number(m[1]), title: n.slice(m[0].length).trim() };
  m = SUB_PROJECT.exec(n);
  if (m) return { kind: 'tieu_du_an', number: Number(m[1]), title: n.slice(m[0].length).trim() };
  const s = stt.normalize('NFC').trim();
  const sttLetter = /^([a-zđ]\d?)\)?\.?$/i.exec(s);
  if (sttLetter && romanValue(s) === undefined) {
    return { kind: 'noi_dung', letter: letterCode(sttLetter[1] ?? ''), title: n.replace(LETTER, '') };
  }
  m = LETTER.exec(n);
  if (m) return { kind: 'noi_dung', letter: letterCode(m[1] ?? ''), title: n.slice(m[0].length).trim() };
  if (DASH.test(s) || (s === '' && DASH.test(n)))
    return { kind: 'thanh_phan', title: n.replace(DASH, '').trim() };
  const roman = romanValue(s);
  if (roman !== undefined) return { kind: 'du_an', number: roman, title: n, fromStt: true };
  if (/^\d+\.?$/.test(s))
    return { kind: 'tieu_du_an', number: Number(s.replace('.', '')), title: n, fromStt: true };
  return { kind: 'unknown' };
}

/** The catalogue entry a Dự án or Tiểu dự án row names, given the Dự án above it. */
export function entryFor(
  index: CatalogueIndex,
  shape: RowShape,
  project: string | undefined,
): CatalogueEntry | undefined {
  if (shape.kind === 'du_an') return index.byNumber(null, 'du_an', shape.number);
  if (shape.kind === 'tieu_du_an' && project !== undefined) {
    return index.byNumber(project, 'tieu_du_an', shape.number);
  }
  return undefined;
}
