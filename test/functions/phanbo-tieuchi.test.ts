import { Dec, sum } from '../../src/domain/money/decimal';
import { phanboTieuchi } from '../../src/functions/core/phanbo-tieuchi';
import { column, columnSum, failure, shown, value } from './helpers';

// Xã A: khu vực III, 5 thôn ĐBKK; Xã B: khu vực II and biên giới, 2; Xã C: no category, 0.
const names = column('Xã A', 'Xã B', 'Xã C');
const groups = column('khu_vuc_III', 'khu_vuc_II;bien_gioi', '');
const villages = column(5, 2, 0);

describe('PHANBO_TIEUCHI', () => {
  it('spills score and part per recipient: scores 55, 52, 25, parts summing exactly to 1000', () => {
    const rows = value(phanboTieuchi(1000, names, groups, villages, [['thon_dbkk']]));
    expect(rows.map((r) => r[0])).toEqual([55, 52, 25]);
    expect(columnSum(rows, 1).equals(1000)).toBe(true);
    const totalScore = sum(rows.map((r) => shown(r[0]!)));
    for (const [score, part] of rows) {
      const exact = new Dec(1000).times(shown(score!)).dividedBy(totalScore);
      expect(shown(part!).minus(exact).abs().lessThan(1)).toBe(true);
    }
  });

  it("takes the table's per-unit criteria when tieu_chi is left out, and qd16-2026-xa when bang is", () => {
    const withHeaders = value(phanboTieuchi(1000, names, groups, villages, [['thon_dbkk']], 'qd16-2026-xa'));
    expect(value(phanboTieuchi(1000, names, groups, villages))).toEqual(withHeaders);
  });

  it('drops trailing empty names (a range selected with room to spare) and honours the step', () => {
    const rows = value(
      phanboTieuchi(
        '466,5',
        column('Xã A', 'Xã B', 'Xã C', '', ''),
        column('khu_vuc_III', 'khu_vuc_II,bien_gioi', '', '', ''),
        column(5, '2', '', '', ''),
        undefined,
        undefined,
        0.5,
      ),
    );
    expect(rows).toHaveLength(3);
    expect(columnSum(rows, 1).toFixed()).toBe('466.5');
    for (const r of rows) expect(shown(r[1]!).mod('0.5').isZero()).toBe(true);
  });

  it('refuses an unknown category as #VALUE!, naming the recipient and the nearest id', () => {
    const e = failure(phanboTieuchi(1000, names, column('khu_vuc_IV', '', ''), villages));
    expect(e.error).toBe('value');
    expect(e.code).toBe('FN_CRITERIA');
    expect(e.text.vi).toBe(
      'nhom: Đối tượng "Xã A": nhóm "khu_vuc_IV" không có trong bảng tiêu chí qd16-2026-xa; có phải "khu_vuc_II"?',
    );
  });

  it('refuses a quantity header with no coefficient and a negative quantity', () => {
    const header = failure(phanboTieuchi(1000, names, groups, villages, [['thon_dbk']]));
    expect(header.text.vi).toMatch(/^tieu_chi: Đối tượng "Xã A": số lượng "thon_dbk" không có hệ số/);
    const negative = failure(phanboTieuchi(1000, names, groups, column(5, -2, 0)));
    expect(negative.text.vi).toMatch(/^so_luong: Đối tượng "Xã B": số lượng "thon_dbkk" là -2, số âm/);
  });

  it('refuses an unknown table, ranges that do not line up, and columns it cannot match', () => {
    expect(failure(phanboTieuchi(1000, names, groups, villages, undefined, 'qd16')).text.vi).toMatch(
      /^bang: Không có bảng tiêu chí "qd16"/,
    );
    expect(failure(phanboTieuchi(1000, names, column('a', 'b'))).code).toBe('FN_SIZE_MISMATCH');
    expect(failure(phanboTieuchi(1000, names, groups, column(1, 2))).code).toBe('FN_SIZE_MISMATCH');
    const twoColumns = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    expect(failure(phanboTieuchi(1000, names, groups, twoColumns)).code).toBe('FN_CRITERIA_COLUMNS');
    expect(failure(phanboTieuchi(1000, names, groups, twoColumns, [['thon_dbkk']])).code).toBe(
      'FN_SIZE_MISMATCH',
    );
  });

  it('names the recipient when the split cannot be made, and gives #NUM!', () => {
    const e = failure(phanboTieuchi(1000.5, names, groups, villages));
    expect(e.error).toBe('num');
    expect(e.text.vi).toMatch(/^tong: Số tiền cần phân bổ 1\.000,5 không phải là bội số của bước 1\./);
  });

  it('refuses empty names and an input cell showing #N/A', () => {
    expect(failure(phanboTieuchi(1000, column('', ''), column('', ''))).code).toBe('FN_NO_VALUES');
    expect(failure(phanboTieuchi(1000, column('Xã A', '#N/A'), column('', ''))).error).toBe('na');
    expect(failure(phanboTieuchi(1000, column('Xã A', ''), column('', 'x'))).text.vi).toMatch(/^ten: /);
  });
});
