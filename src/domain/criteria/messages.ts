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
  | 'CRITERIA_FRACTIONAL_QUANTITY';

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
} satisfies MessageCatalogue<CriteriaCode>;
