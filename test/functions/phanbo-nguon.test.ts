import { Dec } from '../../src/domain/money/decimal';
import { phanboNguon } from '../../src/functions/core/phanbo-nguon';
import { column, columnSum, failure, value } from './helpers';

describe('PHANBO_NGUON', () => {
  it('splits Ngân sách trung ương and Ngân sách địa phương over the same lines, each column exact', () => {
    const rows = value(phanboNguon(15089, 466.25, column(1, 2, 3), null, 0.01));
    expect(rows).toEqual([
      [2514.83, 77.71],
      [5029.67, 155.42],
      [7544.5, 233.12],
    ]);
    expect(columnSum(rows, 0).equals(new Dec(15089))).toBe(true);
    expect(columnSum(rows, 1).equals(new Dec('466.25'))).toBe(true);
  });

  it('uses the local weights when given, and Vietnamese text figures', () => {
    const rows = value(phanboNguon('7.538', '107', column(1588, 5950), column(107, 0)));
    expect(rows).toEqual([
      [1588, 107],
      [5950, 0],
    ]);
  });

  it('treats a range of empty cells as local weights left out', () => {
    expect(value(phanboNguon(10, 4, column(1, 1), column('', '')))).toEqual([
      [5, 2],
      [5, 2],
    ]);
  });

  it('refuses local weights of another size, naming both arguments', () => {
    const e = failure(phanboNguon(10, 4, column(1, 1, 1), column(1, 1)));
    expect(e.error).toBe('value');
    expect(e.text.vi).toBe('trong_so_dp có 2 ô, trong khi trong_so_tw có 3 ô; hai vùng phải có cùng số ô.');
  });

  it('refuses local weights missing a line that has central weight', () => {
    expect(failure(phanboNguon(10, 4, column(1, 1, 1), column(1, 1, ''))).text.vi).toMatch(
      /^trong_so_dp: ô thứ 3 bị bỏ trống/,
    );
  });

  it('names the source whose total does not fit the step', () => {
    const e = failure(phanboNguon(15089, 466.25, column(1, 1)));
    expect(e.error).toBe('num');
    expect(e.text.vi).toBe(
      'tong_dp: Ngân sách địa phương: số tiền cần phân bổ 466,25 không phải là bội số của bước 1.',
    );
  });

  it('names the local weights for a problem of a local line', () => {
    const e = failure(phanboNguon(10, 4, column(1, 1), column(1, -1)));
    expect(e.error).toBe('num');
    expect(e.text.vi).toBe(
      'trong_so_dp: Ngân sách địa phương: Dòng 2: trọng số -1 là số âm; chỉ phân bổ được số không âm.',
    );
    expect(e.text.en).toBe(
      'trong_so_dp: Local budget: Line 2: the weight -1 is negative; only non-negative amounts can be allocated.',
    );
  });

  it('refuses an empty central total and a boolean weight', () => {
    expect(failure(phanboNguon('', 1, column(1))).text.vi).toBe('tong_tw: bị bỏ trống.');
    expect(failure(phanboNguon(1, 1, column(false))).text.vi).toBe(
      'trong_so_tw: ô thứ 1 không phải là số (đang là giá trị logic FALSE).',
    );
  });
});
