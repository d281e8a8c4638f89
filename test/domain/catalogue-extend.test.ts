import fc from 'fast-check';
import {
  CATALOGUE_MESSAGES,
  CatalogueIndex,
  extendCatalogue,
  QD90,
  type Catalogue,
  type CatalogueCode,
  type CatalogueEntry,
  type EntryKind,
  type RowProblem,
  type UserRow,
} from '../../src/domain/catalogue';
import { at, finding, type Finding } from '../../src/domain/findings';

const CODE = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$/;

/** The quadratic algorithm `extendCatalogue` had before it was made linear, kept as the reference. */
function referenceExtend(
  base: Catalogue,
  rows: readonly UserRow[],
): { catalogue: Catalogue; findings: Finding<CatalogueCode>[] } {
  const index = new CatalogueIndex(base);
  const added: CatalogueEntry[] = [];
  const findings: Finding<CatalogueCode>[] = [];
  const known = (code: string) => index.get(code) ?? added.find((e) => e.code === code);
  rows.forEach((row, i) => {
    const where = row.code ? at.item(row.code) : at.line(i + 1);
    const bad = (problem: RowProblem) =>
      findings.push(
        finding({
          severity: 'error',
          code: 'CATALOGUE_ROW',
          where,
          text: CATALOGUE_MESSAGES.CATALOGUE_ROW(problem),
        }),
      );
    if (!CODE.test(row.code)) return bad({ problem: 'badCode', code: row.code });
    if (known(row.code)) return bad({ problem: 'exists', code: row.code });
    if (row.title.trim() === '') return bad({ problem: 'noName', code: row.code });
    const parent = known(row.parent);
    if (!parent) return bad({ problem: 'noParent', code: row.code, parent: row.parent });
    const kind: EntryKind | undefined =
      parent.kind === 'du_an' || parent.kind === 'tieu_du_an'
        ? 'noi_dung'
        : parent.kind === 'noi_dung'
          ? 'noi_dung_thanh_phan'
          : undefined;
    if (!kind) return bad({ problem: 'belowComponent', code: row.code, parent: parent.code });
    const siblings = [...index.children(parent.code), ...added.filter((e) => e.parent === parent.code)];
    added.push({
      code: row.code,
      kind,
      level: (parent.level + 1) as 2 | 3 | 4,
      parent: parent.code,
      number: row.number ?? siblings.length + 1,
      title: row.title.trim(),
      investment: row.investment ?? parent.investment,
      userDefined: true,
    });
    return undefined;
  });
  return { catalogue: { ...base, entries: [...base.entries, ...added] }, findings };
}

/** Codes drawn from a small pool so rows collide, nest, repeat and miss their parents often. */
const baseCodes = QD90.entries.map((e) => e.code);
const codeArb = fc.oneof(
  fc.constantFrom(...baseCodes),
  fc
    .tuple(
      fc.constantFrom(...baseCodes),
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    )
    .map(([b, path]) => `${b}.${path.join('.')}`),
  fc.constantFrom('', 'x y', '1A', 'DA9', 'DA9.1', 'Z.1'),
);
const rowArb: fc.Arbitrary<UserRow> = fc.record(
  {
    code: codeArb,
    parent: codeArb,
    title: fc.constantFrom('Hỗ trợ giống', '  ', '', ' Mô hình nuôi bò '),
    number: fc.integer({ min: 1, max: 20 }),
    investment: fc.boolean(),
  },
  { requiredKeys: ['code', 'parent', 'title'] },
);

describe('extendCatalogue in linear time', () => {
  it('gives exactly what the former quadratic algorithm gave, on random rows', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        expect(extendCatalogue(QD90, rows)).toEqual(referenceExtend(QD90, rows));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same numbers as the reference when many rows share parents', () => {
    const rows: UserRow[] = [];
    for (let i = 1; i <= 300; i++) {
      const parent = baseCodes[i % baseCodes.length]!;
      rows.push({
        code: `${parent}.u${i}`,
        parent,
        title: `Nội dung ${i}`,
        ...(i % 7 === 0 ? { number: 99 } : {}),
      });
      rows.push({ code: `${parent}.u${i}.1`, parent: `${parent}.u${i}`, title: 'Thành phần' });
    }
    const got = extendCatalogue(QD90, rows);
    expect(got).toEqual(referenceExtend(QD90, rows));
    // Not vacuous: nested rows were added and numbered after the programme's own children.
    expect(got.catalogue.entries.some((e) => e.kind === 'noi_dung_thanh_phan')).toBe(true);
  });

  it('merges 150 000 rows', () => {
    const leaves = QD90.entries.filter((e) => !QD90.entries.some((c) => c.parent === e.code));
    const rows: UserRow[] = [];
    let n = 0;
    while (rows.length < 150_000) {
      const leaf = leaves[n % leaves.length]!;
      const nd = `${leaf.code}.n${n++}`;
      rows.push({ code: nd, parent: leaf.code, title: 'Nội dung' });
      for (let k = 1; k <= 9; k++) rows.push({ code: `${nd}.${k}`, parent: nd, title: `Thành phần ${k}` });
    }
    const { catalogue, findings } = extendCatalogue(QD90, rows);
    expect(findings).toEqual([]);
    expect(catalogue.entries.length).toBe(QD90.entries.length + rows.length);
    const last = catalogue.entries[catalogue.entries.length - 1]!;
    expect(last).toMatchObject({ kind: 'noi_dung_thanh_phan', number: 9 });
    // The last nội dung under the first leaf is numbered after all its earlier siblings.
    const firstLeafKids = catalogue.entries.filter((e) => e.parent === leaves[0]!.code);
    expect(firstLeafKids[firstLeafKids.length - 1]!.number).toBe(firstLeafKids.length);
  });
});
