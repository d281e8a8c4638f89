/** The messages of extending a catalogue with user rows, in Vietnamese and English. */
import type { MessageCatalogue, Text } from '../findings';

/** A user row that cannot be added (the row is skipped, the others are added). */
export type CatalogueCode = 'CATALOGUE_ROW';

/** What is wrong with a user row. */
export type RowProblem =
  | { readonly problem: 'badCode'; readonly code: string }
  | { readonly problem: 'exists'; readonly code: string }
  | { readonly problem: 'noName'; readonly code: string }
  | { readonly problem: 'noParent'; readonly code: string; readonly parent: string }
  | { readonly problem: 'belowComponent'; readonly code: string; readonly parent: string };

function rowText(row: RowProblem): Text {
  switch (row.problem) {
    case 'badCode':
      return { vi: `Mã "${row.code}" không hợp lệ.`, en: `Code "${row.code}" is not valid.` };
    case 'exists':
      return { vi: `Mã ${row.code} đã có trong danh mục.`, en: `Code ${row.code} already exists.` };
    case 'noName':
      return { vi: `Dòng ${row.code} chưa có tên.`, en: `Row ${row.code} has no name.` };
    case 'noParent':
      return {
        vi: `Không có mục cha ${row.parent} cho dòng ${row.code}.`,
        en: `Parent ${row.parent} of row ${row.code} does not exist.`,
      };
    case 'belowComponent':
      return {
        vi: `Không thể thêm dòng dưới nội dung thành phần ${row.parent}.`,
        en: `No row can be added below the component ${row.parent}.`,
      };
  }
}

/** The texts of {@link CatalogueCode}, by code. */
export const CATALOGUE_MESSAGES = {
  CATALOGUE_ROW: rowText,
} satisfies MessageCatalogue<CatalogueCode>;
