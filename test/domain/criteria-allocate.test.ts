/** Allocation by criteria: scores → exact parts through the allocation engine. Figures worked by hand. */
import {
  allocateByCriteria,
  criteriaTable,
  parseCriteriaTable,
  type Recipient,
} from '../../src/domain/criteria';
import { dec, plain, sum } from '../../src/domain/money';

const QD16 = criteriaTable('qd16-2026-xa')!;

function recipient(
  name: string,
  categories: string[],
  villages: number,
  extra: Partial<Recipient> = {},
): Recipient {
  return { name, categories, quantities: { thon_dbkk: String(villages) }, ...extra };
}

function rows(total: string, step: string, recipients: Recipient[], table = QD16) {
  const r = allocateByCriteria({ total: dec(total), step: dec(step), table, recipients });
  if (!r.ok) throw new Error(r.findings.map((f) => `${f.code}: ${f.text.en}`).join('\n'));
  return r;
}

describe('allocateByCriteria', () => {
  it('shares 1000 over Xã A, B, C (scores 55, 52, 25) exactly', () => {
    // Scores: A 50 + 5 = 55; B max(40, 50) + 2 = 52; C default 25 + 0 = 25; Σ = 132.
    // Exact shares: 1000·55/132 = 416,66…; 1000·52/132 = 393,93…; 1000·25/132 = 189,39….
    // Floors 416 + 393 + 189 = 998; the 2 steps left go to the largest remainders, ,93… (B) then ,66… (A):
    // 417 + 394 + 189 = 1000.
    const r = rows('1000', '1', [
      recipient('Xã A', ['khu_vuc_III'], 5),
      recipient('Xã B', ['khu_vuc_II', 'bien_gioi'], 2),
      recipient('Xã C', [], 0),
    ]);
    expect(r.rows.map((x) => [x.name, plain(x.score), plain(x.part)])).toEqual([
      ['Xã A', '55', '417'],
      ['Xã B', '52', '394'],
      ['Xã C', '25', '189'],
    ]);
    expect(plain(r.totalScore)).toBe('132');
    expect(plain(sum(r.rows.map((x) => x.part)))).toBe('1000');
    expect(r.rows[1]!.breakdown[0]).toEqual(
      // Biên giới (50) counts, khu vực II (40) is shown as not counted.
      expect.objectContaining({ criterion: 'bien_gioi', notCounted: ['khu_vuc_II'] }) as unknown,
    );
  });

  it('keeps thirds exact with step 0,01: three equal scores share 100 as 33,34 + 33,33 + 33,33', () => {
    // Three communes of khu vực II (40 each): exact share 33,333…; floors 33,33 × 3 = 99,99; the one
    // step left goes to the first line on equal remainders and equal weights → 33,34.
    const r = rows('100', '0.01', [
      recipient('X1', ['khu_vuc_II'], 0),
      recipient('X2', ['khu_vuc_II'], 0),
      recipient('X3', ['khu_vuc_II'], 0),
    ]);
    expect(r.rows.map((x) => plain(x.part))).toEqual(['33.34', '33.33', '33.33']);
    expect(plain(sum(r.rows.map((x) => x.part)))).toBe('100');
  });

  it('gives nothing to a recipient of score 0, and shares the rest among the others', () => {
    // A table whose default is worth 0: Y scores 0, X scores 3 (3 units × 1) → X 10, Y 0.
    const t = parseCriteriaTable({
      id: 'khong-diem',
      title: { vi: 'Bảng có mặc định 0 điểm', en: 'Zero default' },
      source: 'Văn bản thử',
      criteria: [
        { id: 'co', label: { vi: 'Có', en: 'Yes' }, kind: 'category', group: 'g', coefficient: '5' },
        { id: 'khong', label: { vi: 'Không', en: 'No' }, kind: 'default', group: 'g', coefficient: '0' },
        { id: 'don_vi', label: { vi: 'Đơn vị', en: 'Unit' }, kind: 'per-unit', coefficient: '1' },
      ],
    });
    if (!t.ok) throw new Error('table');
    const r = rows(
      '10',
      '1',
      [
        { name: 'X', categories: [], quantities: { don_vi: '3' } },
        { name: 'Y', categories: [], quantities: {} },
      ],
      t.table,
    );
    expect(r.rows.map((x) => [plain(x.score), plain(x.part)])).toEqual([
      ['3', '10'],
      ['0', '0'],
    ]);
    // Every score 0: nothing to share by.
    const none = allocateByCriteria({
      total: dec(10),
      step: dec(1),
      table: t.table,
      recipients: [{ name: 'Y', categories: [], quantities: {} }],
    });
    expect(none.ok ? [] : none.findings.map((f) => f.code)).toEqual(['ALLOC_ALL_WEIGHTS_ZERO']);
  });

  it('honours locks and bounds through the allocation engine', () => {
    // A locked at 100; the 900 left is shared by B (52) and C (25), B capped at 500:
    // exact 900·52/77 = 607,79… > 500 → B 500, C the remaining 400.
    const r = rows('1000', '1', [
      recipient('Xã A', ['khu_vuc_III'], 5, { locked: dec(100) }),
      recipient('Xã B', ['khu_vuc_II', 'bien_gioi'], 2, { max: dec(500) }),
      recipient('Xã C', [], 0),
    ]);
    expect(r.rows.map((x) => plain(x.part))).toEqual(['100', '500', '400']);
  });

  it('returns the scoring errors before allocating, and the engine errors otherwise', () => {
    const bad = allocateByCriteria({
      total: dec(10),
      step: dec(1),
      table: QD16,
      recipients: [recipient('Xã A', ['khu_vuc_4'], 1)],
    });
    expect(bad.ok ? [] : bad.findings.map((f) => f.code)).toEqual(['CRITERIA_UNKNOWN_CATEGORY']);
    const notMultiple = allocateByCriteria({
      total: dec('10.5'),
      step: dec(1),
      table: QD16,
      recipients: [recipient('Xã A', [], 1)],
    });
    expect(notMultiple.ok ? [] : notMultiple.findings.map((f) => f.code)).toEqual([
      'ALLOC_TOTAL_NOT_MULTIPLE_OF_STEP',
    ]);
    const empty = allocateByCriteria({ total: dec(10), step: dec(1), table: QD16, recipients: [] });
    expect(empty.ok ? [] : empty.findings.map((f) => f.code)).toEqual(['CRITERIA_NO_RECIPIENTS']);
  });
});
