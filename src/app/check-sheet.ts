/**
 * The "Kiểm tra" sheet of a built workbook and the words shared by every listing of findings: the
 * severity labels, the one-line count, and the cell a finding points at ("E14", or "A14:J14" for a
 * whole row) with a HYPERLINK to it on the plan sheet.
 */
import { whereLabel, type Finding, type Severity, type Text } from '../domain/findings';
import { cellsOf, planPageSetup, quoteSheetName, type CellMap, type CellWrite, type Patch } from '../sheet';

/** The sheet listing the findings. */
export const CHECK_SHEET = 'Kiểm tra';

/** Severity as a listing shows it, upper case so an error stands out. */
export const SEVERITY_LABEL: Readonly<Record<Severity, Text>> = {
  error: { vi: 'LỖI', en: 'ERROR' },
  warning: { vi: 'CẢNH BÁO', en: 'WARNING' },
  info: { vi: 'THÔNG TIN', en: 'NOTE' },
};

/** A one-line count: "1 lỗi, 0 cảnh báo, 2 thông tin". */
export function findingCount(findings: readonly Finding[]): Text {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    vi: `${n('error')} lỗi, ${n('warning')} cảnh báo, ${n('info')} thông tin`,
    en: `${n('error')} errors, ${n('warning')} warnings, ${n('info')} notes`,
  };
}

/** The text of a check that found nothing. */
export const NOTHING_WRONG: Text = {
  vi: 'Không có sai lệch: mọi tổng đều bằng tổng các phần.',
  en: 'Nothing wrong: every total equals the sum of its parts.',
};

/** The cell a finding points at on the plan sheet, as shown and as linked; null when it has none. */
export function findingCell(f: Finding, cells: CellMap): { shown: string; link: string } | null {
  const addresses = cellsOf(f, cells);
  const first = addresses[0];
  if (first === undefined) return null;
  const last = addresses[addresses.length - 1] ?? first;
  return { shown: first === last ? first : `${first}:${last}`, link: first };
}

/** `=HYPERLINK("#'Kế hoạch kinh phí'!E14","E14")`: a link inside the workbook, quotes doubled for the string. */
function hyperlinkFormula(sheet: string, cell: string, shown: string): string {
  const target = `#${quoteSheetName(sheet)}!${cell}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${shown}")`;
}

const HEADER_ROW = 3;
const HEADINGS = ['STT', 'Mức độ', 'Mục', 'Ô', 'Mã kiểm tra', 'Nội dung', 'Nội dung (English)'];

/** The "Kiểm tra" sheet: a count, then one row per finding with a link to its cell on the plan sheet. */
export function checkSheetPatch(findings: readonly Finding[], cells: CellMap): Patch {
  const header = { bold: true, border: 'thin', fill: '#D9E1F2', wrap: true, vAlign: 'middle' } as const;
  const body = { border: 'thin', wrap: true, vAlign: 'top' } as const;
  const writes: CellWrite[] = [
    { address: 'A1', value: 'KẾT QUẢ KIỂM TRA KẾ HOẠCH KINH PHÍ', style: { bold: true, fontSize: 13 } },
    { address: 'A2', value: `Trang "${cells.sheet}": ${findingCount(findings).vi}.` },
  ];
  HEADINGS.forEach((text, i) =>
    writes.push({ address: `${'ABCDEFG'[i]}${HEADER_ROW + 1}`, value: text, style: header }),
  );
  if (findings.length === 0) writes.push({ address: `A${HEADER_ROW + 2}`, value: NOTHING_WRONG.vi });
  findings.forEach((f, i) => {
    const row = HEADER_ROW + 2 + i;
    const place = findingCell(f, cells);
    writes.push(
      { address: `A${row}`, value: i + 1, style: body },
      {
        address: `B${row}`,
        value: SEVERITY_LABEL[f.severity].vi,
        style: { ...body, bold: f.severity === 'error' },
      },
      { address: `C${row}`, value: whereLabel(f.where), style: body },
      place
        ? {
            address: `D${row}`,
            formula: hyperlinkFormula(cells.sheet, place.link, place.shown),
            // The text the link shows, so the sheet reads right before any spreadsheet calculates it.
            value: place.shown,
            style: { ...body, color: '#0563C1' },
          }
        : { address: `D${row}`, value: null, style: body },
      { address: `E${row}`, value: f.code, style: body },
      { address: `F${row}`, value: f.text.vi, style: body },
      { address: `G${row}`, value: f.text.en, style: body },
    );
  });
  return {
    sheet: CHECK_SHEET,
    createSheet: true,
    cells: writes,
    columnWidths: { A: 6, B: 11, C: 10, D: 10, E: 24, F: 80, G: 60 },
    // Printed like the plan table: A4 landscape, one page wide, the headings on every page.
    page: planPageSetup([HEADER_ROW + 1, HEADER_ROW + 1]),
  };
}
