/**
 * The bytes of the bad inputs people bring, made here rather than stored: a small good plan (text and
 * JSON, written for these tests), legacy encodings (Windows-1258, TCVN3), binary data, a PDF, a Word 97
 * file, Word documents and ZIPs that are cut short, renamed or inflate hugely (zip bombs), an OLE2
 * compound file as Excel saves a password-protected workbook, and workbooks that are not plans or hold
 * a date in an amount cell.
 */
import { deflateRawSync } from 'node:zlib';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { buildWorkbook } from '../../../src/app/build';
import { createNodeServices } from '../../../src/cli/compose';
import { planFromJson } from '../../../src/domain/plan/json';
import { XlsxHost } from '../../../src/hosts/xlsx';
import { zipEntries } from '../../helpers/zip-writer';
import { docxOf, windows1258 } from './bytes';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A short plan of a commune, as a .txt a user writes (our own sentences). */
export const PLAN_TEXT = [
  'KẾ HOẠCH',
  'Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025 trên địa bàn xã Tà Tổng',
  'II. NỘI DUNG VÀ KINH PHÍ',
  '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
  'Hỗ trợ giống ngô lai cho các hộ nghèo bản Pá Pầu.',
  'Kinh phí thực hiện: 820 triệu đồng.',
  '2. Dự án 6: Truyền thông và giảm nghèo về thông tin',
  '2.1. Tiểu dự án 1: Giảm nghèo về thông tin',
  'Kinh phí thực hiện: 64,5 triệu đồng.',
  'III. TỔNG KINH PHÍ',
  'Tổng kinh phí thực hiện: 884,5 triệu đồng.',
].join('\n');

/** Prose with no Dự án and no money: a document that is not a plan. */
export const PROSE_TEXT = [
  'BIÊN BẢN HỌP THÔN',
  'Hôm nay các hộ gia đình thôn Nà Khum họp bàn việc sửa đường liên thôn trước mùa mưa.',
  'Mọi người thống nhất góp ngày công, mỗi hộ hai ngày.',
].join('\n');

/** A JSON plan (the example's shape): two items and the stated totals. */
export interface JsonPlan {
  [key: string]: unknown;
}

/** The good JSON plan these cases start from, changed per case. */
export function jsonPlan(change: (plan: JsonPlan) => void = () => undefined): JsonPlan {
  const plan: JsonPlan = {
    catalogue: 'qd90-2021-2025',
    unit: 'trieu_dong',
    year: 2025,
    locality: 'xã Tà Tổng',
    items: [
      { code: 'DA2', amounts: { total: '820', nstw_su_nghiep: '820' } },
      { code: 'DA6' },
      { code: 'DA6.1', amounts: { total: '64.5', nstw_su_nghiep: '64.5' } },
    ],
    stated_totals: { total: '884.5', nstw_su_nghiep: '884.5' },
  };
  change(plan);
  return plan;
}

/** The items array of a JSON plan, for changing it. */
export function itemsOf(plan: JsonPlan): Record<string, unknown>[] {
  return plan.items as Record<string, unknown>[];
}

/** A JSON plan as file bytes; `raw` replaces `"@RAW@"` by literal JSON text (numbers JSON.stringify would round). */
export function jsonBytes(plan: JsonPlan, raw?: string): Uint8Array {
  const text = JSON.stringify(plan, null, 2);
  return utf8(raw === undefined ? text : text.replace('"@RAW@"', raw));
}

/** The plan text in UTF-8. */
export const planTextBytes = (): Uint8Array => utf8(PLAN_TEXT);
export const proseBytes = (): Uint8Array => utf8(PROSE_TEXT);
export const cp1258Bytes = (): Uint8Array => windows1258(PLAN_TEXT);
/** Text in UTF-16 LE without a byte-order mark, as Notepad's "Unicode" may leave it. */
const utf16 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
/** The prose (no plan) in UTF-16 LE without a byte-order mark. */
export const proseUtf16Bytes = (): Uint8Array => utf16(PROSE_TEXT);
/** The plan in UTF-16 LE without a byte-order mark, cut one byte short (half a character). */
export const cutUtf16Bytes = (): Uint8Array => utf16(PLAN_TEXT).slice(0, -1);

/** TCVN3 (ABC) as old Vietnamese fonts store it: the letters in bytes 0x80–0xFF ("KÕ ho¹ch" in Latin-1). */
export function tcvn3Bytes(): Uint8Array {
  const lines = [
    'KÕ ho¹ch thùc hiÖn Ch­¬ng tr×nh môc tiªu quèc gia gi¶m nghÌo bÒn v÷ng',
    '1. Dù ¸n 2: §a d¹ng hãa sinh kÕ, ph¸t triÓn m« h×nh gi¶m nghÌo',
    'Kinh phÝ thùc hiÖn: 820 triÖu ®ång.',
  ];
  return new Uint8Array(Buffer.from(lines.join('\r\n'), 'latin1'));
}

/** Pseudo-random bytes (a fixed seed, so every run has the same file). */
export function binaryBytes(length = 4096): Uint8Array {
  const out = new Uint8Array(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** The start of a PDF file: header, a binary comment line, one object. */
export function pdfBytes(): Uint8Array {
  const head = utf8('%PDF-1.7\n%');
  const tail = utf8(
    '\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n' +
      'Kế hoạch'.repeat(3) +
      '\nendstream\n%%EOF\n',
  );
  return new Uint8Array([...head, 0xe2, 0xe3, 0xcf, 0xd3, ...tail, ...binaryBytes(512)]);
}

/** An OLE2 compound file header (Word 97 .doc, old .xls, and Excel's encrypted .xlsx all start so). */
export function oleBytes(marker = 'EncryptedPackage'): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)];
  // Sector 1 holds a directory entry name in UTF-16, as the real files do.
  const name = [...Buffer.from(marker, 'utf16le')];
  return new Uint8Array([...header, ...name, ...new Array<number>(512 - name.length).fill(0)]);
}

/** A Word 97 document (OLE2 with a "WordDocument" stream). */
export const word97Bytes = (): Uint8Array => oleBytes('WordDocument');

/** The plan text as a .docx. */
export const planDocxBytes = (): Promise<Uint8Array> => docxOf(PLAN_TEXT);

/** A .docx cut in half (its ZIP directory lost). */
export async function truncatedDocxBytes(): Promise<Uint8Array> {
  const whole = await planDocxBytes();
  return whole.slice(0, Math.floor(whole.length / 2));
}

let bomb: Buffer | undefined;
/** 32 MB of spaces, deflated to about 32 KB: a ratio of about 1000 (made once). */
function bombPart(): Buffer {
  bomb ??= deflateRawSync(Buffer.alloc(32 * 1024 * 1024, 0x20), { level: 9 });
  return bomb;
}

/** The size a bomb's headers claim: the truth, or (`lying`) a harmless 4 KB. */
const claimed = (lying: boolean): number => (lying ? 4096 : 32 * 1024 * 1024);

/** A .docx whose document part inflates a thousandfold (its headers may lie about it). */
export function docxBombBytes(lying = false): Uint8Array {
  return new Uint8Array(
    zipEntries([
      { name: '[Content_Types].xml', data: utf8('<Types/>') },
      { name: 'word/document.xml', packed: bombPart(), declaredSize: claimed(lying) },
    ]),
  );
}

/** An .xlsx whose workbook part inflates a thousandfold (its headers may lie about it). */
export function xlsxBombBytes(lying = false): Uint8Array {
  return new Uint8Array(
    zipEntries([
      { name: '[Content_Types].xml', data: utf8('<Types/>') },
      { name: 'xl/workbook.xml', packed: bombPart(), declaredSize: claimed(lying) },
    ]),
  );
}

/** A ZIP of the given text parts. */
export async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: 'uint8array' });
}

/** A zero-byte file. */
export const emptyBytes = (): Uint8Array => new Uint8Array(0);

const services = createNodeServices();

let planWorkbook: Promise<Uint8Array> | undefined;
/** The workbook `gnbv build` makes of the good JSON plan (made once; each call gives a copy). */
export async function planWorkbookBytes(): Promise<Uint8Array> {
  planWorkbook ??= makePlanWorkbook();
  return (await planWorkbook).slice();
}

async function makePlanWorkbook(): Promise<Uint8Array> {
  const read = planFromJson(jsonPlan());
  if (!read.ok) throw new Error(read.error.text.en);
  const built = await buildWorkbook(read.plan, read.findings, {}, services);
  if (built.kind !== 'done') throw new Error(built.text.en);
  return built.value.bytes;
}

/** A workbook cut short (its ZIP directory lost). */
export async function truncatedXlsxBytes(): Promise<Uint8Array> {
  const whole = await planWorkbookBytes();
  return whole.slice(0, Math.floor(whole.length / 2));
}

/** A workbook with one list of households on it and no plan table. */
export async function nonPlanWorkbookBytes(): Promise<Uint8Array> {
  const host = XlsxHost.empty(['Danh sách']);
  await host.applyPatch({
    sheet: 'Danh sách',
    cells: [
      { address: 'A1', value: 'Họ và tên chủ hộ' },
      { address: 'B1', value: 'Bản' },
      { address: 'A2', value: 'Lò Văn Pâng' },
      { address: 'B2', value: 'Pá Pầu' },
    ],
  });
  return host.toBytes();
}

/** A workbook with no sheet content at all, as a fresh "Book1.xlsx". */
export async function emptyWorkbookBytes(): Promise<Uint8Array> {
  return XlsxHost.empty(['Sheet1']).toBytes();
}

/** The built plan workbook with `value` typed into the amount cell of row `rowText`, formatted `numFmt`. */
export async function workbookWithCell(
  rowText: string,
  column: string,
  value: number | string | Date,
  numFmt?: string,
): Promise<{ bytes: Uint8Array; cell: string }> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(await planWorkbookBytes()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  let row = 0;
  for (let r = 1; r <= ws.rowCount && row === 0; r++) if (ws.getCell(r, 2).text.startsWith(rowText)) row = r;
  if (row === 0) throw new Error(`no row "${rowText}"`);
  const cell = `${column}${row}`;
  ws.getCell(cell).value = value;
  // A style object of its own: exceljs shares one between cells, and numFmt would change them all.
  if (numFmt !== undefined) ws.getCell(cell).style = { ...ws.getCell(cell).style, numFmt };
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), cell };
}

/** The built workbook with 6 May 2024 typed as a date into DA2's "Vốn sự nghiệp" cell, E14. */
export async function dateInAmountBytes(): Promise<Uint8Array> {
  const { bytes, cell } = await workbookWithCell(
    'Dự án 2',
    'E',
    new Date(Date.UTC(2024, 4, 6)),
    'dd/mm/yyyy',
  );
  if (cell !== 'E14') throw new Error(`DA2's cell moved to ${cell}`);
  return bytes;
}
