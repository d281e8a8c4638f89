import fc from 'fast-check';
import {
  convert,
  Dec,
  formatEn,
  formatVi,
  fromCellNumber,
  hasFloatDrift,
  parseAmount,
  parseAmountIn,
  plain,
  toCellNumber,
  type NumberLocale,
} from '../../src/domain/money';

function read(text: string, locale: NumberLocale = 'auto'): string {
  const r = parseAmount(text, locale);
  if (!r.ok) throw new Error(`${text}: ${r.error.text.en}`);
  return plain(r.value.value) + (r.value.unit ? ` ${r.value.unit}` : '');
}

function problem(text: string, locale: NumberLocale = 'auto'): string {
  const r = parseAmount(text, locale);
  if (r.ok) throw new Error(`${text} was read as ${plain(r.value.value)}`);
  return r.error.code;
}

describe('parseAmount', () => {
  it.each<[string, NumberLocale, string]>([
    ['1.469', 'vi', '1469'],
    ['15.555,25', 'vi', '15555.25'],
    ['466,25', 'vi', '466.25'],
    ['0 triệu đồng', 'vi', '0 trieu_dong'],
    ['4,136 tỷ', 'vi', '4.136 ty_dong'],
    ['7.645 triệu đồng', 'vi', '7645 trieu_dong'],
    ['1.469.000 đồng', 'vi', '1469000 dong'],
    ['-107', 'vi', '-107'],
    ['1,469.50', 'en', '1469.5'],
    ['1,469', 'en', '1469'],
    ['15555.25', 'plain', '15555.25'],
    ['15555.25', 'auto', '15555.25'],
    ['15.555,25', 'auto', '15555.25'],
    ['1,469.50', 'auto', '1469.5'],
    ['466,25', 'auto', '466.25'],
    ['1.469.000', 'auto', '1469000'],
    ['1,469,000', 'auto', '1469000'],
    ['0.125', 'auto', '0.125'],
    ['0,125', 'auto', '0.125'],
    ['1469', 'auto', '1469'],
    ['1 469', 'auto', '1469'],
    ['  3.154  ', 'vi', '3154'],
    ['3.154\u00a0triệu đồng', 'vi', '3154 trieu_dong'],
    ['+12', 'auto', '12'],
    ['12345678901234567890123', 'auto', '12345678901234567890123'],
  ])('reads %j with locale %s as %s', (text, locale, expected) => {
    expect(read(text, locale)).toBe(expected);
  });

  it.each(['1.469', '4,136', '999.999', '1,000'])(
    'reports %j as ambiguous when the locale is unknown',
    (text) => {
      expect(problem(text)).toBe('AMOUNT_AMBIGUOUS');
      const r = parseAmount(text);
      expect(!r.ok && r.error.text.vi).toMatch(/có thể hiểu là/);
    },
  );

  it.each<[string, NumberLocale, string]>([
    ['', 'auto', 'AMOUNT_EMPTY'],
    ['   ', 'vi', 'AMOUNT_EMPTY'],
    ['abc', 'auto', 'AMOUNT_NOT_A_NUMBER'],
    ['--5', 'auto', 'AMOUNT_NOT_A_NUMBER'],
    ['1e21', 'auto', 'AMOUNT_NOT_A_NUMBER'],
    ['NaN', 'auto', 'AMOUNT_NOT_A_NUMBER'],
    ['Infinity', 'auto', 'AMOUNT_NOT_A_NUMBER'],
    ['1,2,3', 'auto', 'AMOUNT_BAD_FORMAT'],
    ['1.2.3', 'auto', 'AMOUNT_BAD_FORMAT'],
    ['15555.25', 'vi', 'AMOUNT_BAD_FORMAT'],
    ['1.469,5', 'en', 'AMOUNT_BAD_FORMAT'],
    ['1,5', 'plain', 'AMOUNT_BAD_FORMAT'],
    ['1,', 'vi', 'AMOUNT_BAD_FORMAT'],
    [',5', 'vi', 'AMOUNT_BAD_FORMAT'],
    ['12.34.567', 'vi', 'AMOUNT_BAD_FORMAT'],
    ['triệu đồng', 'vi', 'AMOUNT_NOT_A_NUMBER'],
    ['0x10', 'auto', 'AMOUNT_NOT_A_NUMBER'],
  ])('rejects %j (%s) with %s', (text, locale, code) => {
    expect(problem(text, locale)).toBe(code);
  });

  it('quotes the input in both languages', () => {
    const r = parseAmount('abc');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.text.vi).toContain('"abc"');
      expect(r.error.text.en).toContain('"abc"');
    }
  });

  it('converts the written unit to the wanted one exactly', () => {
    const r = parseAmountIn('4,136 tỷ', 'trieu_dong', 'vi');
    expect(r.ok && plain(r.value)).toBe('4136');
    const d = parseAmountIn('1.500.000 đồng', 'trieu_dong', 'vi');
    expect(d.ok && plain(d.value)).toBe('1.5');
  });

  it('reads back every Vietnamese-formatted amount it formats', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.integer({ min: 0, max: 6 }),
        (n, places) => {
          const value = new Dec(n.toString()).dividedBy(new Dec(10).pow(places));
          const r = parseAmount(formatVi(value), 'vi');
          return r.ok && r.value.value.equals(value);
        },
      ),
    );
  });
});

describe('units', () => {
  it('converts exactly between đồng, triệu đồng and tỷ đồng', () => {
    expect(plain(convert(new Dec('15555.25'), 'trieu_dong', 'dong'))).toBe('15555250000');
    expect(plain(convert(new Dec('4.136'), 'ty_dong', 'trieu_dong'))).toBe('4136');
    expect(plain(convert(new Dec('1'), 'dong', 'trieu_dong'))).toBe('0.000001');
    expect(plain(convert(new Dec('466.25'), 'trieu_dong', 'ty_dong'))).toBe('0.46625');
  });
});

describe('formatVi', () => {
  it.each<[string, number | undefined, string]>([
    ['1469', undefined, '1.469'],
    ['15555.25', undefined, '15.555,25'],
    ['466.25', undefined, '466,25'],
    ['0', undefined, '0'],
    ['-107', undefined, '-107'],
    ['7645', 2, '7.645,00'],
    ['466.25', 0, '466,25'],
    ['1000000000', undefined, '1.000.000.000'],
    ['0.000001', undefined, '0,000001'],
  ])('formats %s with %s decimals as %s', (value, decimals, expected) => {
    expect(formatVi(new Dec(value), decimals === undefined ? {} : { decimals })).toBe(expected);
  });

  it('rounds only when asked to', () => {
    expect(formatVi(new Dec('466.255'), { decimals: 2, round: true })).toBe('466,26');
    expect(formatVi(new Dec('466.255'), { decimals: 2 })).toBe('466,255');
  });

  it('formats en-US style too', () => {
    expect(formatEn(new Dec('15555.25'))).toBe('15,555.25');
  });
});

describe('cell numbers', () => {
  it('reads a double as Excel shows it (15 significant digits)', () => {
    expect(plain(fromCellNumber(0.1 + 0.2) ?? new Dec(-1))).toBe('0.3');
    expect(plain(fromCellNumber(15555.25) ?? new Dec(-1))).toBe('15555.25');
    expect(plain(fromCellNumber(1469) ?? new Dec(-1))).toBe('1469');
    expect(plain(fromCellNumber(466.25) ?? new Dec(-1))).toBe('466.25');
    expect(plain(fromCellNumber(1 / 3) ?? new Dec(-1))).toBe('0.333333333333333');
    expect(fromCellNumber(Number.NaN)).toBeUndefined();
    expect(fromCellNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('detects float drift that the cell does not show', () => {
    expect(hasFloatDrift(0.1 + 0.2)).toBe(true);
    expect(hasFloatDrift(1.1 * 3)).toBe(true);
    expect(hasFloatDrift(0.3)).toBe(false);
    expect(hasFloatDrift(7133.25)).toBe(false);
    expect(hasFloatDrift(1469)).toBe(false);
  });

  it('writes an amount as a double only when the cell shows it exactly', () => {
    expect(toCellNumber(new Dec('7133.25'))).toBe(7133.25);
    expect(toCellNumber(new Dec('0.1234567890123456789'))).toBeUndefined();
  });
});
