import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  criteriaTable,
  namedFinding,
  readCoefficientsCsv,
  readCsv,
  readRecipientsCsv,
  type CriteriaTable,
} from '../../src/domain/criteria';
import { allocate } from '../../src/domain/allocation';
import { at, finding } from '../../src/domain/findings';
import { Dec } from '../../src/domain/money';

const fixtures = join(__dirname, '../fixtures/criteria');
const QD16 = criteriaTable('qd16-2026-xa')!;

describe('readCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM, dropping blank lines', () => {
    const r = readCsv('\uFEFFa,b\r\n"x, ""y""",2\r\n\r\n,\r\n"multi\nline",3\n');
    expect(r).toEqual({
      ok: true,
      separator: ',',
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['x, "y"', '2'] },
        { line: 5, cells: ['multi\nline', '3'] },
      ],
    });
  });

  it('takes ; as the separator when the header line has more of them than commas', () => {
    const r = readCsv('ten;nhom;thon_dbkk\nXã A;"khu_vuc_II;bien_gioi";2,5\n');
    expect(r.ok && r.separator).toBe(';');
    expect(r.ok && r.records[1]?.cells).toEqual(['Xã A', 'khu_vuc_II;bien_gioi', '2,5']);
  });

  it('reports a quote that is never closed at the line it opens on', () => {
    expect(readCsv('a,b\n1,2\n"3,4\n5,6\n')).toEqual({ ok: false, unclosedQuote: 3 });
  });
});

describe('readRecipientsCsv', () => {
  it('reads the fixture: names, categories, quantities and lines', () => {
    const text = readFileSync(join(fixtures, 'recipients-xa.csv'), 'utf8');
    const r = readRecipientsCsv(text, QD16, 'recipients-xa.csv');
    expect(r).toEqual({
      ok: true,
      value: {
        recipients: [
          { name: 'Xã A', categories: ['khu_vuc_III'], quantities: { thon_dbkk: '5' } },
          { name: 'Xã B', categories: ['khu_vuc_II', 'bien_gioi'], quantities: { thon_dbkk: '2' } },
          { name: 'Xã C', categories: [], quantities: { thon_dbkk: '0' } },
        ],
        lines: [2, 3, 4],
      },
    });
  });

  it('reads bounds and locks as amounts (Vietnamese grouping, decimal comma)', () => {
    const text = 'ten,nhom,toi_thieu,toi_da,co_dinh\nXã A,,"1.000","2.500,5",\nXã B,,,,"12,5"\n';
    const r = readRecipientsCsv(text, QD16, 'x.csv');
    if (!r.ok) throw new Error(r.findings.map((f) => f.text.vi).join(' '));
    const [a, b] = r.value.recipients;
    expect(a?.min?.toFixed()).toBe('1000');
    expect(a?.max?.toFixed()).toBe('2500.5');
    expect(b?.locked?.toFixed()).toBe('12.5');
  });

  it('refuses a figure that reads two ways rather than guess', () => {
    const r = readRecipientsCsv('ten,nhom,co_dinh\nXã A,,"4,136"\n', QD16, 'x.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.findings.map((f) => [f.code, f.where])).toEqual([['CRITERIA_CSV_BAD_NUMBER', at.line(2)]]);
      expect(r.findings[0]?.text.vi).toMatch(/^x\.csv, dòng 2, cột "co_dinh": "4,136": /);
    }
  });

  it('refuses more cells than columns and a per-unit id listed as a category', () => {
    const r = readRecipientsCsv('ten,nhom,thon_dbkk\nXã A,khu_vuc_I,1,5\nXã B,thon_dbkk,1\n', QD16, 'x.csv');
    expect(!r.ok && r.findings.map((f) => [f.code, f.where])).toEqual([
      ['CRITERIA_CSV_TOO_MANY_CELLS', at.line(2)],
      ['CRITERIA_CSV_NOT_A_CATEGORY', at.line(3)],
    ]);
  });

  it('refuses a category used as a quantity column and a repeated column', () => {
    const r = readRecipientsCsv('ten,nhom,bien_gioi,thon_dbkk,thon_dbkk\nXã A,,1,1,1\n', QD16, 'x.csv');
    expect(!r.ok && r.findings.map((f) => f.code)).toEqual([
      'CRITERIA_CSV_CATEGORY_COLUMN',
      'CRITERIA_CSV_DUPLICATE_COLUMN',
    ]);
  });
});

describe('readCoefficientsCsv', () => {
  const fixture = readFileSync(join(fixtures, 'coefficients-xa.csv'), 'utf8');

  it('reads the fixture into the same criteria and coefficients as the built-in table', () => {
    const r = readCoefficientsCsv(fixture, 'coefficients-xa.csv');
    if (!r.ok) throw new Error(r.findings.map((f) => f.text.vi).join(' '));
    const shape = (t: CriteriaTable) =>
      t.criteria.map((c) => [c.id, c.label.vi, c.kind, c.group, c.coefficient.toFixed(), c.countable]);
    expect(shape(r.table)).toEqual(shape(QD16));
    expect(r.table.id).toBe('coefficients-xa');
    expect(r.table.status).toBeUndefined();
  });

  it('reads a decimal comma in he_so and Vietnamese headers', () => {
    const r = readCoefficientsCsv(
      'Mã;Tên;Loại;Nhóm;Hệ số\nkv;Khu vực;thuoc_nhom;xa;"1,5"\nha;Héc-ta;moi_don_vi;;0,25\n',
      'he-so.csv',
    );
    if (!r.ok) throw new Error(r.findings.map((f) => f.text.vi).join(' '));
    expect(r.table.criteria.map((c) => c.coefficient.toFixed())).toEqual(['1.5', '0.25']);
  });

  it('tells the parser’s findings at the CSV line and column, in line order', () => {
    const r = readCoefficientsCsv(
      'ma,ten,loai,nhom,he_so\nkv3,KV3,thuoc_nhom,xa,50\nkv 2,KV2,thuoc_nhom,xa,40\nkv3,Lặp,mac_dinh,xa,1\n',
      'he-so.csv',
    );
    expect(!r.ok && r.findings.map((f) => [f.code, f.where, f.text.vi])).toEqual([
      [
        'CRITERIA_BAD_ID',
        at.line(3),
        expect.stringMatching(/^he-so\.csv, dòng 3, cột "ma": "kv 2" không dùng được làm mã/),
      ],
      ['CRITERIA_DUPLICATE_ID', at.line(4), 'he-so.csv, dòng 4, cột "ma": mã "kv3" bị lặp (đã có ở dòng 2).'],
    ]);
  });

  it('refuses missing columns, an empty file and a header only', () => {
    const codes = (text: string) => {
      const r = readCoefficientsCsv(text, 'he-so.csv');
      return r.ok ? [] : r.findings.map((f) => f.code);
    };
    expect(codes('ma,ten,loai\nx,X,moi_don_vi\n')).toEqual([
      'CRITERIA_CSV_MISSING_COLUMN',
      'CRITERIA_CSV_MISSING_COLUMN',
    ]);
    expect(codes('  \n')).toEqual(['CRITERIA_CSV_EMPTY']);
    expect(codes('ma,ten,loai,nhom,he_so\n')).toEqual(['CRITERIA_CSV_NO_ROWS']);
  });
});

describe('namedFinding', () => {
  it('renames an engine finding about a line after its recipient, in both languages', () => {
    const r = allocate({
      total: new Dec(10),
      step: new Dec(1),
      lines: [{ weight: new Dec(1) }, { weight: new Dec(1), min: new Dec(5), max: new Dec(4) }],
    });
    expect(r.ok).toBe(false);
    const f = namedFinding(r.findings[0]!, ['Xã A', 'Xã B']);
    expect(f.text.vi).toMatch(/^Đối tượng "Xã B": mức tối thiểu 5 lớn hơn mức tối đa 4\.$/);
    expect(f.text.en).toMatch(/^Recipient "Xã B": the minimum 5/);
    expect(f.where).toEqual(r.findings[0]!.where);
  });

  it('leaves the criteria’s own findings and findings about no line alone', () => {
    const own = finding({
      severity: 'error',
      code: 'CRITERIA_NO_NAME',
      where: at.argument('recipients', 0),
      text: { vi: 'a', en: 'b' },
    });
    expect(namedFinding(own, ['Xã A'])).toBe(own);
    const total = finding({
      severity: 'error',
      code: 'ALLOC_X',
      where: at.argument('total'),
      text: { vi: 'a', en: 'b' },
    });
    expect(namedFinding(total, ['Xã A'])).toBe(total);
  });
});
