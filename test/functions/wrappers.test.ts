import { associated, ShimError } from './custom-functions-shim';
import * as fns from '../../src/functions/functions';

/** Calls a wrapper and returns what it threw. */
function thrown(call: () => unknown): ShimError {
  try {
    call();
  } catch (e) {
    if (e instanceof ShimError) return e;
    throw e;
  }
  throw new Error('expected the wrapper to throw');
}

describe('the custom-function wrappers', () => {
  it('registers all eight functions under their upper-case names', () => {
    expect([...associated.keys()].sort()).toEqual(
      ['BANGCHU', 'DOIUNG', 'KIEMTRA', 'KINHPHI', 'PHANBO', 'PHANBO_NGUON', 'PHANBO_TIEUCHI', 'SO'].sort(),
    );
    expect(associated.get('PHANBO_TIEUCHI')).toBe(fns.PHANBO_TIEUCHI);
    expect(associated.get('PHANBO')).toBe(fns.PHANBO);
    expect(associated.get('PHANBO_NGUON')).toBe(fns.PHANBO_NGUON);
    expect(associated.get('KINHPHI')).toBe(fns.KINHPHI);
  });

  it('returns the cores’ values unchanged', () => {
    expect(fns.PHANBO(466.25, [[1], [1], [1]], 0.01)).toEqual([[155.42], [155.42], [155.41]]);
    expect(fns.PHANBO_NGUON(10, 4, [[1], [1]])).toEqual([
      [5, 2],
      [5, 2],
    ]);
    expect(fns.DOIUNG(7538, 0.015)).toBe(114);
    expect(fns.KIEMTRA(7645, [[7538], [107]])).toBe('Khớp');
    expect(fns.BANGCHU(7645)).toBe('Bảy tỷ sáu trăm bốn mươi lăm triệu đồng');
    expect(fns.SO(15555.25)).toBe('15.555,25');
    expect(fns.KINHPHI('', 1588, 107)).toMatch(/^b\) Kinh phí thực hiện: 1\.695 triệu đồng, cụ thể:/);
  });

  it('throws #VALUE! with the Vietnamese message, English after it, for unreadable input', () => {
    const e = thrown(() => fns.PHANBO(10, [[1], [1], ['abc']]));
    expect(e.code).toBe('#VALUE!');
    const [vi, en] = (e.message ?? '').split('\n');
    expect(vi).toMatch(/^trong_so: ô thứ 3 không phải là số/);
    expect(en).toMatch(/^trong_so: cell 3 is not a number/);
  });

  it('throws #NUM! for impossible figures', () => {
    const e = thrown(() => fns.PHANBO(466.25, [[1], [1]]));
    expect(e.code).toBe('#NUM!');
    expect(e.message).toMatch(/^tong: Số tiền cần phân bổ 466,25 không phải là bội số của bước 1\./);
    expect(thrown(() => fns.SO(466.25, 1)).code).toBe('#NUM!');
  });

  it('spills PHANBO_TIEUCHI as score and part, and throws #VALUE! for an unknown category', () => {
    expect(fns.PHANBO_TIEUCHI(100, [['Xã A'], ['Xã B']], [['khu_vuc_III'], ['']])).toEqual([
      [50, 67],
      [25, 33],
    ]);
    const e = thrown(() => fns.PHANBO_TIEUCHI(100, [['Xã A']], [['khu_vuc_IV']]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^nhom: Đối tượng "Xã A": nhóm "khu_vuc_IV" không có/);
  });

  it('throws #N/A when an input cell is #N/A', () => {
    expect(thrown(() => fns.DOIUNG('#N/A', 0.1)).code).toBe('#N/A');
    expect(thrown(() => fns.KIEMTRA(1, [[1], ['#N/A']])).code).toBe('#N/A');
  });
});
