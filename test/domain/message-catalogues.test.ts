/**
 * Every message catalogue of the product speaks both languages: for every code, with sample
 * arguments (several where a message has branches), the Vietnamese and the English text are
 * non-empty and different, neither shows a leftover such as "undefined" or "[object Object]", the
 * Vietnamese is Vietnamese (it has diacritics) and the English has none outside quoted text and the
 * few Vietnamese terms it keeps on purpose. The codes come from the catalogues themselves, so a code
 * added without a sample here fails.
 */
import { APP_MESSAGES } from '../../src/app/messages';
import { ALLOCATION_MESSAGES } from '../../src/domain/allocation';
import { CATALOGUE_MESSAGES } from '../../src/domain/catalogue';
import { CRITERIA_MESSAGES } from '../../src/domain/criteria';
import { at, type Text } from '../../src/domain/findings';
import { dec, Dec, MONEY_MESSAGES } from '../../src/domain/money';
import { OUTLINE_MESSAGES } from '../../src/domain/outline/messages';
import { PLAN_MESSAGES, type JsonProblem } from '../../src/domain/plan';
import { RENDER_MESSAGES } from '../../src/domain/render';
import { VALIDATION_MESSAGES } from '../../src/domain/validation';
import { WORDS_MESSAGES } from '../../src/domain/words';
import { EXPORT_MESSAGES } from '../../src/export/messages';
import { FUNCTION_MESSAGES } from '../../src/functions/core/messages';
import { HOST_MESSAGES } from '../../src/hosts/messages';
import { decodeMessages } from '../../src/import/decode-text';
import { IMPORT_MESSAGES } from '../../src/import/messages';
import { platformMessages } from '../../src/platform/messages';
import { SHEET_MESSAGES } from '../../src/sheet/messages';

/** The arguments of each code's message, several where the message has branches. */
type Samples<M> = {
  readonly [K in keyof M]: M[K] extends (args: infer A) => Text ? readonly A[] : never;
};

/** One message function, called with a sample of its own arguments. */
type AnyMessage = (args: unknown) => Text;

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/**
 * Vietnamese the English texts keep on purpose: the currency, the document's own terms given as a
 * gloss, the official names of a plan's parts and of the programme's decision.
 */
const KEPT_IN_ENGLISH = [
  'triệu đồng',
  'tỷ đồng',
  'đồng',
  'chuyển nguồn',
  'lồng ghép, huy động',
  'Tiểu dự án',
  'Dự án',
  'TỔNG CỘNG',
  'QĐ-TTg',
];

const LEFTOVER = /undefined|\[object|\bnull\b|\bNaN\b/;

/** The text without its quotations ("…"), which hold what the user or the document wrote. */
function unquoted(text: string): string {
  return text.replace(/"[^"]*"/g, '""');
}

function englishLeftovers(en: string): string {
  let rest = unquoted(en);
  for (const term of KEPT_IN_ENGLISH) rest = rest.split(term).join('');
  return rest;
}

function checkCatalogue<M extends Record<string, AnyMessage | ((args: never) => Text)>>(
  name: string,
  catalogue: M,
  samples: Samples<M>,
): void {
  describe(name, () => {
    it('has samples for exactly its codes', () => {
      expect(Object.keys(samples).sort()).toEqual(Object.keys(catalogue).sort());
    });

    it.each(Object.keys(catalogue))('%s speaks both languages', (code) => {
      const table = (samples as Record<string, readonly unknown[] | undefined>)[code];
      if (table === undefined || table.length === 0) throw new Error(`${name}: no sample for ${code}`);
      for (const args of table) {
        const { vi, en } = (catalogue[code] as AnyMessage)(args);
        expect(vi.trim()).not.toBe('');
        expect(en.trim()).not.toBe('');
        expect(vi).not.toBe(en);
        expect(vi).not.toMatch(LEFTOVER);
        expect(en).not.toMatch(LEFTOVER);
        expect(unquoted(vi)).toMatch(VIETNAMESE_LETTER);
        expect(englishLeftovers(en)).not.toMatch(VIETNAMESE_LETTER);
      }
    });
  });
}

const d = (x: string | number): Dec => dec(x);
const REASON: Text = { vi: 'tệp bị hỏng.', en: 'the file is damaged.' };

checkCatalogue('money (parseAmount)', MONEY_MESSAGES, {
  AMOUNT_EMPTY: [undefined],
  AMOUNT_NOT_A_NUMBER: [{ input: 'abc' }, { input: 'x'.repeat(60) }],
  AMOUNT_BAD_FORMAT: (['vi', 'en', 'plain', 'auto'] as const).map((locale) => ({
    input: '1.2.3,4,5',
    locale,
  })),
  AMOUNT_AMBIGUOUS: [{ input: '1.469', sep: '.', asThousands: '1469', asDecimal: '1.469' }],
});

checkCatalogue('words (amountInWords)', WORDS_MESSAGES, {
  WORDS_NOT_A_NUMBER: [{ amount: new Dec(Infinity) }],
  WORDS_FRACTIONAL_DONG: [{ amount: d('0.0000005'), unit: 'trieu_dong', dong: d('0.5') }],
});

const negative = [{ value: d(-2) }, { value: d('-0.5'), line: 1 }];

checkCatalogue('allocation', ALLOCATION_MESSAGES, {
  ALLOC_NOT_A_NUMBER: [
    { field: 'total' },
    { field: 'step' },
    { field: 'weight', line: 0 },
    { field: 'locked', line: 2 },
  ],
  ALLOC_STEP_NOT_POSITIVE: [{ step: d('-0.01') }],
  ALLOC_TOTAL_NEGATIVE: [{ value: d(-5) }],
  ALLOC_WEIGHT_NEGATIVE: negative,
  ALLOC_MIN_NEGATIVE: negative,
  ALLOC_MAX_NEGATIVE: negative,
  ALLOC_LOCKED_NEGATIVE: negative,
  ALLOC_MIN_ABOVE_MAX: [{ line: 0, min: d(50), max: d(40) }],
  ALLOC_BOUNDS_BETWEEN_STEPS: [{ line: 0, min: d('0.3'), max: d('0.7'), step: d(1) }],
  ALLOC_LOCKED_EXCEED_TOTAL: [{ locked: d(12), total: d(10) }],
  ALLOC_TOTAL_NOT_MULTIPLE_OF_STEP: [
    { total: d('100.005'), locked: d(0), rest: d('100.005'), step: d('0.01') },
    { total: d(100), locked: d('0.5'), rest: d('99.5'), step: d(1) },
  ],
  ALLOC_EMPTY_LINES: [{ total: d(5) }],
  ALLOC_ALL_LOCKED: [{ rest: d(6) }],
  ALLOC_MIN_SUM_EXCEEDS_TOTAL: [
    { minSum: d(120), rest: d(100), rounded: false },
    { minSum: d(101), rest: d(100), rounded: true },
  ],
  ALLOC_ALL_WEIGHTS_ZERO: [{ rest: d(10) }],
  ALLOC_TOTAL_EXCEEDS_MAX_SUM: [
    { rest: d(1469), capacity: d(1400), rounded: false, zeroWeights: false },
    { rest: d(100), capacity: d(50), rounded: true, zeroWeights: true },
  ],
  ALLOC_LOCKED_OUTSIDE_BOUNDS: [
    { line: 0, locked: d(30), min: d(40) },
    { line: 1, locked: d(90), min: d(10), max: d(80) },
  ],
  ALLOC_LOCAL_LINES_LENGTH: [{ expected: 3, actual: 2 }],
  ALLOC_INTERNAL: [undefined],
});

const unit = 'trieu_dong' as const;

checkCatalogue('validation', VALIDATION_MESSAGES, {
  ITEM_TOTAL: [
    { where: at.item('DA2'), stated: d(100), sources: d('98.5'), unit },
    { where: at.plan(), stated: d(100), sources: d('98.5'), unit: 'ty_dong' },
  ],
  NSTW_SPLIT: [{ where: at.item('DA2'), stated: d(100), parts: d(90), unit }],
  PARENT_SUM: [
    {
      code: 'DA4',
      kind: 'du_an',
      key: 'total',
      stated: d(1800),
      children: d(1785),
      childKinds: ['tieu_du_an', 'tieu_du_an'],
      childCodes: ['DA4.1', 'DA4.3'],
      unit,
    },
    {
      code: 'DA4.1',
      kind: 'tieu_du_an',
      key: 'nstw_su_nghiep',
      stated: d(10),
      children: d(9),
      childKinds: ['noi_dung', 'noi_dung_thanh_phan'],
      childCodes: Array.from({ length: 10 }, (_, i) => `DA4.1.${i + 1}`),
      unit: 'dong',
    },
  ],
  PLAN_TOTAL: [{ key: 'nstw', stated: d(15089), items: d(15000), unit }],
  NOT_APPLICABLE_MONEY: [
    {
      code: 'DA1',
      kind: 'du_an',
      amounts: [
        ['total', d(5)],
        ['khac', d(5)],
      ],
      unit,
    },
  ],
  NEGATIVE_AMOUNT: [
    { where: at.item('DA2'), key: 'nsdp', value: d(-1), unit },
    { where: at.plan(), key: 'total', value: d(-1), unit },
  ],
  COUNTERPART_RATIO: [
    { nsdp: undefined, minimum: d(114), ratio: d('0.015'), nstw: d(7538), unit },
    { nsdp: d(100), minimum: d(114), ratio: d('0.015'), nstw: d(7538), unit },
  ],
  INVESTMENT_NOT_ALLOWED: [{ code: 'DA4.1', label: 'DA4.1', value: d(10), unit }],
  STEP_DECIMALS: [
    {
      where: at.item('DA2'),
      key: 'total',
      value: d('1.5'),
      step: d(1),
      nearest: d(2),
      decimalStep: true,
      unit,
    },
    { where: at.plan(), key: 'nsdp', value: d(7), step: d(5), nearest: d(5), decimalStep: false, unit },
  ],
  FLOAT_DRIFT: [{ code: 'DA2', cell: 'E12', key: 'total', stored: 0.30000000000000004, shown: d('0.3') }],
});

checkCatalogue('catalogue (user rows)', CATALOGUE_MESSAGES, {
  CATALOGUE_ROW: [
    { problem: 'badCode', code: 'x y' },
    { problem: 'exists', code: 'DA4.1' },
    { problem: 'noName', code: 'DA5.1' },
    { problem: 'noParent', code: 'DA9.1', parent: 'DA9' },
    { problem: 'belowComponent', code: 'DA4.1.1.1.1', parent: 'DA4.1.1.1' },
  ],
});

const JSON_PROBLEMS: JsonProblem[] = [
  { problem: 'notObject' },
  { problem: 'notJsonObject' },
  { problem: 'notArray' },
  { problem: 'notString' },
  { problem: 'notAmount' },
  { problem: 'notBoolean' },
  { problem: 'notYear' },
  { problem: 'notPositive' },
  { problem: 'missing' },
  { problem: 'needsText' },
  { problem: 'amount', reason: MONEY_MESSAGES.AMOUNT_NOT_A_NUMBER({ input: 'abc' }) },
  { problem: 'unknownSource', known: ['total', 'nstw'] },
  { problem: 'unknownCatalogue', value: 'qd-2030' },
  { problem: 'unknownUnit', value: 'usd' },
  { problem: 'needsParentAndName', code: 'XYZ' },
  { problem: 'repeated', code: 'DA2' },
  { problem: 'notAdded', code: 'DA2' },
];

const criterionPath = 'criteria[2].coefficient';

checkCatalogue('criteria (tables and recipients)', CRITERIA_MESSAGES, {
  CRITERIA_TABLE_SHAPE: (
    ['notObject', 'notArray', 'notString', 'notText', 'notBoolean', 'notStatus', 'missing', 'empty'] as const
  ).flatMap((problem) => [
    { path: 'criteria[0].label', problem },
    { path: '', problem },
  ]),
  CRITERIA_UNKNOWN_KEY: [
    { path: 'criteria[1].coeficient', key: 'coeficient', known: ['coefficient'], suggestion: 'coefficient' },
    { path: 'xyz', key: 'xyz', known: ['id', 'title'] },
  ],
  CRITERIA_BAD_ID: [{ path: 'criteria[0].id', id: 'khu vực III' }],
  CRITERIA_UNKNOWN_KIND: [
    { path: 'criteria[0].kind', kind: 'per_unit', suggestion: 'per-unit' },
    { path: 'criteria[0].kind', kind: 'thuộc nhóm' },
  ],
  CRITERIA_BAD_COEFFICIENT: [{ path: criterionPath, written: '50 điểm' }],
  CRITERIA_NEGATIVE_COEFFICIENT: [{ path: criterionPath, coefficient: d('-2.5') }],
  CRITERIA_DUPLICATE_ID: [{ path: 'criteria[3].id', id: 'bien_gioi', first: 'criteria[2]' }],
  CRITERIA_GROUP_MISSING: [
    { path: 'criteria[0].group', id: 'khu_vuc_III', kind: 'category' },
    { path: 'criteria[7].group', id: 'xa_khac', kind: 'default' },
  ],
  CRITERIA_FIELD_NOT_ALLOWED: [
    { path: 'criteria[8].group', id: 'thon_dbkk', field: 'group', kind: 'per-unit' },
    { path: 'criteria[0].countable', id: 'khu_vuc_III', field: 'countable', kind: 'category' },
    { path: 'criteria[7].countable', id: 'xa_khac', field: 'countable', kind: 'default' },
  ],
  CRITERIA_TWO_DEFAULTS: [{ path: 'criteria[9]', group: 'xa', first: 'xa_khac', second: 'xa_con_lai' }],
  CRITERIA_UNKNOWN_TABLE: [
    { id: 'qd16', known: ['qd16-2026-xa'], suggestion: 'qd16-2026-xa' },
    { id: 'bảng của tỉnh', known: ['qd16-2026-xa'] },
  ],
  CRITERIA_NO_RECIPIENTS: [undefined],
  CRITERIA_NO_NAME: [{ index: 2 }],
  CRITERIA_UNKNOWN_CATEGORY: [
    { recipient: 'Xã Tả Sìn', id: 'khu_vuc_IV', table: 'qd16-2026-xa', suggestion: 'khu_vuc_II' },
    { recipient: 'Xã Tả Sìn', id: 'vùng sâu', table: 'qd16-2026-xa' },
  ],
  CRITERIA_NOT_A_CATEGORY: [{ recipient: 'Xã Tả Sìn', id: 'thon_dbkk' }],
  CRITERIA_UNKNOWN_QUANTITY: [
    { recipient: 'Xã Tả Sìn', id: 'thon_dbk', table: 'qd16-2026-xa', suggestion: 'thon_dbkk' },
    { recipient: 'Xã Tả Sìn', id: 'hộ nghèo', table: 'qd16-2026-xa' },
  ],
  CRITERIA_NOT_PER_UNIT: [{ recipient: 'Xã Tả Sìn', id: 'bien_gioi' }],
  CRITERIA_BAD_QUANTITY: [{ recipient: 'Xã Tả Sìn', id: 'thon_dbkk', written: 'ba thôn' }],
  CRITERIA_NEGATIVE_QUANTITY: [{ recipient: 'Xã Tả Sìn', id: 'thon_dbkk', quantity: d(-3) }],
  CRITERIA_FRACTIONAL_QUANTITY: [{ recipient: 'Xã Tả Sìn', id: 'thon_dbkk', quantity: d('2.5') }],
  CRITERIA_CSV_EMPTY: [{ file: 'doi-tuong.csv' }],
  CRITERIA_CSV_NO_ROWS: [{ file: 'doi-tuong.csv' }],
  CRITERIA_CSV_UNCLOSED_QUOTE: [{ file: 'doi-tuong.csv', line: 4 }],
  CRITERIA_CSV_MISSING_COLUMN: [
    { file: 'doi-tuong.csv', column: 'nhom', header: ['ten', 'nhom'], quantities: true },
    { file: 'he-so.csv', column: 'he_so', header: ['ma', 'ten', 'loai', 'nhom', 'he_so'], quantities: false },
  ],
  CRITERIA_CSV_DUPLICATE_COLUMN: [{ file: 'doi-tuong.csv', column: 'thon_dbkk' }],
  CRITERIA_CSV_TOO_MANY_CELLS: [{ file: 'doi-tuong.csv', line: 3, cells: 4, columns: 3 }],
  CRITERIA_CSV_NO_COEFFICIENT: [
    { file: 'doi-tuong.csv', column: 'thon_dbk', table: 'qd16-2026-xa', suggestion: 'thon_dbkk' },
    { file: 'doi-tuong.csv', column: 'ho_ngheo', table: 'qd16-2026-xa' },
  ],
  CRITERIA_CSV_CATEGORY_COLUMN: [{ file: 'doi-tuong.csv', column: 'bien_gioi' }],
  CRITERIA_CSV_NO_NAME: [
    { file: 'doi-tuong.csv', line: 5 },
    // Read from a sheet range: the cell is named instead of the file and line.
    { file: "'Đối tượng'!A1:C9", line: 5, cell: 'A5' },
  ],
  CRITERIA_CSV_DUPLICATE_NAME: [{ file: 'doi-tuong.csv', line: 5, name: 'Xã Tả Sìn', first: 2 }],
  CRITERIA_CSV_UNKNOWN_CATEGORY: [
    { file: 'doi-tuong.csv', line: 2, id: 'khu_vuc_IV', table: 'qd16-2026-xa', suggestion: 'khu_vuc_II' },
    { file: 'doi-tuong.csv', line: 2, id: 'vùng sâu', table: 'qd16-2026-xa' },
  ],
  CRITERIA_CSV_NOT_A_CATEGORY: [{ file: 'doi-tuong.csv', line: 2, id: 'thon_dbkk' }],
  CRITERIA_CSV_BAD_NUMBER: [
    { file: 'doi-tuong.csv', line: 2, column: 'thon_dbkk', written: 'ba thôn' },
    {
      file: 'he-so.csv',
      line: 3,
      column: 'he_so',
      written: '4,136',
      reason: MONEY_MESSAGES.AMOUNT_NOT_A_NUMBER({ input: '4,136' }),
    },
  ],
  CRITERIA_CSV_NEGATIVE: [{ file: 'doi-tuong.csv', line: 2, column: 'thon_dbkk', value: d(-1) }],
  CRITERIA_CSV_FRACTIONAL: [{ file: 'doi-tuong.csv', line: 2, column: 'thon_dbkk', value: d('2.5') }],
  CRITERIA_CSV_UNKNOWN_KIND: [
    { file: 'he-so.csv', line: 2, column: 'loai', written: 'thuoc nhom', suggestion: 'thuoc_nhom' },
    { file: 'he-so.csv', line: 2, column: 'loai', written: 'theo đầu người' },
  ],
});

checkCatalogue('plan JSON', PLAN_MESSAGES, {
  PLAN_JSON: [
    ...JSON_PROBLEMS.map((problem) => ({ path: 'items[3].amounts.nsdp', problem })),
    { path: '', problem: { problem: 'notJsonObject' } },
  ],
});

checkCatalogue('outline', OUTLINE_MESSAGES, {
  PARENT_CYCLE: [
    { codes: ['DA9'] },
    { codes: ['A', 'B'] },
    { codes: Array.from({ length: 10 }, (_, i) => `X${i}`) },
  ],
  UNKNOWN_PARENT: [{ code: 'DA9.1', parent: 'DA9' }],
  DUPLICATE_CODE: [{ code: 'DA2', count: 2 }],
  UNKNOWN_CATALOGUE: [{ id: 'qd-2030', fallback: 'qd90-2022' }],
});

checkCatalogue('render', RENDER_MESSAGES, {
  WORDS_UNAVAILABLE: [
    { where: at.item('DA2'), amount: d('0.0000005'), unit, reason: { vi: 'phần lẻ.', en: 'a fraction.' } },
    { where: at.plan(), amount: d('0.0000005'), unit, reason: { vi: 'phần lẻ.', en: 'a fraction.' } },
  ],
});

checkCatalogue('export', EXPORT_MESSAGES, {
  WORDS_UNAVAILABLE: [{ reason: { vi: 'phần lẻ.', en: 'a fraction.' } }],
  EXPORT_TABLE_TOO_WIDE: [{ landscape: true }, { landscape: false }],
});

const written = { line: 12, written: '1,5 tr' };

checkCatalogue('import', IMPORT_MESSAGES, {
  NO_AMOUNTS: [undefined],
  SN_ASSUMED_CENTRAL: [
    { line: 12, key: 'nstw_su_nghiep', value: d('1005') },
    { line: 12, key: 'nstw_dau_tu', value: d('1005') },
  ],
  CARRY_OVER_NO_AMOUNT: [{ line: 3 }],
  OTHER_SOURCES_NO_AMOUNT: [{ line: 3 }],
  HEADING_NAME_MISMATCH: [
    { line: 4, code: 'DA4.1', label: 'Tiểu dự án 1', written: 'Phát triển', official: 'Hỗ trợ' },
    { line: 4, code: 'DA4.1', label: 'Tiểu dự án 1', written: 'x'.repeat(100), official: 'y' },
  ],
  UNKNOWN_HEADING: [{ line: 4, label: 'Dự án 9: Khác' }],
  AMOUNT_UNASSIGNED: [written],
  AMOUNT_REPEATED: [{ line: 9, key: 'nsdp', kept: d(107), other: d(108) }],
  AMOUNT_FORMAT: [{ ...written, value: d('1.5') }],
  AMOUNT_UNREADABLE: [written],
  AMOUNT_UNIT_CONVERTED: [{ ...written, value: d('1.5') }],
  AMOUNT_NOT_LABELLED: [written],
  AMOUNT_BREAKDOWN: [written],
  NOT_APPLICABLE_WITH_AMOUNT: [{ line: 7 }],
  IMPORT_NOT_TEXT: [undefined],
  IMPORT_EMPTY: [undefined],
  IMPORT_DOCX_UNREADABLE: [{ reason: REASON }],
  IMPORT_CATALOGUE: [{ asked: 'qd-2030', used: 'qd90-2022' }],
  IMPORT_FAILED: [{ reason: 'RangeError' }],
});

checkCatalogue('import (decoding a text file)', decodeMessages, {
  IMPORT_EMPTY_FILE: [undefined],
  IMPORT_NOT_TEXT: [undefined],
  IMPORT_LEGACY_ENCODING: [undefined],
  IMPORT_PDF: [undefined],
  IMPORT_WORD_97: [undefined],
});

checkCatalogue('platform', platformMessages, {
  FILE_NOT_FOUND: [{ name: 'ke-hoach.docx', reason: REASON }],
  FILE_UNREADABLE: [{ name: 'ke-hoach.docx', reason: REASON }],
  FILE_NOT_SAVED: [{ name: 'ke-hoach.docx', reason: REASON }],
});

const tong = { arg: 'tong' };
const cell3 = { arg: 'trong_so', cell: 3 };

checkCatalogue('functions', FUNCTION_MESSAGES, {
  FN_EMPTY: [{ place: tong }, { place: cell3 }],
  FN_LOGICAL: [
    { place: tong, value: true },
    { place: cell3, value: false },
  ],
  FN_ERROR_VALUE: [{ place: cell3, code: '#REF!' }],
  FN_NOT_A_NUMBER: [
    { place: tong },
    { place: cell3, detail: MONEY_MESSAGES.AMOUNT_NOT_A_NUMBER({ input: 'abc' }) },
  ],
  FN_NOT_FINITE: [{ place: tong }],
  FN_AMBIGUOUS: [{ place: tong, text: '4,136' }],
  FN_TEXT_WITH_UNIT: [{ text: '466,25 triệu đồng', unit }],
  FN_NOT_SINGLE: [{ arg: 'tong' }],
  FN_NEGATIVE: [{ place: { arg: 'nstw' }, value: d(-1) }],
  FN_STEP_NOT_POSITIVE: [{ arg: 'buoc', step: d(0) }],
  FN_NO_VALUES: [{ arg: 'cac_phan' }],
  FN_BLANK_INSIDE: [{ arg: 'trong_so', cell: 2 }],
  FN_SIZE_MISMATCH: [
    { arg: 'toi_thieu', size: 2, other: 'trong_so', otherSize: 3, oneAllowed: true },
    { arg: 'trong_so_dp', size: 2, other: 'trong_so_tw', otherSize: 3, oneAllowed: false },
  ],
  FN_BOUND_WITHOUT_WEIGHT: [{ arg: 'toi_thieu', cell: 3, weights: 'trong_so' }],
  FN_NOT_CELL_EXACT: [{ what: { vi: 'phần thứ 1', en: 'part 1' }, value: d('123456789012345.678') }],
  FN_ALLOCATION: [
    {
      reasons: [
        { arg: 'tong', text: ALLOCATION_MESSAGES.ALLOC_EMPTY_LINES({ total: d(5) }) },
        { arg: 'buoc', text: ALLOCATION_MESSAGES.ALLOC_STEP_NOT_POSITIVE({ step: d(0) }) },
      ],
    },
  ],
  FN_BAD_UNIT: [{ shown: 'xu' }, { shown: 3 }, { shown: undefined }],
  FN_WORDS: [{ reason: WORDS_MESSAGES.WORDS_NOT_A_NUMBER({ amount: new Dec(Infinity) }) }],
  FN_ALL_EMPTY: [undefined],
  FN_BAD_STYLE: [{ shown: 3 }, { shown: 'x' }, { shown: undefined }],
  FN_TOTAL_MISMATCH: [{ total: d(100), sources: d('98.5') }],
  FN_BAD_DECIMALS: [{ decimals: d('1.5'), max: 20 }],
  FN_WOULD_ROUND: [{ amount: d('466.25'), has: 2, wanted: 1 }],
  FN_CRITERIA: [
    {
      reasons: [
        {
          arg: 'nhom',
          text: CRITERIA_MESSAGES.CRITERIA_UNKNOWN_CATEGORY({
            recipient: 'Xã A',
            id: 'khu_vuc_IV',
            table: 'qd16-2026-xa',
          }),
        },
      ],
    },
  ],
  FN_CRITERIA_COLUMNS: [
    { columns: 2, ids: ['thon_dbkk'] },
    { columns: 1, ids: [] },
  ],
});

const amountCell = { sheet: 'Kinh phí', code: 'DA3.1', key: 'nstw_su_nghiep' as const, address: 'E16' };

checkCatalogue('sheet', SHEET_MESSAGES, {
  TEMPLATE_AMOUNT_TEXT: [{ ...amountCell, value: d('1234567890123456.5') }],
  TEMPLATE_FORMULA_DIFFERS: [{ ...amountCell, code: 'TONG', stated: d(100), computed: d(99) }],
  SHEET_NO_HEADER: [{ sheet: 'Kinh phí' }],
  SHEET_NO_COLUMN: [{ sheet: 'Kinh phí', header: 'Ngân sách địa phương' }],
  SHEET_TEXT_NUMBER: [{ ...amountCell, text: '1.469', value: d(1469) }],
  SHEET_BAD_NUMBER: [
    { ...amountCell, text: 'abc' },
    { ...amountCell, text: 'abc', why: MONEY_MESSAGES.AMOUNT_NOT_A_NUMBER({ input: 'abc' }) },
  ],
  SHEET_ERROR_VALUE: [{ ...amountCell, text: '#REF!' }],
  SHEET_UNPLACED_ROW: [
    { address: 'B20', text: 'Khác', hasMoney: true },
    { address: 'B20', text: 'Khác', hasMoney: false },
  ],
  SHEET_UNKNOWN_ITEM: [{ address: 'B20', text: 'Dự án 9' }],
  SHEET_DUPLICATE_ROW: [{ code: 'DA2', address: 'B21', first: 'B9' }],
  SHEET_TYPED_TOTAL: [amountCell],
  SHEET_BAD_SETTING: [{ address: 'C3', label: 'Bước làm tròn', text: 'abc' }],
  SHEET_ASSIGNED_DIFFERS: [
    { address: 'C5', source: 'nstw', assigned: d(15089), planned: d('15000.5') },
    { address: 'C6', source: 'nsdp', assigned: d(100), planned: d(120) },
  ],
  SHEET_DATE_AMOUNT: [{ ...amountCell, text: '06/05/2024', format: 'dd/mm/yyyy' }],
  PATCH_NO_CELL: [{ code: 'DA4.1' }],
});

checkCatalogue('hosts', HOST_MESSAGES, {
  badAddress: [{ address: 'C0' }],
  badRange: [{ range: 'A1:', purpose: { vi: 'gộp ô', en: 'merge' } }],
  duplicateCell: [{ address: 'C7' }],
  badNumber: [{ address: 'C7', value: Infinity }],
  textTooLong: [{ address: 'C7', length: 40000 }],
  badFormula: [{ address: 'C7', formula: 'SUM(A1:A2)' }],
  badColor: [{ address: 'C7', color: 'red' }],
  badWidth: [{ column: 'C', width: 300 }],
  badColumn: [{ column: 'C1' }],
  badName: [{ name: 'GNBV TONG' }],
  badSheetName: [{ sheet: 'a/b' }],
  noSheet: [{ sheet: 'Kinh phí' }],
  snapshotMismatch: [{ snapshotSheet: 'Sheet1', sheet: 'Kinh phí' }],
});

checkCatalogue('app', APP_MESSAGES, {
  APP_NOT_RECALCULATED: [
    { sheet: 'Kế hoạch kinh phí', cells: ['D15'] },
    { sheet: 'Kế hoạch kinh phí', cells: Array.from({ length: 14 }, (_, i) => `D${i + 12}`) },
  ],
  APP_STALE_FIGURE: [
    { sheet: 'Kế hoạch kinh phí', cells: ['C19'] },
    { sheet: 'Kế hoạch kinh phí', cells: ['C19', 'D19'] },
  ],
  ALLOC_ASSIGNED_DIFFERS: [
    { source: 'nstw', sheet: 'Kế hoạch kinh phí', address: 'C5', assigned: d(7538), requested: d(8000) },
    { source: 'nsdp', sheet: 'Kế hoạch kinh phí', address: 'C6', assigned: d(107), requested: d('100.5') },
  ],
});
