/**
 * Writes a {@link DraftBook} as an .xlsx file directly, part by part, as exceljs would write the same
 * workbook: shared strings, one cell format per distinct style, merges, column widths, names, the
 * selected sheet and cell, and the request that Excel and LibreOffice recalculate on load. Sheets are
 * written row by row in chunks straight into the deflater.
 */
import { columnLetters, rangeAddress } from '../../sheet/a1';
import type { PageSetup } from '../../sheet/types';
import { A4_PAPER_CODE, cmToInches, fitsToPages, HEADER_FOOTER_INCHES, repeatRowsText } from '../page-setup';
import type { DraftBook, DraftCell, DraftSheet } from './draft-book';
import { DraftStyles } from './draft-styles';
import { xmlContent, xmlText } from './draft-xml-text';
import { zipTexts, type ZipText } from './draft-zip';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** Characters of sheet XML gathered before they go to the deflater. */
const CHUNK = 1 << 20;

/**
 * Strings longer than this are written in their cell (inline) rather than in the shared table: such
 * texts (the section's lines) are seldom repeated, and hashing each into the table costs more than it
 * saves.
 */
const INLINE_FROM = 48;

/** The attribute keeping a text's leading, trailing and line-break whitespace, when it has any. */
function preserved(text: string): string {
  return /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
}

/** Strings kept once, in order of first use. */
class SharedStrings {
  readonly list: string[] = [];
  count = 0;
  private readonly index = new Map<string, number>();

  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }

  *xml(): Generator<string> {
    yield `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.list.length}">`;
    let chunk = '';
    for (const text of this.list) {
      chunk += `<si><t${preserved(text)}>${xmlContent(text)}</t></si>`;
      if (chunk.length > CHUNK) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}</sst>`;
  }
}

/** The XML of one cell, as exceljs renders it; '' for an empty unformatted cell. */
function cellXml(ref: string, cell: DraftCell, styles: DraftStyles, strings: SharedStrings): string {
  const s =
    cell.style === undefined && cell.numberFormat === undefined
      ? ''
      : styles.attributeOf(cell.style, cell.numberFormat);
  if (cell.merged) return `<c r="${ref}"${s}/>`;
  const v = cell.value;
  if (cell.formula !== undefined) {
    const f = `<f>${xmlContent(cell.formula.slice(1))}</f>`;
    if (typeof v === 'number') return `<c r="${ref}"${s}>${f}<v>${v}</v></c>`;
    if (typeof v === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${xmlContent(v)}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === 'string') {
    if (v.length <= INLINE_FROM) return `<c r="${ref}"${s} t="s"><v>${strings.of(v)}</v></c>`;
    return `<c r="${ref}"${s} t="inlineStr"><is><t${preserved(v)}>${xmlContent(v)}</t></is></c>`;
  }
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return s ? `<c r="${ref}"${s}/>` : '';
}

/** Column widths, runs of equal widths as one element, as exceljs writes them. */
function colsXml(widths: ReadonlyMap<number, number>): string {
  const cols = [...widths].sort((a, b) => a[0] - b[0]);
  if (cols.length === 0) return '';
  let out = '';
  for (let i = 0; i < cols.length;) {
    const [min, width] = cols[i] as [number, number];
    let max = min;
    while (cols[i + 1]?.[0] === max + 1 && cols[i + 1]?.[1] === width) {
      max++;
      i++;
    }
    i++;
    out += `<col min="${min + 1}" max="${max + 1}" width="${width}" customWidth="1"/>`;
  }
  return `<cols>${out}</cols>`;
}

/** The used bounds of a sheet, "A1:J312" (A1 for an empty sheet). */
function dimension(sheet: DraftSheet): string {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.rows.forEach((cells, r) => {
    if (top < 0) top = r;
    bottom = r;
    cells.forEach((cell, c) => {
      if (!cell) return;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (top < 0 || right < 0) return 'A1';
  return rangeAddress({ top, left, bottom, right });
}

/** exceljs's print setup of a sheet that has none of its own. */
const DEFAULT_PRINT =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>';

/** `<sheetPr>`, first in the sheet: it says the sheet is scaled to fit pages. */
function sheetPrXml(page: PageSetup | undefined): string {
  return page && fitsToPages(page) ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
}

/** `<pageMargins>` and `<pageSetup>`, after the merges (the schema's order), as exceljs writes them. */
function printXml(page: PageSetup | undefined): string {
  if (!page) return DEFAULT_PRINT;
  const m = page.marginsCm;
  const hf = HEADER_FOOTER_INCHES;
  const margins = m
    ? `<pageMargins left="${cmToInches(m.left)}" right="${cmToInches(m.right)}" top="${cmToInches(m.top)}" bottom="${cmToInches(m.bottom)}" header="${hf}" footer="${hf}"/>`
    : `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="${hf}" footer="${hf}"/>`;
  const fit = fitsToPages(page)
    ? ` fitToWidth="${page.fitToWidth ?? 0}" fitToHeight="${page.fitToHeight ?? 0}"`
    : ' fitToWidth="1" fitToHeight="1"';
  return (
    margins +
    `<pageSetup paperSize="${A4_PAPER_CODE}" orientation="${page.orientation}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100"${fit}/>`
  );
}

function* sheetXml(sheet: DraftSheet, styles: DraftStyles, strings: SharedStrings): Generator<string> {
  const views = sheet.activeCell
    ? `<sheetViews><sheetView workbookViewId="0"><selection activeCell="${sheet.activeCell}" sqref="${sheet.activeCell}"/></sheetView></sheetViews>`
    : '';
  yield (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheetPrXml(sheet.page)}<dimension ref="${dimension(sheet)}"/>${views}` +
    `<sheetFormatPr defaultRowHeight="15"/>${colsXml(sheet.widths)}<sheetData>`
  );
  const letters: string[] = [];
  let chunk = '';
  const { rows, heights } = sheet;
  let last = rows.length - 1;
  for (const r of heights.keys()) if (r > last) last = r;
  for (let r = 0; r <= last; r++) {
    const cells = rows[r] ?? [];
    const height = heights.get(r);
    const n = String(r + 1);
    let row = '';
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const col = (letters[c] ??= columnLetters(c));
      row += cellXml(col + n, cell, styles, strings);
    }
    if (height !== undefined) chunk += `<row r="${n}" ht="${height}" customHeight="1">${row}</row>`;
    else if (row !== '') chunk += `<row r="${n}">${row}</row>`;
    else continue;
    if (chunk.length > CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  const merges = sheet.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join('');
  yield (
    chunk +
    '</sheetData>' +
    (merges ? `<mergeCells count="${sheet.merges.length}">${merges}</mergeCells>` : '') +
    printXml(sheet.page) +
    '</worksheet>'
  );
}

function workbookXml(book: DraftBook): string {
  const views =
    book.activeTab === undefined
      ? ''
      : `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="10000" windowHeight="20000" firstSheet="0" activeTab="${book.activeTab}"/></bookViews>`;
  const sheets = book.sheets
    .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" state="visible" r:id="rId${i + 3}"/>`)
    .join('');
  const titles = book.sheets
    .map((s, i) => {
      const rows = s.page ? repeatRowsText(s.page) : undefined;
      if (!rows) return '';
      const [first, last] = rows.split(':');
      const ref = `'${s.name.replace(/'/g, "''")}'!$${first}:$${last}`;
      return `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(ref)}</definedName>`;
    })
    .join('');
  const names =
    book.names.map((n) => `<definedName name="${xmlText(n.name)}">${xmlText(n.ref)}</definedName>`).join('') +
    titles;
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/>${views}<sheets>${sheets}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>'
  );
}

function packageParts(book: DraftBook): ZipText[] {
  const sheetTypes = book.sheets
    .map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
    )
    .join('');
  const types =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${sheetTypes}` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`;
  const rels =
    `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" ` +
    `Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetRels = book.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const bookRels =
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${sheetRels}</Relationships>`;
  return [
    { name: '[Content_Types].xml', chunks: [types] },
    { name: '_rels/.rels', chunks: [rels] },
    { name: 'xl/workbook.xml', chunks: [workbookXml(book)] },
    { name: 'xl/_rels/workbook.xml.rels', chunks: [bookRels] },
  ];
}

/** The draft as .xlsx bytes. */
export async function draftBytes(book: DraftBook): Promise<Uint8Array> {
  const styles = new DraftStyles();
  const strings = new SharedStrings();
  // Sheets first, made as they are packed: they fill the string table and the cell formats the
  // later parts list.
  const sheets: ZipText[] = book.sheets.map((sheet, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    chunks: { [Symbol.iterator]: () => sheetXml(sheet, styles, strings) },
  }));
  return zipTexts([
    ...packageParts(book),
    ...sheets,
    { name: 'xl/styles.xml', chunks: { [Symbol.iterator]: () => [styles.xml()][Symbol.iterator]() } },
    { name: 'xl/sharedStrings.xml', chunks: { [Symbol.iterator]: () => strings.xml() } },
  ]);
}
