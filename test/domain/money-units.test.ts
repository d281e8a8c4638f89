import { at } from '../../src/domain/findings';
import { parseAmount, plain } from '../../src/domain/money';
import { readAmountWithUnit, readRatio } from '../../src/domain/money/unit-amount';
import type { MoneyUnit } from '../../src/domain/money/units';

const where = at.argument('--total');

function read(text: string, unit: MoneyUnit = 'trieu_dong'): string {
  const r = readAmountWithUnit(text, unit, 'auto', where);
  return r.ok ? plain(r.value) : `${r.error.code}: ${r.error.text.vi}`;
}

describe('readAmountWithUnit', () => {
  it.each([
    ['1,5 tỷ', '1500'],
    ['1,5 tỷ đồng', '1500'],
    ['1,5 tỉ', '1500'],
    ['500 nghìn', '0.5'],
    ['500 ngàn', '0.5'],
    ['500 nghìn đồng', '0.5'],
    ['2.000.000 đồng', '2'],
    ['466,25 triệu', '466.25'],
    ['466,25 triệu đồng', '466.25'],
    ['1 tỷ 005 triệu đồng', '1005'],
    ['16 tỷ 274 triệu', '16274'],
    ['1 tỷ 5 triệu 250 nghìn đồng', '1005.25'],
    ['1 469 triệu', '1469'],
    ['-1,5 tỷ', '-1500'],
    ['1,5', '1.5'],
    ['15.555,25', '15555.25'],
  ])('%j is %s triệu', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('converts exactly to the target unit', () => {
    expect(read('1,5 tỷ', 'dong')).toBe('1500000000');
    expect(read('1 tỷ 005 triệu', 'ty_dong')).toBe('1.005');
    expect(read('7', 'ty_dong')).toBe('7');
    expect(read('1 đồng', 'ty_dong')).toBe('0.000000001');
  });

  it.each([
    ['12 quả', 'AMOUNT_UNKNOWN_UNIT', /đơn vị "quả"/],
    ['5 usd', 'AMOUNT_UNKNOWN_UNIT', /đơn vị "usd"/],
    ['5 triệu đô', 'AMOUNT_UNKNOWN_UNIT', /đơn vị "đô"/],
    ['1 tỷ 5', 'AMOUNT_BAD_COMPOUND', /số tiền ghép/],
    ['1 tỷ 2000 triệu', 'AMOUNT_BAD_COMPOUND', /số tiền ghép/],
    ['1 triệu 1 tỷ', 'AMOUNT_BAD_COMPOUND', /số tiền ghép/],
    ['1 tỷ đồng 5 triệu', 'AMOUNT_BAD_COMPOUND', /số tiền ghép/],
    ['1 tỷ -5 triệu', 'AMOUNT_BAD_COMPOUND', /số tiền ghép/],
    ['', 'AMOUNT_EMPTY', /bỏ trống/],
    ['abc', 'AMOUNT_NOT_A_NUMBER', /không phải là một số tiền/],
    ['4,136 tỷ', 'AMOUNT_AMBIGUOUS', /có thể hiểu là/],
  ])('refuses %j (%s), never drops a word', (text, code, message) => {
    const r = readAmountWithUnit(text, 'trieu_dong', 'auto', where);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.text.vi).toMatch(message);
    expect(r.error.where).toEqual(where);
  });
});

describe('readRatio', () => {
  const ratio = (text: string): string => {
    const r = readRatio(text, 'auto', at.argument('--ratio'));
    return r.ok ? plain(r.value) : r.error.code;
  };
  it.each([
    ['5%', '0.05'],
    ['12,5 %', '0.125'],
    ['0,5', '0.5'],
    ['0.5', '0.5'],
    ['100%', '1'],
    ['0', '0'],
  ])('%j is %s', (text, expected) => expect(ratio(text)).toBe(expected));

  it.each([
    ['5 tỷ', 'RATIO_WITH_MONEY_UNIT'],
    ['0,5 triệu', 'RATIO_WITH_MONEY_UNIT'],
    ['-1', 'RATIO_NEGATIVE'],
    ['-5%', 'RATIO_NEGATIVE'],
    ['%', 'AMOUNT_EMPTY'],
  ])('refuses %j (%s)', (text, code) => expect(ratio(text)).toBe(code));
});

describe('precision', () => {
  it('refuses a figure beyond the engine precision instead of rounding it', () => {
    const r = parseAmount(`1${'2'.repeat(60)}`, 'plain');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('AMOUNT_TOO_PRECISE');
      expect(r.error.text.vi).toMatch(/61 chữ số có nghĩa.*không làm tròn/);
    }
  });
  it('accepts sixty significant digits and leading or trailing zeros', () => {
    const sixty = `1${'2'.repeat(58)}.5`;
    const r = parseAmount(sixty, 'plain');
    expect(r.ok && plain(r.value.value)).toBe(sixty);
    const zeros = parseAmount(`000${'9'.repeat(30)}.${'0'.repeat(40)}`, 'plain');
    expect(zeros.ok).toBe(true);
  });
});
