/** The messages of reading a plan's JSON form, in Vietnamese and English. */
import type { MessageCatalogue, Text } from '../findings';

/** A plan's JSON that cannot be read (the first problem met, at its JSON path). */
export type PlanCode = 'PLAN_JSON';

/** What is wrong at a JSON path. */
export type JsonProblem =
  | {
      readonly problem:
        | 'notObject'
        | 'notJsonObject'
        | 'notArray'
        | 'notString'
        | 'notAmount'
        | 'notBoolean'
        | 'notYear'
        | 'notPositive'
        | 'negative'
        | 'missing'
        | 'needsText';
    }
  | { readonly problem: 'amount'; readonly reason: Text }
  | { readonly problem: 'unknownSource'; readonly known: readonly string[]; readonly suggestion?: string }
  | {
      readonly problem: 'unknownKey';
      readonly key: string;
      readonly known: readonly string[];
      readonly suggestion?: string;
    }
  | { readonly problem: 'inexactNumber'; readonly written: string }
  | { readonly problem: 'unknownCatalogue' | 'unknownUnit'; readonly value: string }
  | { readonly problem: 'needsParentAndName' | 'repeated'; readonly code: string }
  | { readonly problem: 'notAdded'; readonly code: string; readonly reason?: Text };

function problemText(p: JsonProblem): Text {
  switch (p.problem) {
    case 'notObject':
      return { vi: 'phải là một đối tượng.', en: 'must be an object.' };
    case 'notJsonObject':
      return { vi: 'phải là một đối tượng JSON.', en: 'must be a JSON object.' };
    case 'notArray':
      return { vi: 'phải là một mảng.', en: 'must be an array.' };
    case 'notString':
      return { vi: 'phải là chuỗi.', en: 'must be a string.' };
    case 'notAmount':
      return {
        vi: 'phải là một số tiền dạng chuỗi, ví dụ "7133.25".',
        en: 'must be an amount string such as "7133.25".',
      };
    case 'notBoolean':
      return { vi: 'phải là true hoặc false.', en: 'must be true or false.' };
    case 'notYear':
      return { vi: 'phải là một năm, ví dụ 2024.', en: 'must be a year such as 2024.' };
    case 'notPositive':
      return { vi: 'phải lớn hơn 0.', en: 'must be above 0.' };
    case 'negative':
      return { vi: 'không được âm.', en: 'cannot be negative.' };
    case 'unknownKey':
      return {
        vi: `có khóa "${p.key}" không được biết${p.suggestion ? `; có phải "${p.suggestion}"?` : ` (các khóa: ${p.known.join(', ')}).`}`,
        en: `has an unknown key "${p.key}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : ` (known keys: ${p.known.join(', ')}).`}`,
      };
    case 'inexactNumber':
      return {
        vi: `là số ${p.written}, không giữ được chính xác ở dạng số JSON; hãy ghi số tiền dạng chuỗi, ví dụ "7133.25".`,
        en: `is the number ${p.written}, which a JSON number cannot hold exactly; write the amount as a string, e.g. "7133.25".`,
      };
    case 'missing':
      return { vi: 'bị thiếu.', en: 'is missing.' };
    case 'needsText':
      return { vi: 'phải có "text".', en: 'needs "text".' };
    case 'amount':
      return p.reason;
    case 'unknownSource':
      return {
        vi: `không phải là nguồn vốn đã biết${p.suggestion ? `; có phải "${p.suggestion}"?` : ''} (${p.known.join(', ')}).`,
        en: `is not a known source${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''} (${p.known.join(', ')}).`,
      };
    case 'unknownCatalogue':
      return {
        vi: `"${p.value}" không phải danh mục đã biết.`,
        en: `"${p.value}" is not a known catalogue.`,
      };
    case 'unknownUnit':
      return {
        vi: `"${p.value}" không phải đơn vị tiền (trieu_dong, ty_dong, dong).`,
        en: `"${p.value}" is not a unit (trieu_dong, ty_dong, dong).`,
      };
    case 'needsParentAndName':
      return {
        vi: `mã ${p.code} không có trong danh mục nên phải có "parent" và "name".`,
        en: `code ${p.code} is not in the catalogue, so it needs "parent" and "name".`,
      };
    case 'repeated':
      return { vi: `mã ${p.code} bị lặp.`, en: `code ${p.code} is repeated.` };
    case 'notAdded':
      return p.reason
        ? {
            vi: `mã ${p.code} không thêm được vào danh mục: ${p.reason.vi}`,
            en: `code ${p.code} could not be added: ${p.reason.en}`,
          }
        : { vi: `mã ${p.code} không thêm được vào danh mục.`, en: `code ${p.code} could not be added.` };
  }
}

/** The texts of {@link PlanCode}, by code. `path` is the JSON path (`items[3].amounts.nsdp`), '' for the root. */
export const PLAN_MESSAGES = {
  PLAN_JSON: ({ path, problem }: { path: string; problem: JsonProblem }): Text => {
    const reason = problemText(problem);
    return {
      vi: `Kế hoạch JSON không hợp lệ: ${path || '(gốc)'} ${reason.vi}`,
      en: `Invalid plan JSON: ${path || '(root)'} ${reason.en}`,
    };
  },
} satisfies MessageCatalogue<PlanCode>;
