import {
  readCell,
  readFilledRange,
  readOptional,
  readRange,
  readRequired,
} from '../../src/functions/core/cells';
import { isFnError } from '../../src/functions/core/result';
import { parseCellText, textLocale } from '../../src/functions/core/text-number';
import { Dec } from '../../src/domain/money/decimal';
import { failure } from './helpers';

const at = { arg: 'tong' };

function dec(raw: unknown): string {
  const v = readCell(raw, at);
  if (v === undefined) return 'empty';
  if (isFnError(v)) throw new Error(v.text.vi);
  return v.toFixed();
}

describe('the text-number rule', () => {
  it.each([
    ['1.469', 'vi'],
    ['15.555,25', 'vi'],
    ['1.000.000', 'vi'],
    ['-1.469', 'vi'],
    ['1.469 triệu đồng', 'vi'],
    ['466,25', 'auto'],
    ['15555.25', 'auto'],
    ['1,469.50', 'auto'],
    ['12.5', 'auto'],
    ['1469', 'auto'],
  ])('reads %s with locale %s', (text, locale) => {
    expect(textLocale(text)).toBe(locale);
  });

  it.each([
    ['1.469', '1469'],
    ['15.555,25', '15555.25'],
    ['466,25', '466.25'],
    ['15555.25', '15555.25'],
    ['1,469.50', '1469.5'],
    ['  7.645  ', '7645'],
    ['12.5', '12.5'],
    ['-107', '-107'],
  ])('reads the text %j as %s', (text, expected) => {
    expect(dec(text)).toBe(expected);
  });

  it('refuses a figure written with its unit, naming the unit', () => {
    const r = parseCellText('466,25 triệu đồng');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.text.vi).toContain('triệu đồng');
  });

  it('refuses "4,136", which reads as 4136 or 4,136, instead of guessing', () => {
    const e = failure(readRequired('4,136', 'tong'));
    expect(e.error).toBe('value');
    expect(e.text.vi).toMatch(/^tong: ghi "4,136", đọc được hai cách/);
  });
});

describe('reading one cell', () => {
  it('reads a number as the cell shows it (15 significant digits)', () => {
    expect(dec(0.1 + 0.2)).toBe('0.3');
    expect(dec(466.25)).toBe('466.25');
    expect(dec(7645)).toBe('7645');
  });

  it.each([null, undefined, '', '   '])('reads %j as an empty cell', (raw) => {
    expect(readCell(raw, at)).toBeUndefined();
  });

  it('refuses booleans, naming the argument', () => {
    const e = failure(readRequired(true, 'tong'));
    expect(e).toMatchObject({
      error: 'value',
      text: { vi: 'tong: không phải là số (đang là giá trị logic TRUE).' },
    });
  });

  it.each(['#VALUE!', '#DIV/0!', '#REF!', '#NAME?'])('refuses the error value %s as #VALUE!', (code) => {
    const e = failure(readRequired(code, 'buoc'));
    expect(e.error).toBe('value');
    expect(e.text.vi).toBe(`buoc: không phải là số (ô đang báo lỗi ${code}).`);
  });

  it('keeps #N/A as #N/A, as text or as an error object', () => {
    expect(failure(readRequired('#N/A', 'tong')).error).toBe('na');
    expect(failure(readRequired({ code: '#N/A' }, 'tong')).error).toBe('na');
  });

  it('refuses NaN and infinities as #NUM!', () => {
    expect(failure(readRequired(Number.NaN, 'tong')).error).toBe('num');
    expect(failure(readRequired(Infinity, 'tong')).error).toBe('num');
  });

  it('says a required argument is empty', () => {
    expect(failure(readRequired('', 'tong')).text.vi).toBe('tong: bị bỏ trống.');
    expect(readOptional(null, 'buoc')).toBeUndefined();
  });

  it('accepts a 1×1 range for a single value but refuses a larger range', () => {
    expect(readRequired([[5]], 'tong')).toEqual(new Dec(5));
    expect(failure(readRequired([[1], [2]], 'tong')).text.vi).toBe(
      'tong: phải là một ô, không phải một vùng.',
    );
  });

  it('reads a percent text only where a ratio is expected', () => {
    expect(readRequired('10%', 'ty_le', { percent: true })).toEqual(new Dec('0.1'));
    expect(failure(readRequired('10%', 'tong')).error).toBe('value');
  });
});

describe('reading a range', () => {
  it('flattens a 2-D range row by row and drops trailing empty cells', () => {
    const r = readRange(
      [
        [1, '2'],
        ['1.469', ''],
        [null, ''],
      ],
      'trong_so',
    );
    if (isFnError(r)) throw new Error(r.text.vi);
    expect(r.cells.map((c) => c?.toFixed())).toEqual(['1', '2', '1469']);
    expect(r.size).toBe(6);
  });

  it('reads a row range, a column range and a bare 1-D array alike', () => {
    const values = (raw: unknown) => {
      const r = readFilledRange(raw, 'trong_so');
      if (isFnError(r)) throw new Error(r.text.vi);
      return r.values.map((v) => v.toFixed());
    };
    expect(values([[3, 2, 1]])).toEqual(['3', '2', '1']);
    expect(values([[3], [2], [1]])).toEqual(['3', '2', '1']);
    expect(values([3, 2, 1])).toEqual(['3', '2', '1']);
  });

  it('names the cell that is not a number, counting from 1', () => {
    const e = failure(readRange([[1], [2], ['abc']], 'trong_so'));
    expect(e.text.vi).toMatch(/^trong_so: ô thứ 3 không phải là số/);
    expect(e.text.en).toMatch(/^trong_so: cell 3 is not a number/);
  });

  it('refuses a blank inside the weights instead of reading it as 0', () => {
    expect(failure(readFilledRange([[1], [''], [3]], 'trong_so')).text.vi).toBe(
      'trong_so: ô thứ 2 bị bỏ trống; hãy ghi 0 nếu dòng này không nhận kinh phí.',
    );
  });

  it('refuses weights with no number at all', () => {
    expect(failure(readFilledRange([[''], [null]], 'trong_so')).text.vi).toBe(
      'trong_so: không có ô nào có số.',
    );
  });
});
