import { TONG } from '../../src/domain/findings';
import { dec } from '../../src/domain/money';
import { SHEET_MESSAGES, type SheetArgs, type SheetCode } from '../../src/sheet';

const cell = { sheet: 'Kế hoạch kinh phí', code: 'DA3.1', key: 'nstw_su_nghiep', address: 'E16' } as const;

/** One example per code: the type makes a new code without an example a compile error. */
const EXAMPLES: { readonly [C in SheetCode]: SheetArgs[C] } = {
  TEMPLATE_AMOUNT_TEXT: { ...cell, value: dec('1234567890123456.25') },
  TEMPLATE_FORMULA_DIFFERS: { ...cell, code: TONG, stated: dec(7645), computed: dec(7491) },
  SHEET_NO_HEADER: { sheet: 'Trống' },
  SHEET_NO_COLUMN: { sheet: 'Kế hoạch kinh phí', header: 'Huy động khác' },
  SHEET_TEXT_NUMBER: { ...cell, text: '1.469', value: dec(1469) },
  SHEET_BAD_NUMBER: { ...cell, text: 'một', why: { vi: 'không phải số', en: 'not a number' } },
  SHEET_ERROR_VALUE: { ...cell, text: '#VALUE!' },
  SHEET_UNPLACED_ROW: { address: 'B14', text: 'Chi khác', hasMoney: true },
  SHEET_UNKNOWN_ITEM: { address: 'B15', text: 'Dự án 9: Không có' },
  SHEET_DUPLICATE_ROW: { code: 'DA2', address: 'B20', first: 'B14' },
  SHEET_TYPED_TOTAL: { ...cell, code: 'DA7', key: 'total', address: 'C26' },
  SHEET_BAD_SETTING: { address: 'C7', label: 'Bước làm tròn', text: 'một' },
  SHEET_ASSIGNED_DIFFERS: { address: 'C5', source: 'nstw', assigned: dec('15089'), planned: dec('15000.5') },
  SHEET_DATE_AMOUNT: { ...cell, text: '06/05/2024', format: 'dd/mm/yyyy' },
  PATCH_NO_CELL: { code: 'DA9' },
};

describe('the sheet catalogue', () => {
  it.each(Object.keys(EXAMPLES) as SheetCode[])('%s speaks both languages', (code) => {
    const message = SHEET_MESSAGES[code] as (args: SheetArgs[typeof code]) => { vi: string; en: string };
    const text = message(EXAMPLES[code]);
    expect(text.vi.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(text.vi).not.toBe(text.en);
    // Vietnamese with its diacritics, English without them outside quoted names.
    expect(text.vi).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i);
  });

  it('has an example for exactly the codes it holds', () => {
    expect(Object.keys(SHEET_MESSAGES).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it('names the cell and formats amounts the way each language writes them', () => {
    const text = SHEET_MESSAGES.SHEET_TEXT_NUMBER(EXAMPLES.SHEET_TEXT_NUMBER);
    expect(text.vi).toMatch(/^Ô E16 \(DA3\.1, .+\) chứa văn bản "1\.469", được đọc là 1\.469 /);
    expect(text.en).toMatch(
      /^Cell E16 \(DA3\.1, .+\) holds the text "1\.469", read Vietnamese-style as 1,469;/,
    );
    const total = SHEET_MESSAGES.TEMPLATE_FORMULA_DIFFERS(EXAMPLES.TEMPLATE_FORMULA_DIFFERS);
    expect(total.vi).toContain('Dòng TỔNG CỘNG: kế hoạch ghi');
    expect(total.en).toContain('The TỔNG CỘNG (total) row: the plan states');
  });
});
