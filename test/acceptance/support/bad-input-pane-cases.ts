/**
 * The bad files of the task pane, as a table: a plan document chosen in the "Mẫu" step (import) or a
 * workbook opened in standalone mode (open), with what the one sentence shown must name.
 */
import {
  binaryBytes,
  cp1258Bytes,
  docxBombBytes,
  emptyBytes,
  emptyWorkbookBytes,
  itemsOf,
  jsonBytes,
  jsonPlan,
  nonPlanWorkbookBytes,
  oleBytes,
  pdfBytes,
  planDocxBytes,
  planTextBytes,
  planWorkbookBytes,
  proseBytes,
  proseUtf16Bytes,
  tcvn3Bytes,
  truncatedDocxBytes,
  truncatedXlsxBytes,
  word97Bytes,
  xlsxBombBytes,
  zipOf,
} from './bad-input-files';

/** One bad file given to the pane. */
export interface PaneCase {
  readonly name: string;
  /** `import`: the "Mẫu" step's document import; `open`: standalone mode's "Mở sổ tính". */
  readonly path: 'import' | 'open';
  readonly file: string;
  readonly bytes: () => Uint8Array | Promise<Uint8Array>;
  /** Texts the Vietnamese sentence must contain besides the file's name. */
  readonly names?: readonly string[];
}

const LONG = `1${'0'.repeat(70)}`;
const row = (code: string, parent: string) => ({
  code,
  parent,
  name: `Sửa nhà văn hóa bản ${code}`,
  amounts: { total: '30', nsdp: '30' },
});

const imports: PaneCase[] = [
  { name: 'an empty .txt', path: 'import', file: 'kh.txt', bytes: emptyBytes },
  { name: 'a binary .txt', path: 'import', file: 'kh.txt', bytes: () => binaryBytes() },
  { name: 'a Windows-1258 .txt', path: 'import', file: 'kh.txt', bytes: cp1258Bytes },
  { name: 'a TCVN3 .txt', path: 'import', file: 'kh.txt', bytes: tcvn3Bytes },
  { name: 'a text that is no plan', path: 'import', file: 'bien-ban.txt', bytes: proseBytes },
  {
    name: 'a UTF-16 text without BOM that is no plan',
    path: 'import',
    file: 'bien-ban.txt',
    bytes: proseUtf16Bytes,
  },
  {
    name: 'JSON settings.step "0"',
    path: 'import',
    file: 'kh.json',
    bytes: () => jsonBytes(jsonPlan((p) => void (p.settings = { step: '0' }))),
    names: ['settings.step'],
  },
  { name: 'a PDF', path: 'import', file: 'kh.pdf', bytes: pdfBytes },
  { name: 'a Word 97 .doc', path: 'import', file: 'kh.doc', bytes: word97Bytes },
  { name: 'a Word 97 file renamed .docx', path: 'import', file: 'kh.docx', bytes: word97Bytes },
  { name: 'a truncated .docx', path: 'import', file: 'kh.docx', bytes: truncatedDocxBytes },
  { name: 'a .docx zip bomb', path: 'import', file: 'kh.docx', bytes: () => docxBombBytes() },
  {
    name: 'a .docx zip bomb whose headers lie',
    path: 'import',
    file: 'kh.docx',
    bytes: () => docxBombBytes(true),
  },
  { name: 'a workbook chosen as a document', path: 'import', file: 'kh.xlsx', bytes: planWorkbookBytes },
  {
    name: 'JSON with "amount" misspelt',
    path: 'import',
    file: 'kh.json',
    bytes: () => jsonBytes(jsonPlan((p) => void (itemsOf(p)[0] = { code: 'DA2', amount: { total: '820' } }))),
    names: ['"amount"', 'amounts'],
  },
  {
    name: 'JSON number of 16 significant digits',
    path: 'import',
    file: 'kh.json',
    bytes: () =>
      jsonBytes(
        jsonPlan((p) => void (itemsOf(p)[0] = { code: 'DA2', amounts: { total: '@RAW@' } })),
        '8200000000000001',
      ),
    names: ['dòng 10', '8200000000000001'],
  },
  {
    name: 'JSON float with an exponent',
    path: 'import',
    file: 'kh.json',
    bytes: () =>
      jsonBytes(
        jsonPlan((p) => void (itemsOf(p)[0] = { code: 'DA2', amounts: { total: '@RAW@' } })),
        '8.2E+2',
      ),
    names: ['dòng 10', '8.2E+2'],
  },
  {
    name: 'JSON amount beyond 60 digits',
    path: 'import',
    file: 'kh.json',
    bytes: () => jsonBytes(jsonPlan((p) => void (itemsOf(p)[0] = { code: 'DA2', amounts: { total: LONG } }))),
    names: ['items[0].amounts.total'],
  },
  {
    name: 'a JSON plan with no items',
    path: 'import',
    file: 'kh.json',
    bytes: () => jsonBytes(jsonPlan((p) => void (p.items = []))),
  },
  {
    name: 'an orphan user row',
    path: 'import',
    file: 'kh.json',
    bytes: () => jsonBytes(jsonPlan((p) => void itemsOf(p).push(row('DA2.1', 'DA9')))),
    names: ['DA2.1', 'DA9'],
  },
  {
    name: 'user rows whose parents form a cycle',
    path: 'import',
    file: 'kh.json',
    bytes: () =>
      jsonBytes(jsonPlan((p) => void itemsOf(p).push(row('DA2.1', 'DA2.2'), row('DA2.2', 'DA2.1')))),
    names: ['DA2.1', 'DA2.2'],
  },
  {
    name: 'JSON that does not parse',
    path: 'import',
    file: 'kh.json',
    bytes: () => new TextEncoder().encode('{ "unit": "trieu_dong" "items": [] }'),
    names: ['dòng 1'],
  },
];

const opens: PaneCase[] = [
  { name: 'a file that is not .xlsx', path: 'open', file: 'kh.txt', bytes: planTextBytes },
  { name: 'an empty .xlsx', path: 'open', file: 'kh.xlsx', bytes: emptyBytes },
  { name: 'a password-protected .xlsx (OLE2)', path: 'open', file: 'kh.xlsx', bytes: () => oleBytes() },
  { name: 'an old .xls renamed .xlsx', path: 'open', file: 'kh.xlsx', bytes: () => oleBytes('Workbook') },
  { name: 'text renamed .xlsx', path: 'open', file: 'kh.xlsx', bytes: planTextBytes },
  { name: 'a PDF renamed .xlsx', path: 'open', file: 'kh.xlsx', bytes: pdfBytes },
  { name: 'a truncated .xlsx', path: 'open', file: 'kh.xlsx', bytes: truncatedXlsxBytes },
  { name: 'a .docx renamed .xlsx', path: 'open', file: 'kh.xlsx', bytes: planDocxBytes },
  {
    name: 'a ZIP without a workbook',
    path: 'open',
    file: 'kh.xlsx',
    bytes: () => zipOf({ 'anh/bao-cao.txt': 'Ảnh chụp biên bản' }),
  },
  { name: 'a blank new workbook', path: 'open', file: 'Book1.xlsx', bytes: emptyWorkbookBytes },
  { name: 'a workbook without a plan', path: 'open', file: 'ho-ngheo.xlsx', bytes: nonPlanWorkbookBytes },
  {
    name: 'a workbook whose parts are not XML',
    path: 'open',
    file: 'kh.xlsx',
    bytes: () => zipOf({ '[Content_Types].xml': 'hỏng', 'xl/workbook.xml': 'hỏng' }),
  },
  {
    name: 'an .xlsx zip bomb',
    path: 'open',
    file: 'kh.xlsx',
    bytes: () => xlsxBombBytes(),
    names: ['tệp nén độc hại'],
  },
  {
    name: 'an .xlsx zip bomb whose headers lie',
    path: 'open',
    file: 'kh.xlsx',
    bytes: () => xlsxBombBytes(true),
    names: ['tệp nén độc hại'],
  },
];

/** Every pane case. */
export const PANE_CASES: readonly PaneCase[] = [...imports, ...opens];
