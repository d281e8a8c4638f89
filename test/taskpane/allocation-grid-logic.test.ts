import {
  difference,
  filterRows,
  nameLines,
  searchExample,
  shortLabel,
  weightError,
  weightErrors,
} from '../../src/taskpane/allocation-grid-logic';
import { dec } from '../../src/domain/money';
import { windowOf } from '../../src/taskpane/hooks/use-virtual-rows';
import { chosenByDefault } from '../../src/taskpane/hooks/use-allocation-form';
import { MUONG_LAY_ROWS } from './fake-controller';

describe('the allocation grid logic', () => {
  it('shortens a label to the code and the name cut at a word', () => {
    expect(MUONG_LAY_ROWS.map(shortLabel)).toEqual([
      'DA3 Hỗ trợ phát triển sản xuất,…',
      'DA3.1 Hỗ trợ phát triển sản xuất…',
      'DA4.1 Phát triển giáo dục nghề…',
      'DA6.2 Truyền thông về giảm nghèo…',
    ]);
    expect(shortLabel({ code: 'DA1', label: 'Dự án 1: Đầu tư' })).toBe('DA1 Đầu tư');
  });

  it('finds rows by every typed word, ignoring case and Vietnamese marks', () => {
    const codes = (q: string) => filterRows(MUONG_LAY_ROWS, q).map((r) => r.code);
    expect(codes('')).toEqual(['DA3', 'DA3.1', 'DA4.1', 'DA6.2']);
    expect(codes('HỖ TRỢ')).toEqual(['DA3', 'DA3.1']);
    expect(codes('ho tro nong nghiep')).toEqual(['DA3.1']);
    expect(codes('DA6')).toEqual(['DA6.2']);
    expect(codes('đa chieu')).toEqual(['DA6.2']);
    expect(codes('khong co')).toEqual([]);
  });

  it('hints the search with a query that finds a row of this sheet', () => {
    const example = searchExample(MUONG_LAY_ROWS);
    expect(example).toBe('DA3 hỗ trợ');
    expect(filterRows(MUONG_LAY_ROWS, example ?? '').map((r) => r.code)).toContain('DA3');
    const newRows = [{ code: 'HP1.1.1', label: 'Nội dung 01 (NDTP 1)', level: 3, nstw: null, nsdp: null }];
    expect(searchExample(newRows)).toBe('HP1.1.1 nội dung');
    expect(filterRows(newRows, searchExample(newRows) ?? '')).toHaveLength(1);
    expect(searchExample([])).toBeUndefined();
  });

  it('chooses the rows holding a figure by default, or every row of an empty table', () => {
    expect([...chosenByDefault(MUONG_LAY_ROWS)]).toEqual(['DA3', 'DA3.1', 'DA4.1', 'DA6.2']);
    // A row that holds no figure yet is offered, not chosen.
    const da3Empty = MUONG_LAY_ROWS.map((r) => (r.code === 'DA3' ? { ...r, nstw: null } : r));
    expect([...chosenByDefault(da3Empty)]).toEqual(['DA3.1', 'DA4.1', 'DA6.2']);
    const empty = MUONG_LAY_ROWS.map((r) => ({ ...r, nstw: null, nsdp: null }));
    const partly = empty.map((r) => (r.code === 'DA4.1' ? { ...r, nsdp: '107' } : r));
    expect([...chosenByDefault(partly)]).toEqual(['DA4.1']);
    expect([...chosenByDefault(empty)]).toEqual(['DA3', 'DA3.1', 'DA4.1', 'DA6.2']);
  });

  it('names the row by code and name in a weight error, and accepts non-negative figures', () => {
    const row = MUONG_LAY_ROWS[2]!;
    expect(weightError(row, '2,5', 'auto')).toBeNull();
    expect(weightError(row, '0', 'auto')).toBeNull();
    expect(weightError(row, ' ', 'auto')?.vi).toBe(
      'DA4.1 Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn: chưa nhập tỷ trọng.',
    );
    expect(weightError(row, '-1', 'auto')?.vi).toMatch(
      /^DA4\.1 Phát triển giáo dục .*: tỷ trọng -1 là số âm/,
    );
    expect(weightError(row, 'ba', 'auto')?.en).toMatch(/^DA4\.1 Phát triển giáo dục .*: weight /);
  });

  it('checks only the chosen rows and reads each distinct weight once', () => {
    const cache = new Map<string, boolean>();
    const weights: Record<string, string> = { DA3: 'x', 'DA3.1': 'x', 'DA4.1': '1', 'DA6.2': 'x' };
    const errors = weightErrors(
      MUONG_LAY_ROWS,
      (code) => ({ chosen: code !== 'DA3', weight: weights[code] ?? '1' }),
      'vi',
      cache,
    );
    expect([...errors.keys()]).toEqual(['DA3.1', 'DA6.2']);
    expect(cache.size).toBe(2);
  });

  it('rewords "Dòng 2" and "Line 2" to name the second chosen row, and leaves other messages', () => {
    const chosen = MUONG_LAY_ROWS.slice(1);
    expect(
      nameLines({ vi: 'Dòng 2: số cố định 5 quá lớn.', en: 'Line 2: the fixed 5 is too large.' }, chosen),
    ).toEqual({
      vi: 'DA4.1 Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn: số cố định 5 quá lớn.',
      en: 'DA4.1 Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn: the fixed 5 is too large.',
    });
    const other = { vi: 'Tổng tỷ trọng bằng 0.', en: 'The weights add up to 0.' };
    expect(nameLines(other, chosen)).toEqual(other);
    const beyond = { vi: 'Dòng 9: x.', en: 'Line 9: x.' };
    expect(nameLines(beyond, chosen)).toEqual(beyond);
  });

  it('signs the difference between the share and the current figure', () => {
    expect(difference(dec('1695'), dec('1588'))).toBe('+107');
    expect(difference(dec('466.25'), dec('1000'))).toBe('−533,75');
    expect(difference(dec('7'), dec('7'))).toBe('0');
  });

  it('windows a fixed-height list to the rows in view plus a few', () => {
    expect(windowOf(5000, 36, 0, 360)).toEqual({ first: 0, last: 14, total: 180000 });
    expect(windowOf(5000, 36, 36 * 4000, 360)).toEqual({ first: 3996, last: 4014, total: 180000 });
    expect(windowOf(3, 36, 0, 360)).toEqual({ first: 0, last: 3, total: 108 });
    expect(windowOf(0, 36, 0, 360)).toEqual({ first: 0, last: 0, total: 0 });
  });
});
