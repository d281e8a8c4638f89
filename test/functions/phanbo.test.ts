import fc from 'fast-check';
import { Dec } from '../../src/domain/money/decimal';
import { phanbo } from '../../src/functions/core/phanbo';
import { column, columnSum, failure, value } from './helpers';

describe('PHANBO', () => {
  it('splits 466,25 in three with step 0,01, the parts summing exactly to 466,25', () => {
    const parts = value(phanbo(466.25, [[1], [1], [1]], 0.01));
    expect(parts).toEqual([[155.42], [155.42], [155.41]]);
    expect(columnSum(parts).equals(new Dec('466.25'))).toBe(true);
  });

  it('reads a total computed in floats (0,1 + 0,2) as the 0,3 the cell shows, where float division drifts', () => {
    const drifting = 0.1 + 0.2;
    // Float arithmetic says 0,30000000000000004 is not a multiple of 0,1 and its thirds are not 0,1.
    expect(Number.isInteger(drifting / 0.1)).toBe(false);
    const parts = value(phanbo(drifting, [[1], [1], [1]], 0.1));
    expect(parts).toEqual([[0.1], [0.1], [0.1]]);
    expect(columnSum(parts).toFixed()).toBe('0.3');
  });

  it('reads Vietnamese text figures: "1.469" is 1469, "15.555,25" is 15555,25', () => {
    expect(
      value(
        phanbo('1.469', [
          [1, 2],
          [3, ''],
        ]),
      ),
    ).toEqual([[245], [490], [734]]);
    const parts = value(phanbo('15.555,25', column('15.089', '466,25'), '0,01'));
    expect(parts).toEqual([[15089], [466.25]]);
  });

  it('spills a column whatever the weights range shape (row or 2-D), in row-major order', () => {
    expect(value(phanbo(600, [[1, 2, 3]]))).toEqual([[100], [200], [300]]);
    expect(
      value(
        phanbo(100, [
          [1, 1],
          [2, ''],
        ]),
      ),
    ).toEqual([[25], [25], [50]]);
  });

  it('drops trailing empty cells of a selected column', () => {
    expect(value(phanbo(10, column(1, 1, '', null)))).toEqual([[5], [5]]);
  });

  it('gives the leftover step to the largest remainder', () => {
    expect(value(phanbo(10, column(1, 1, 1)))).toEqual([[4], [3], [3]]);
  });

  it('respects minimums and maximums, empty bound cells meaning no bound', () => {
    const parts = value(phanbo(1000, column(3, 2, 1), 1, column(200, '', ''), column('', '', 100)));
    expect(parts).toEqual([[540], [360], [100]]);
  });

  it('applies a single bound cell to every line', () => {
    expect(value(phanbo(100, column(1, 1, 8), 1, 20))).toEqual([[20], [20], [60]]);
  });

  it('refuses bounds of another size than the weights', () => {
    const e = failure(phanbo(100, column(1, 1, 1), 1, column(1, 2)));
    expect(e.error).toBe('value');
    expect(e.text.vi).toMatch(/^toi_thieu có 2 ô, trong khi trong_so có 3 ô/);
  });

  it('refuses a bound on a line without a weight', () => {
    const e = failure(phanbo(100, column(1, 1, ''), 1, column('', '', 5)));
    expect(e.text.vi).toBe('toi_thieu: ô thứ 3 có số nhưng ô thứ 3 của trong_so bị bỏ trống.');
  });

  it('says which argument is wrong when the total is not a multiple of the default step 1', () => {
    const e = failure(phanbo(466.25, column(1, 1, 1)));
    expect(e.error).toBe('num');
    expect(e.text.vi).toBe('tong: Số tiền cần phân bổ 466,25 không phải là bội số của bước 1.');
  });

  it('maps infeasible bounds, negative totals and bad steps to #NUM! naming the argument', () => {
    expect(failure(phanbo(10, column(1, 1), 1, 6)).text.vi).toMatch(/^tong: Tổng các mức tối thiểu 12/);
    expect(failure(phanbo(-5, column(1, 1))).text.vi).toMatch(/^tong: Số tiền cần phân bổ -5 là số âm/);
    expect(failure(phanbo(10, column(1, 1), 0)).text.vi).toMatch(/^buoc: Bước làm tròn phải lớn hơn 0/);
    expect(failure(phanbo(10, column(1, -1))).text.vi).toMatch(/^trong_so: Dòng 2: trọng số -1 là số âm/);
    expect(failure(phanbo(10, column(1, 1), 1, column(5, 5), column(4, 9))).text.vi).toMatch(
      /^toi_thieu, toi_da: Dòng 1: mức tối thiểu 5 lớn hơn mức tối đa 4/,
    );
  });

  it('refuses Excel-shaped bad input with Vietnamese messages naming the argument', () => {
    expect(failure(phanbo('', column(1))).text.vi).toBe('tong: bị bỏ trống.');
    expect(failure(phanbo(10, column(1, true))).text.vi).toBe(
      'trong_so: ô thứ 2 không phải là số (đang là giá trị logic TRUE).',
    );
    expect(failure(phanbo(10, column(1, '#VALUE!'))).text.vi).toBe(
      'trong_so: ô thứ 2 không phải là số (ô đang báo lỗi #VALUE!).',
    );
    expect(failure(phanbo(10, column(1, 1), 'một')).text.vi).toMatch(/^buoc: không phải là số/);
  });

  it('fails rather than return a part a cell could not show exactly', () => {
    const e = failure(phanbo('123456789012345678', column(1)));
    expect(e.error).toBe('num');
    expect(e.text.vi).toMatch(/^phần thứ 1 = 123\.456\.789\.012\.345\.678 có quá 15 chữ số có nghĩa/);
  });

  it('returns parts that the cells show exactly and that sum exactly to the total (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (cents, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const total = new Dec(cents).dividedBy(100);
          const parts = value(phanbo(total.toFixed(), column(...weights), 0.01));
          expect(parts).toHaveLength(weights.length);
          expect(columnSum(parts).equals(total)).toBe(true);
          weights.forEach((w, i) => {
            if (w === 0) expect(parts[i]![0]).toBe(0);
          });
        },
      ),
    );
  });
});
