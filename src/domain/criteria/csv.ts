/**
 * A small CSV reader for the criteria files (recipients, coefficients): UTF-8 text with or without a
 * byte-order mark, CRLF or LF line ends, fields in double quotes (`"khu_vuc_II;bien_gioi"`, `"2,5"`,
 * `""` for a quote inside), separated by `,` — or by `;` when the header line has more `;` than `,`
 * outside quotes (Excel with Vietnamese regional settings saves CSV that way). Pure.
 */

/** One record of the file: its fields and the line it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

export type CsvResult =
  | { readonly ok: true; readonly separator: ',' | ';'; readonly records: readonly CsvRecord[] }
  /** A quote opened on `line` is never closed. */
  | { readonly ok: false; readonly unclosedQuote: number };

/** The separator of a file, told from its first line: `;` when it has more of them than `,` outside quotes. */
function separatorOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads CSV text into records. Records whose fields are all blank (empty lines) are dropped; fields
 * are kept as written (callers trim). A quote that is never closed is reported with its line.
 */
export function readCsv(raw: string): CsvResult {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const separator = separatorOf(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    cells.push(field);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      cells.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (quoted) return { ok: false, unclosedQuote: quoteLine };
  endRecord();
  return { ok: true, separator, records };
}

/** A header name as compared with the expected ones: trimmed, lower case, without Vietnamese marks (`Tên` → `ten`). */
export function headerKey(name: string): string {
  return name
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
