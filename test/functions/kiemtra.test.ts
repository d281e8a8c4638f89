import { kiemtra } from '../../src/functions/core/kiemtra';
import { column, failure, value } from './helpers';

describe('KIEMTRA', () => {
  it('answers Khớp when the parts add up exactly', () => {
    expect(value(kiemtra(15555.25, column(15089, 466.25)))).toBe('Khớp');
    expect(value(kiemtra('7.645', [[7538, 107]]))).toBe('Khớp');
  });

  it('compares as the cells show the figures, so float noise is no mismatch', () => {
    expect(value(kiemtra(0.3, column(0.1, 0.2)))).toBe('Khớp');
    expect(value(kiemtra(0.1 + 0.2, column(0.1, 0.2)))).toBe('Khớp');
  });

  it('reports the exact difference and both figures, Vietnamese style', () => {
    expect(value(kiemtra(100, column(98.5, '')))).toBe('Lệch 1,5 (tổng ghi 100, tổng các phần 98,5)');
    expect(value(kiemtra('15.555,25', column(15089, 466)))).toBe(
      'Lệch 0,25 (tổng ghi 15.555,25, tổng các phần 15.555)',
    );
    expect(value(kiemtra(7645, column(6000, 2879)))).toBe('Lệch 1.234 (tổng ghi 7.645, tổng các phần 8.879)');
  });

  it('counts empty cells among the parts as not stated, inside a 2-D range too', () => {
    expect(
      value(
        kiemtra(10, [
          [4, ''],
          [null, 6],
        ]),
      ),
    ).toBe('Khớp');
  });

  it('refuses unreadable parts, naming the cell', () => {
    expect(failure(kiemtra(10, column(4, 'sáu'))).text.vi).toMatch(/^cac_phan: ô thứ 2 không phải là số/);
    expect(failure(kiemtra(10, column(''))).text.vi).toBe('cac_phan: không có ô nào có số.');
    expect(failure(kiemtra(null, column(1))).text.vi).toBe('tong: bị bỏ trống.');
  });
});
