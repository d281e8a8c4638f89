/**
 * Scoring recipients by a criteria table. Every expected score is worked out by hand in the comment
 * beside it, from the coefficients of the table used (never from the code under test).
 */
import {
  criteriaTable,
  parseCriteriaTable,
  scoreRecipients,
  type CriteriaTable,
  type Recipient,
  type ScoredRecipient,
} from '../../src/domain/criteria';
import { plain } from '../../src/domain/money';

function table(id: string): CriteriaTable {
  const t = criteriaTable(id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

const QD16 = table('qd16-2026-xa');

function recipient(name: string, categories: string[], quantities: Record<string, string> = {}): Recipient {
  return { name, categories, quantities };
}

function scores(t: CriteriaTable, recipients: Recipient[]): ScoredRecipient[] {
  const r = scoreRecipients(t, recipients);
  if (!r.ok) throw new Error(r.findings.map((f) => `${f.code}: ${f.text.en}`).join('\n'));
  return r.scored;
}

function scoreOf(t: CriteriaTable, r: Recipient): string {
  return plain(scores(t, [r])[0]!.score);
}

describe('scoring by qd16-2026-xa', () => {
  it('adds the group maximum and the villages: khu vực III + biên giới with 3 thôn ĐBKK scores 53', () => {
    // Group xa: khu_vuc_III 50 and bien_gioi 50 → only the highest counts: 50.
    // Per unit: 3 thôn ĐBKK × 1 = 3.  Score = 50 + 3 = 53.
    const [s] = scores(QD16, [recipient('Xã Tả Sìn', ['khu_vuc_III', 'bien_gioi'], { thon_dbkk: '3' })]);
    expect(plain(s!.score)).toBe('53');
    expect(s!.breakdown).toEqual([
      expect.objectContaining({
        kind: 'group',
        group: 'xa',
        criterion: 'khu_vuc_III',
        byDefault: false,
        notCounted: ['bien_gioi'],
      }),
      expect.objectContaining({ kind: 'per-unit', criterion: 'thon_dbkk' }),
    ]);
    expect(plain(s!.breakdown[1]!.points)).toBe('3');
  });

  it('gives the acceptance figures 55, 52 and 25', () => {
    // Xã A: khu vực III 50 + 5 villages × 1 = 55.
    // Xã B: max(khu vực II 40, biên giới 50) = 50 + 2 villages × 1 = 52.
    // Xã C: no category → the group default xa_khac 25; 0 villages → 25.
    const s = scores(QD16, [
      recipient('Xã A', ['khu_vuc_III'], { thon_dbkk: '5' }),
      recipient('Xã B', ['khu_vuc_II', 'bien_gioi'], { thon_dbkk: '2' }),
      recipient('Xã C', [], { thon_dbkk: '0' }),
    ]);
    expect(s.map((x) => [x.name, plain(x.score)])).toEqual([
      ['Xã A', '55'],
      ['Xã B', '52'],
      ['Xã C', '25'],
    ]);
  });

  it('takes the highest of the group whatever the order the categories are listed in', () => {
    // max(khu_vuc_I 30, khu_vuc_II 40) = 40, in either order.
    expect(scoreOf(QD16, recipient('X', ['khu_vuc_I', 'khu_vuc_II']))).toBe('40');
    expect(scoreOf(QD16, recipient('X', ['khu_vuc_II', 'khu_vuc_I']))).toBe('40');
    // max(khu_vuc_I 30, hai_dao 50) = 50.
    expect(scoreOf(QD16, recipient('X', ['khu_vuc_I', 'hai_dao']))).toBe('50');
  });

  it('gives the group default to a recipient in none of its categories, and only then', () => {
    // No category: xa_khac 25.
    const [none] = scores(QD16, [recipient('X', [])]);
    expect(plain(none!.score)).toBe('25');
    expect(none!.breakdown).toEqual([
      expect.objectContaining({ group: 'xa', criterion: 'xa_khac', byDefault: true, notCounted: [] }),
    ]);
    // khu_vuc_I 30 replaces the default 25 (30, not 55 and not 25).
    expect(scoreOf(QD16, recipient('X', ['khu_vuc_I']))).toBe('30');
    // Listing the default itself counts it as a category: 25.
    expect(scoreOf(QD16, recipient('X', ['xa_khac']))).toBe('25');
  });

  it('counts a repeated category once and ignores blank entries and an empty quantity', () => {
    // khu_vuc_II 40, once; thon_dbkk "" → 0.
    expect(scoreOf(QD16, recipient('X', ['khu_vuc_II', ' khu_vuc_II ', ''], { thon_dbkk: '' }))).toBe('40');
  });

  it('multiplies quantities exactly', () => {
    // 25 (default) + 12 × 1 = 37.
    expect(scoreOf(QD16, recipient('X', [], { thon_dbkk: '12' }))).toBe('37');
  });
});

describe('errors name the recipient and the id, and nothing unknown is ignored', () => {
  function findings(recipients: Recipient[]) {
    const r = scoreRecipients(QD16, recipients);
    if (r.ok) throw new Error('expected errors');
    return r.findings;
  }

  it('refuses an unknown category, suggesting the nearest id', () => {
    const [f, ...rest] = findings([recipient('Xã Mường Tè', ['khu_vuc_IV'])]);
    expect(rest).toEqual([]);
    expect(f!.code).toBe('CRITERIA_UNKNOWN_CATEGORY');
    expect(f!.where).toEqual({ kind: 'argument', name: 'recipients', index: 0 });
    expect(f!.text.vi).toContain('"Xã Mường Tè"');
    expect(f!.text.vi).toContain('"khu_vuc_IV"');
    expect(f!.text.vi).toMatch(/có phải "khu_vuc_I(I|V)?"\?/);
  });

  it('refuses a quantity with no coefficient, naming the recipient and the column', () => {
    const fs = findings([
      recipient('Xã A', [], { thon_dbkk: '1' }),
      recipient('Xã B', [], { ho_ngheo: '7' }),
    ]);
    expect(fs.map((f) => [f.code, f.where])).toEqual([
      ['CRITERIA_UNKNOWN_QUANTITY', { kind: 'argument', name: 'recipients', index: 1 }],
    ]);
    expect(fs[0]!.text.en).toContain('Recipient "Xã B"');
    expect(fs[0]!.text.en).toContain('"ho_ngheo"');
  });

  it('refuses a per-unit id among the categories and a category id among the quantities', () => {
    const fs = findings([recipient('X', ['thon_dbkk'], { bien_gioi: '1' })]);
    expect(fs.map((f) => f.code)).toEqual(['CRITERIA_NOT_A_CATEGORY', 'CRITERIA_NOT_PER_UNIT']);
  });

  it('refuses negative, fractional and unreadable counts of villages', () => {
    const fs = findings([
      recipient('A', [], { thon_dbkk: '-1' }),
      recipient('B', [], { thon_dbkk: '2.5' }),
      recipient('C', [], { thon_dbkk: 'ba' }),
      recipient('D', [], { thon_dbkk: '1,5' }),
    ]);
    expect(fs.map((f) => [f.code, f.where.kind === 'argument' ? f.where.index : -1])).toEqual([
      ['CRITERIA_NEGATIVE_QUANTITY', 0],
      ['CRITERIA_FRACTIONAL_QUANTITY', 1],
      ['CRITERIA_BAD_QUANTITY', 2],
      ['CRITERIA_BAD_QUANTITY', 3],
    ]);
  });

  it('refuses an empty list and a recipient without a name', () => {
    expect(findings([]).map((f) => f.code)).toEqual(['CRITERIA_NO_RECIPIENTS']);
    expect(findings([recipient('  ', [])]).map((f) => f.code)).toEqual(['CRITERIA_NO_NAME']);
  });

  it('reports every bad recipient, not only the first', () => {
    const fs = findings([recipient('A', ['x1']), recipient('B', []), recipient('C', ['x2'])]);
    expect(fs.map((f) => (f.where.kind === 'argument' ? f.where.index : -1))).toEqual([0, 2]);
  });
});

describe('any table works the same way (nothing of qd16 is built into the logic)', () => {
  // Two groups, each with its own default, a countable and an uncountable per-unit criterion.
  const parsed = parseCriteriaTable({
    id: 'thu-nghiem',
    title: { vi: 'Bảng thử', en: 'Test table' },
    source: 'Văn bản thử nghiệm',
    criteria: [
      {
        id: 'vung_cao',
        label: { vi: 'Vùng cao', en: 'Highland' },
        kind: 'category',
        group: 'dia_hinh',
        coefficient: '2.5',
      },
      {
        id: 'vung_thap',
        label: { vi: 'Vùng thấp', en: 'Lowland' },
        kind: 'default',
        group: 'dia_hinh',
        coefficient: '1',
      },
      {
        id: 'dan_toc',
        label: { vi: 'Đông đồng bào', en: 'Minority' },
        kind: 'category',
        group: 'dan_cu',
        coefficient: 3,
      },
      { id: 'khong', label: { vi: 'Không', en: 'None' }, kind: 'default', group: 'dan_cu', coefficient: '0' },
      {
        id: 'ho_ngheo',
        label: { vi: 'Hộ nghèo', en: 'Poor households' },
        kind: 'per-unit',
        coefficient: '0.1',
      },
      {
        id: 'dien_tich',
        label: { vi: 'Diện tích (ha)', en: 'Area (ha)' },
        kind: 'per-unit',
        coefficient: '0.02',
        countable: false,
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.findings.map((f) => f.text.en).join('\n'));
  const T = parsed.table;

  it('sums one figure per group and the per-unit products', () => {
    // dia_hinh: vung_cao 2.5; dan_cu: dan_toc 3; ho_ngheo 7 × 0.1 = 0.7; dien_tich 12.5 × 0.02 = 0.25.
    // 2.5 + 3 + 0.7 + 0.25 = 6.45.
    expect(scoreOf(T, recipient('X', ['vung_cao', 'dan_toc'], { ho_ngheo: '7', dien_tich: '12.5' }))).toBe(
      '6.45',
    );
    // Both defaults: vung_thap 1 + khong 0 = 1.
    expect(scoreOf(T, recipient('Y', []))).toBe('1');
  });

  it('allows fractional quantities only where the criterion is not countable', () => {
    // dien_tich 0.5 × 0.02 = 0.01, plus the default 1 → 1.01.
    expect(scoreOf(T, recipient('X', [], { dien_tich: '0.5' }))).toBe('1.01');
    const r = scoreRecipients(T, [recipient('X', [], { ho_ngheo: '0.5' })]);
    expect(r.ok ? [] : r.findings.map((f) => f.code)).toEqual(['CRITERIA_FRACTIONAL_QUANTITY']);
  });

  it('names this table, not qd16, in its messages', () => {
    const r = scoreRecipients(T, [recipient('X', ['khu_vuc_III'])]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.findings[0]!.text.vi).toContain('thu-nghiem');
  });

  it('leaves a group without a default out of the score of a recipient in none of its categories', () => {
    const noDefault = parseCriteriaTable({
      id: 't2',
      title: { vi: 'Bảng hai', en: 'Table two' },
      source: 'Văn bản',
      criteria: [
        { id: 'a', label: { vi: 'Nhóm à', en: 'A' }, kind: 'category', group: 'g', coefficient: '4' },
        { id: 'u', label: { vi: 'Đơn vị', en: 'Unit' }, kind: 'per-unit', coefficient: '3' },
      ],
    });
    if (!noDefault.ok) throw new Error('table');
    // No category of g and no default: 0 from g; 2 × 3 = 6.
    const [s] = scores(noDefault.table, [recipient('X', [], { u: '2' })]);
    expect(plain(s!.score)).toBe('6');
    expect(s!.breakdown.map((l) => l.kind)).toEqual(['per-unit']);
  });
});
