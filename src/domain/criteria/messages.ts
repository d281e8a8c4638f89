/**
 * The messages of criteria tables and of scoring recipients by them, in Vietnamese and English.
 * `path` is a JSON path in a criteria table (`criteria[2].coefficient`); `recipient` is a
 * recipient's name as written (always quoted: it may hold Vietnamese).
 */
import type { MessageCatalogue, Text } from '../findings';
import type { Dec } from '../money/decimal';
import { formatEn, formatVi } from '../money/format';

export type CriteriaCode =
  // reading a criteria table
  | 'CRITERIA_TABLE_SHAPE'
  | 'CRITERIA_UNKNOWN_KEY'
  | 'CRITERIA_BAD_ID'
  | 'CRITERIA_UNKNOWN_KIND'
  | 'CRITERIA_BAD_COEFFICIENT'
  | 'CRITERIA_NEGATIVE_COEFFICIENT'
  | 'CRITERIA_DUPLICATE_ID'
  | 'CRITERIA_GROUP_MISSING'
  | 'CRITERIA_FIELD_NOT_ALLOWED'
  | 'CRITERIA_TWO_DEFAULTS'
  // the registry
  | 'CRITERIA_UNKNOWN_TABLE'
  // scoring recipients
  | 'CRITERIA_NO_RECIPIENTS'
  | 'CRITERIA_NO_NAME'
  | 'CRITERIA_UNKNOWN_CATEGORY'
  | 'CRITERIA_NOT_A_CATEGORY'
  | 'CRITERIA_UNKNOWN_QUANTITY'
  | 'CRITERIA_NOT_PER_UNIT'
  | 'CRITERIA_BAD_QUANTITY'
  | 'CRITERIA_NEGATIVE_QUANTITY'
  | 'CRITERIA_FRACTIONAL_QUANTITY'
  // reading the CSV files (recipients.csv, a coefficients file)
  | 'CRITERIA_CSV_EMPTY'
  | 'CRITERIA_CSV_NO_ROWS'
  | 'CRITERIA_CSV_UNCLOSED_QUOTE'
  | 'CRITERIA_CSV_MISSING_COLUMN'
  | 'CRITERIA_CSV_DUPLICATE_COLUMN'
  | 'CRITERIA_CSV_TOO_MANY_CELLS'
  | 'CRITERIA_CSV_NO_COEFFICIENT'
  | 'CRITERIA_CSV_CATEGORY_COLUMN'
  | 'CRITERIA_CSV_NO_NAME'
  | 'CRITERIA_CSV_DUPLICATE_NAME'
  | 'CRITERIA_CSV_UNKNOWN_CATEGORY'
  | 'CRITERIA_CSV_NOT_A_CATEGORY'
  | 'CRITERIA_CSV_BAD_NUMBER'
  | 'CRITERIA_CSV_NEGATIVE'
  | 'CRITERIA_CSV_FRACTIONAL'
  | 'CRITERIA_CSV_UNKNOWN_KIND';

/**
 * A place in a CSV file: the file's name, the line (1-based) and the column's header. Messages about
 * it start with it: `recipients.csv, dòng 3, cột "nhom": …`.
 */
export interface CsvPlace {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  /**
   * The cell (A1, or a row's range) when the rows come from a sheet range rather than a file: the
   * place is then told as `Ô C5 (cột "nhom")`, the file and line left out.
   */
  readonly cell?: string;
}

/** `recipients.csv, dòng 3, cột "nhom": text` — the place first, then what is wrong there. */
export function inCsv(p: CsvPlace, text: Text): Text {
  if (p.cell !== undefined) {
    const column = p.column !== undefined;
    return {
      vi: `Ô ${p.cell}${column ? ` (cột "${p.column}")` : ''}: ${text.vi}`,
      en: `Cell ${p.cell}${column ? ` (column "${p.column}")` : ''}: ${text.en}`,
    };
  }
  const vi = [
    p.file,
    p.line !== undefined ? `dòng ${p.line}` : '',
    p.column !== undefined ? `cột "${p.column}"` : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
  const en = [
    p.file,
    p.line !== undefined ? `line ${p.line}` : '',
    p.column !== undefined ? `column "${p.column}"` : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
  return { vi: `${vi}: ${text.vi}`, en: `${en}: ${text.en}` };
}

/** What is wrong with the shape of a value at a path of a criteria table. */
export type ShapeProblem =
  'notObject' | 'notArray' | 'notString' | 'notText' | 'notBoolean' | 'notStatus' | 'missing' | 'empty';

const SHAPE: Record<ShapeProblem, Text> = {
  notObject: { vi: 'phải là một đối tượng.', en: 'must be an object.' },
  notArray: { vi: 'phải là một mảng.', en: 'must be an array.' },
  notString: { vi: 'phải là chuỗi.', en: 'must be a string.' },
  notText: {
    vi: 'phải là một đối tượng {"vi": "…", "en": "…"} có cả hai chuỗi không rỗng.',
    en: 'must be an object {"vi": "…", "en": "…"} with both strings non-empty.',
  },
  notBoolean: { vi: 'phải là true hoặc false.', en: 'must be true or false.' },
  notStatus: {
    vi: 'phải là "reported" (theo số liệu được báo cáo) hoặc "checked" (đã đối chiếu văn bản gốc).',
    en: 'must be "reported" (figures as reported) or "checked" (checked against the original text).',
  },
  missing: { vi: 'bị thiếu.', en: 'is missing.' },
  empty: { vi: 'không được rỗng.', en: 'cannot be empty.' },
};

/** "Bảng tiêu chí: criteria[2].kind …" — the place first, then what is wrong there. */
function atPath(path: string, text: Text): Text {
  return {
    vi: `Bảng tiêu chí: ${path || '(gốc)'} ${text.vi}`,
    en: `Criteria table: ${path || '(root)'} ${text.en}`,
  };
}

/** "Đối tượng "Xã A": …" — the recipient first. */
function ofRecipient(recipient: string, text: Text): Text {
  return { vi: `Đối tượng "${recipient}": ${text.vi}`, en: `Recipient "${recipient}": ${text.en}` };
}

function didYouMean(suggestion: string | undefined): Text {
  return suggestion === undefined
    ? { vi: '', en: '' }
    : { vi: `; có phải "${suggestion}"?`, en: `; did you mean "${suggestion}"?` };
}

const KIND_TEXT: Record<'category' | 'default' | 'per-unit', Text> = {
  category: { vi: 'tiêu chí thuộc nhóm', en: 'a category criterion' },
  default: { vi: 'tiêu chí mặc định của nhóm', en: "a group's default criterion" },
  'per-unit': { vi: 'tiêu chí tính theo đơn vị', en: 'a per-unit criterion' },
};

/** The texts of {@link CriteriaCode}, by code. */
export const CRITERIA_MESSAGES = {
  CRITERIA_TABLE_SHAPE: ({ path, problem }: { path: string; problem: ShapeProblem }): Text =>
    atPath(path, SHAPE[problem]),
  CRITERIA_UNKNOWN_KEY: (a: {
    path: string;
    key: string;
    known: readonly string[];
    suggestion?: string;
  }): Text =>
    atPath(
      a.path,
      a.suggestion !== undefined
        ? {
            vi: `có khóa "${a.key}" không được biết; có phải "${a.suggestion}"?`,
            en: `has an unknown key "${a.key}"; did you mean "${a.suggestion}"?`,
          }
        : {
            vi: `có khóa "${a.key}" không được biết (các khóa: ${a.known.join(', ')}).`,
            en: `has an unknown key "${a.key}" (known keys: ${a.known.join(', ')}).`,
          },
    ),
  CRITERIA_BAD_ID: ({ path, id }: { path: string; id: string }): Text =>
    atPath(path, {
      vi: `"${id}" không dùng được làm mã: mã gồm chữ cái không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái.`,
      en: `"${id}" cannot be used as an id: ids hold unaccented letters, digits and underscores, and start with a letter.`,
    }),
  CRITERIA_UNKNOWN_KIND: ({
    path,
    kind,
    suggestion,
  }: {
    path: string;
    kind: string;
    suggestion?: string;
  }) => {
    const hint = didYouMean(suggestion);
    return atPath(path, {
      vi: `"${kind}" không phải loại tiêu chí (category, default, per-unit)${hint.vi}`,
      en: `"${kind}" is not a kind of criterion (category, default, per-unit)${hint.en}`,
    });
  },
  CRITERIA_BAD_COEFFICIENT: ({ path, written }: { path: string; written: string }): Text =>
    atPath(path, {
      vi: `"${written}" không phải hệ số hợp lệ; ghi hệ số dạng chuỗi thập phân, ví dụ "50" hoặc "0.5".`,
      en: `"${written}" is not a valid coefficient; write it as a decimal string such as "50" or "0.5".`,
    }),
  CRITERIA_NEGATIVE_COEFFICIENT: ({ path, coefficient }: { path: string; coefficient: Dec }): Text =>
    atPath(path, {
      vi: `hệ số ${formatVi(coefficient)} là số âm; hệ số không được âm.`,
      en: `the coefficient ${formatEn(coefficient)} is negative; coefficients cannot be negative.`,
    }),
  CRITERIA_DUPLICATE_ID: ({ path, id, first }: { path: string; id: string; first: string }): Text =>
    atPath(path, {
      vi: `mã "${id}" bị lặp (đã có ở ${first}).`,
      en: `the id "${id}" is repeated (first at ${first}).`,
    }),
  CRITERIA_GROUP_MISSING: (a: { path: string; id: string; kind: 'category' | 'default' }): Text =>
    atPath(a.path, {
      vi: `"${a.id}" là ${KIND_TEXT[a.kind].vi} nên phải có "group" (tên nhóm).`,
      en: `"${a.id}" is ${KIND_TEXT[a.kind].en}, so it needs a "group".`,
    }),
  CRITERIA_FIELD_NOT_ALLOWED: (a: {
    path: string;
    id: string;
    field: 'group' | 'countable';
    kind: 'category' | 'default' | 'per-unit';
  }): Text =>
    atPath(a.path, {
      vi: `"${a.id}" là ${KIND_TEXT[a.kind].vi} nên không có "${a.field}".`,
      en: `"${a.id}" is ${KIND_TEXT[a.kind].en}, so it takes no "${a.field}".`,
    }),
  CRITERIA_TWO_DEFAULTS: (a: { path: string; group: string; first: string; second: string }): Text =>
    atPath(a.path, {
      vi: `nhóm "${a.group}" có hai tiêu chí mặc định, "${a.first}" và "${a.second}"; mỗi nhóm chỉ có một.`,
      en: `the group "${a.group}" has two defaults, "${a.first}" and "${a.second}"; a group has at most one.`,
    }),
  CRITERIA_UNKNOWN_TABLE: (a: { id: string; known: readonly string[]; suggestion?: string }): Text => {
    const hint = didYouMean(a.suggestion);
    return {
      vi: `Không có bảng tiêu chí "${a.id}"${hint.vi} (các bảng có sẵn: ${a.known.join(', ')}).`,
      en: `There is no criteria table "${a.id}"${hint.en} (built-in tables: ${a.known.join(', ')}).`,
    };
  },
  CRITERIA_NO_RECIPIENTS: (): Text => ({
    vi: 'Danh sách đối tượng phân bổ đang trống.',
    en: 'The list of recipients is empty.',
  }),
  CRITERIA_NO_NAME: ({ index }: { index: number }): Text => ({
    vi: `Đối tượng thứ ${index + 1} chưa có tên.`,
    en: `Recipient ${index + 1} has no name.`,
  }),
  CRITERIA_UNKNOWN_CATEGORY: (a: { recipient: string; id: string; table: string; suggestion?: string }) => {
    const hint = didYouMean(a.suggestion);
    return ofRecipient(a.recipient, {
      vi: `nhóm "${a.id}" không có trong bảng tiêu chí ${a.table}${hint.vi}`,
      en: `the category "${a.id}" is not in the criteria table ${a.table}${hint.en}`,
    });
  },
  CRITERIA_NOT_A_CATEGORY: ({ recipient, id }: { recipient: string; id: string }): Text =>
    ofRecipient(recipient, {
      vi: `"${id}" là tiêu chí tính theo đơn vị, không phải nhóm; hãy ghi số lượng của nó ở cột "${id}".`,
      en: `"${id}" is a per-unit criterion, not a category; give its quantity in the column "${id}".`,
    }),
  CRITERIA_UNKNOWN_QUANTITY: (a: { recipient: string; id: string; table: string; suggestion?: string }) => {
    const hint = didYouMean(a.suggestion);
    return ofRecipient(a.recipient, {
      vi: `số lượng "${a.id}" không có hệ số trong bảng tiêu chí ${a.table}${hint.vi}`,
      en: `the quantity "${a.id}" has no coefficient in the criteria table ${a.table}${hint.en}`,
    });
  },
  CRITERIA_NOT_PER_UNIT: ({ recipient, id }: { recipient: string; id: string }): Text =>
    ofRecipient(recipient, {
      vi: `"${id}" là tiêu chí theo nhóm, không tính theo số lượng; hãy ghi nó trong danh sách nhóm.`,
      en: `"${id}" is a category, not counted by quantity; list it among the categories.`,
    }),
  CRITERIA_BAD_QUANTITY: (a: { recipient: string; id: string; written: string }): Text =>
    ofRecipient(a.recipient, {
      vi: `số lượng "${a.id}" là "${a.written}", không phải một số; ghi số dạng 3 hoặc 2.5.`,
      en: `the quantity "${a.id}" is "${a.written}", which is not a number; write it as 3 or 2.5.`,
    }),
  CRITERIA_NEGATIVE_QUANTITY: (a: { recipient: string; id: string; quantity: Dec }): Text =>
    ofRecipient(a.recipient, {
      vi: `số lượng "${a.id}" là ${formatVi(a.quantity)}, số âm; số lượng không được âm.`,
      en: `the quantity "${a.id}" is ${formatEn(a.quantity)}, which is negative; quantities cannot be negative.`,
    }),
  CRITERIA_FRACTIONAL_QUANTITY: (a: { recipient: string; id: string; quantity: Dec }): Text =>
    ofRecipient(a.recipient, {
      vi: `số lượng "${a.id}" là ${formatVi(a.quantity)}, nhưng tiêu chí này đếm theo đơn vị nên phải là số nguyên.`,
      en: `the quantity "${a.id}" is ${formatEn(a.quantity)}, but this criterion counts whole units, so it must be a whole number.`,
    }),
  CRITERIA_CSV_EMPTY: ({ file }: { file: string }): Text =>
    inCsv(
      { file },
      { vi: 'tệp trống, không có dòng tiêu đề.', en: 'the file is empty; it has no header line.' },
    ),
  CRITERIA_CSV_NO_ROWS: ({ file }: { file: string }): Text =>
    inCsv(
      { file },
      {
        vi: 'tệp chỉ có dòng tiêu đề, chưa có dòng số liệu nào.',
        en: 'the file has only its header line, no data.',
      },
    ),
  CRITERIA_CSV_UNCLOSED_QUOTE: (p: { file: string; line: number }): Text =>
    inCsv(p, {
      vi: 'dấu ngoặc kép (") mở ở dòng này không được đóng.',
      en: 'a double quote (") opened on this line is never closed.',
    }),
  /** `header`: the columns the header line must have; `quantities`: then the quantity columns. */
  CRITERIA_CSV_MISSING_COLUMN: (a: {
    file: string;
    column: string;
    header: readonly string[];
    quantities: boolean;
    cell?: string;
  }): Text =>
    inCsv(
      { file: a.file, line: 1, cell: a.cell },
      {
        vi: `thiếu cột "${a.column}"; dòng tiêu đề phải là ${a.header.join(',')}${a.quantities ? ',<các cột số lượng>' : ''}.`,
        en: `the column "${a.column}" is missing; the header line must be ${a.header.join(',')}${a.quantities ? ',<quantity columns>' : ''}.`,
      },
    ),
  CRITERIA_CSV_DUPLICATE_COLUMN: (a: { file: string; column: string; cell?: string }): Text =>
    inCsv(
      { file: a.file, line: 1, column: a.column, cell: a.cell },
      { vi: 'cột này có hai lần trong dòng tiêu đề.', en: 'this column appears twice in the header line.' },
    ),
  CRITERIA_CSV_TOO_MANY_CELLS: (a: { file: string; line: number; cells: number; columns: number }): Text =>
    inCsv(
      { file: a.file, line: a.line },
      {
        vi: `có ${a.cells} ô nhưng dòng tiêu đề chỉ có ${a.columns} cột; số có dấu phẩy thập phân (2,5) hoặc danh sách nhóm có dấu phẩy phải đặt trong ngoặc kép.`,
        en: `it has ${a.cells} cells but the header line has only ${a.columns} columns; a number with a decimal comma (2,5) or a list with commas must be in double quotes.`,
      },
    ),
  CRITERIA_CSV_NO_COEFFICIENT: (a: {
    file: string;
    column: string;
    table: string;
    suggestion?: string;
    cell?: string;
  }) => {
    const hint = didYouMean(a.suggestion);
    return inCsv(
      { file: a.file, line: 1, column: a.column, cell: a.cell },
      {
        vi: `cột số lượng này không có hệ số trong bảng tiêu chí ${a.table}${hint.vi}`,
        en: `this quantity column has no coefficient in the criteria table ${a.table}${hint.en}`,
      },
    );
  },
  CRITERIA_CSV_CATEGORY_COLUMN: (a: { file: string; column: string; cell?: string }): Text =>
    inCsv(
      { file: a.file, line: 1, column: a.column, cell: a.cell },
      {
        vi: `"${a.column}" là tiêu chí theo nhóm, không tính theo số lượng; hãy ghi nó trong cột "nhom" của các đối tượng thuộc nhóm đó.`,
        en: `"${a.column}" is a category, not counted by quantity; list it in the "nhom" column of the recipients in it.`,
      },
    ),
  CRITERIA_CSV_NO_NAME: (p: { file: string; line: number; cell?: string }): Text =>
    inCsv({ ...p, column: 'ten' }, { vi: 'đối tượng chưa có tên.', en: 'the recipient has no name.' }),
  CRITERIA_CSV_DUPLICATE_NAME: (a: {
    file: string;
    line: number;
    name: string;
    first: number;
    cell?: string;
  }): Text =>
    inCsv(
      { file: a.file, line: a.line, column: 'ten', cell: a.cell },
      {
        vi: `tên "${a.name}" đã có ở dòng ${a.first}; mỗi đối tượng chỉ ghi một dòng.`,
        en: `the name "${a.name}" is already on line ${a.first}; each recipient takes one line.`,
      },
    ),
  CRITERIA_CSV_UNKNOWN_CATEGORY: (a: {
    file: string;
    line: number;
    id: string;
    table: string;
    suggestion?: string;
    cell?: string;
  }) => {
    const hint = didYouMean(a.suggestion);
    return inCsv(
      { file: a.file, line: a.line, column: 'nhom', cell: a.cell },
      {
        vi: `nhóm "${a.id}" không có trong bảng tiêu chí ${a.table}${hint.vi}`,
        en: `the category "${a.id}" is not in the criteria table ${a.table}${hint.en}`,
      },
    );
  },
  CRITERIA_CSV_NOT_A_CATEGORY: (a: { file: string; line: number; id: string; cell?: string }): Text =>
    inCsv(
      { file: a.file, line: a.line, column: 'nhom', cell: a.cell },
      {
        vi: `"${a.id}" là tiêu chí tính theo đơn vị, không phải nhóm; hãy ghi số lượng của nó ở cột "${a.id}".`,
        en: `"${a.id}" is a per-unit criterion, not a category; give its quantity in the column "${a.id}".`,
      },
    ),
  CRITERIA_CSV_BAD_NUMBER: (a: CsvPlace & { written: string; reason?: Text }): Text =>
    inCsv(
      a,
      a.reason !== undefined
        ? { vi: `"${a.written}": ${a.reason.vi}`, en: `"${a.written}": ${a.reason.en}` }
        : {
            vi: `"${a.written}" không phải là một số; ghi số dạng 3, 2,5 hoặc 2.5.`,
            en: `"${a.written}" is not a number; write it as 3, 2,5 or 2.5.`,
          },
    ),
  CRITERIA_CSV_NEGATIVE: (a: CsvPlace & { value: Dec }): Text =>
    inCsv(a, {
      vi: `${formatVi(a.value)} là số âm; ở đây không được ghi số âm.`,
      en: `${formatEn(a.value)} is negative; negative figures are not allowed here.`,
    }),
  CRITERIA_CSV_FRACTIONAL: (a: CsvPlace & { value: Dec }): Text =>
    inCsv(a, {
      vi: `${formatVi(a.value)} không phải số nguyên, nhưng tiêu chí này đếm theo đơn vị.`,
      en: `${formatEn(a.value)} is not a whole number, but this criterion counts whole units.`,
    }),
  CRITERIA_CSV_UNKNOWN_KIND: (a: CsvPlace & { written: string; suggestion?: string }) => {
    const hint = didYouMean(a.suggestion);
    return inCsv(a, {
      vi: `"${a.written}" không phải loại tiêu chí (thuoc_nhom, moi_don_vi, mac_dinh)${hint.vi}`,
      en: `"${a.written}" is not a kind of criterion (thuoc_nhom, moi_don_vi, mac_dinh)${hint.en}`,
    });
  },
} satisfies MessageCatalogue<CriteriaCode>;
