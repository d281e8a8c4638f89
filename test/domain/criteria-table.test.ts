/** Criteria tables: the strict JSON reader, the built-in qd16-2026-xa data and the registry. */
import {
  criteriaTable,
  criteriaTables,
  findCriteriaTable,
  parseCriteriaTable,
  type CriteriaFinding,
} from '../../src/domain/criteria';
import { at } from '../../src/domain/findings';
import { plain } from '../../src/domain/money';

const label = { vi: 'Nhãn thử', en: 'Test label' };
const base = () => ({
  id: 'bang-thu',
  title: { vi: 'Bảng thử', en: 'Test table' },
  source: 'Văn bản thử',
  criteria: [
    { id: 'a', label, kind: 'category', group: 'g', coefficient: '2' },
    { id: 'b', label, kind: 'default', group: 'g', coefficient: '1' },
    { id: 'u', label, kind: 'per-unit', coefficient: '0.5' },
  ] as Record<string, unknown>[],
});

function problems(input: unknown): [string, string][] {
  const r = parseCriteriaTable(input);
  if (r.ok) throw new Error('expected findings');
  return r.findings.map((f: CriteriaFinding) => [
    f.code,
    f.where.kind === 'argument' ? f.where.name : f.where.kind,
  ]);
}

function withCriterion(i: number, patch: Record<string, unknown>): ReturnType<typeof base> {
  const t = base();
  t.criteria[i] = { ...t.criteria[i], ...patch };
  return t;
}

describe('parseCriteriaTable', () => {
  it('reads a good table, with decimal strings and exact JSON numbers as coefficients', () => {
    const r = parseCriteriaTable(withCriterion(0, { coefficient: 2.75 }));
    if (!r.ok) throw new Error(r.findings.map((f) => f.text.en).join('\n'));
    expect(r.table.criteria.map((c) => [c.id, c.kind, c.group, plain(c.coefficient), c.countable])).toEqual([
      ['a', 'category', 'g', '2.75', undefined],
      ['b', 'default', 'g', '1', undefined],
      ['u', 'per-unit', undefined, '0.5', true],
    ]);
  });

  it('refuses an unknown key, suggesting the nearest one, at its path', () => {
    const t = withCriterion(1, { coeficient: '1' });
    delete t.criteria[1]!.coefficient;
    const r = parseCriteriaTable(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const unknown = r.findings.find((f) => f.code === 'CRITERIA_UNKNOWN_KEY')!;
    expect(unknown.where).toEqual({ kind: 'argument', name: 'criteria[1].coeficient' });
    expect(unknown.text.vi).toContain('có phải "coefficient"?');
    expect(unknown.text.en).toContain('did you mean "coefficient"?');
    // …and the coefficient it stands for is then missing.
    expect(r.findings.map((f) => f.code)).toEqual(['CRITERIA_UNKNOWN_KEY', 'CRITERIA_TABLE_SHAPE']);
    expect(problems({ ...base(), titel: label })).toEqual([['CRITERIA_UNKNOWN_KEY', 'titel']]);
  });

  it('refuses repeated ids, naming both places', () => {
    const r = parseCriteriaTable(withCriterion(2, { id: 'a' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings.map((f) => [f.code, f.where])).toEqual([
      ['CRITERIA_DUPLICATE_ID', { kind: 'argument', name: 'criteria[2].id' }],
    ]);
    expect(r.findings[0]!.text.en).toContain('criteria[0]');
  });

  it('refuses a category or a default without a group, and a per-unit criterion with one', () => {
    const noGroup = withCriterion(0, {});
    delete noGroup.criteria[0]!.group;
    expect(problems(noGroup)).toEqual([['CRITERIA_GROUP_MISSING', 'criteria[0].group']]);
    const defaultNoGroup = withCriterion(1, {});
    delete defaultNoGroup.criteria[1]!.group;
    expect(problems(defaultNoGroup)).toEqual([['CRITERIA_GROUP_MISSING', 'criteria[1].group']]);
    expect(problems(withCriterion(2, { group: 'g' }))).toEqual([
      ['CRITERIA_FIELD_NOT_ALLOWED', 'criteria[2].group'],
    ]);
    expect(problems(withCriterion(0, { countable: true }))).toEqual([
      ['CRITERIA_FIELD_NOT_ALLOWED', 'criteria[0].countable'],
    ]);
  });

  it('refuses a group with two defaults', () => {
    const t = base();
    t.criteria.push({ id: 'c', label, kind: 'default', group: 'g', coefficient: '3' });
    const r = parseCriteriaTable(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings.map((f) => [f.code, f.where])).toEqual([
      ['CRITERIA_TWO_DEFAULTS', { kind: 'argument', name: 'criteria[3]' }],
    ]);
    expect(r.findings[0]!.text.vi).toContain('"b" và "c"');
  });

  it('refuses negative, unreadable and inexact coefficients', () => {
    expect(problems(withCriterion(0, { coefficient: '-5' }))).toEqual([
      ['CRITERIA_NEGATIVE_COEFFICIENT', 'criteria[0].coefficient'],
    ]);
    expect(problems(withCriterion(0, { coefficient: -0.5 }))).toEqual([
      ['CRITERIA_NEGATIVE_COEFFICIENT', 'criteria[0].coefficient'],
    ]);
    for (const bad of ['50 điểm', '1,5', '', 1e21, 0.1 + 0.2, true, null]) {
      expect(problems(withCriterion(0, { coefficient: bad }))).toEqual([
        ['CRITERIA_BAD_COEFFICIENT', 'criteria[0].coefficient'],
      ]);
    }
  });

  it('refuses an unknown kind with a suggestion, bad ids and a bad label', () => {
    const r = parseCriteriaTable(withCriterion(2, { kind: 'per_unit' }));
    expect(r.ok ? [] : r.findings.map((f) => [f.code, f.text.en])).toEqual([
      ['CRITERIA_UNKNOWN_KIND', expect.stringContaining('did you mean "per-unit"?')],
    ]);
    expect(problems(withCriterion(0, { id: 'khu vực III' }))).toEqual([
      ['CRITERIA_BAD_ID', 'criteria[0].id'],
    ]);
    expect(problems(withCriterion(0, { id: 'a;b' }))).toEqual([['CRITERIA_BAD_ID', 'criteria[0].id']]);
    expect(problems(withCriterion(0, { group: '1g' }))).toEqual([['CRITERIA_BAD_ID', 'criteria[0].group']]);
    expect(problems(withCriterion(0, { label: 'Nhãn' }))).toEqual([
      ['CRITERIA_TABLE_SHAPE', 'criteria[0].label'],
    ]);
    expect(problems(withCriterion(0, { label: { vi: 'Nhãn' } }))).toEqual([
      ['CRITERIA_TABLE_SHAPE', 'criteria[0].label'],
    ]);
    expect(problems(withCriterion(2, { countable: 'yes' }))).toEqual([
      ['CRITERIA_TABLE_SHAPE', 'criteria[2].countable'],
    ]);
  });

  it('refuses a wrong shape at the root and an empty list of criteria', () => {
    expect(problems([])).toEqual([['CRITERIA_TABLE_SHAPE', 'none']]);
    expect(problems({ ...base(), criteria: [] })).toEqual([['CRITERIA_TABLE_SHAPE', 'criteria']]);
    expect(problems({ ...base(), criteria: {} })).toEqual([['CRITERIA_TABLE_SHAPE', 'criteria']]);
    expect(problems({ ...base(), status: 'official' })).toEqual([['CRITERIA_TABLE_SHAPE', 'status']]);
    const noSource: Record<string, unknown> = base();
    delete noSource.source;
    expect(problems(noSource)).toEqual([['CRITERIA_TABLE_SHAPE', 'source']]);
  });

  it('reports every problem, not only the first', () => {
    const t = withCriterion(0, { coefficient: '-1', kind: 'categry' });
    t.criteria[2] = { ...t.criteria[2], id: 'b' };
    expect(problems(t).map(([code]) => code)).toEqual([
      'CRITERIA_UNKNOWN_KIND',
      'CRITERIA_NEGATIVE_COEFFICIENT',
      'CRITERIA_DUPLICATE_ID',
    ]);
  });
});

describe('the built-in qd16-2026-xa', () => {
  const t = criteriaTable('qd16-2026-xa')!;

  it('holds the commune coefficients with the ids of the domain notes', () => {
    expect(t.criteria.map((c) => [c.id, c.kind, c.group ?? null, plain(c.coefficient)])).toEqual([
      ['khu_vuc_III', 'category', 'xa', '50'],
      ['an_toan_khu', 'category', 'xa', '50'],
      ['bien_gioi', 'category', 'xa', '50'],
      ['hai_dao', 'category', 'xa', '50'],
      ['dac_khu', 'category', 'xa', '50'],
      ['khu_vuc_II', 'category', 'xa', '40'],
      ['khu_vuc_I', 'category', 'xa', '30'],
      ['xa_khac', 'default', 'xa', '25'],
      ['thon_dbkk', 'per-unit', null, '1'],
    ]);
    expect(t.criteria.find((c) => c.id === 'thon_dbkk')!.countable).toBe(true);
  });

  it('is marked as reported, to be checked against Quyết định 16/2026/QĐ-TTg', () => {
    expect(t.status).toBe('reported');
    expect(t.source).toContain('Quyết định 16/2026/QĐ-TTg');
    expect(t.caution!.vi).toContain('đối chiếu với văn bản gốc trước khi dùng');
    expect(t.caution!.en).toContain('original text');
  });
});

describe('the registry', () => {
  it('lists the built-in tables and finds them by id', () => {
    expect(criteriaTables().map((x) => x.id)).toEqual(['qd16-2026-xa']);
    expect(criteriaTable('qd16-2026-xa')).toBe(criteriaTables()[0]);
    expect(criteriaTable('qd16')).toBeUndefined();
  });

  it('explains an unknown id, suggesting the nearest', () => {
    const r = findCriteriaTable('qd16-2026-x', at.argument('--coefficients'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CRITERIA_UNKNOWN_TABLE');
    expect(r.error.where).toEqual({ kind: 'argument', name: '--coefficients' });
    expect(r.error.text.vi).toContain('có phải "qd16-2026-xa"?');
    const unplaced = findCriteriaTable('x');
    expect(unplaced.ok ? undefined : unplaced.error.where).toEqual({ kind: 'none' });
    const found = findCriteriaTable('qd16-2026-xa');
    expect(found.ok && found.value.id).toBe('qd16-2026-xa');
  });
});
