import {
  allocateCriteria,
  allocateCriteriaFiles,
  isCoefficientsFile,
  tableCaution,
} from '../../src/app/allocate-criteria';
import { Dec, sum } from '../../src/domain/money';
import { createMemoryPlatform } from '../../src/platform/memory';

const RECIPIENTS = 'ten,nhom,thon_dbkk\nXã A,khu_vuc_III,5\nXã B,khu_vuc_II;bien_gioi,2\nXã C,,0\n';
const total = new Dec(1000);
const step = new Dec(1);

/** UTF-16 LE with a byte-order mark, as Excel's "Unicode text" saves. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

describe('allocateCriteria', () => {
  it('gives rows {name, score, part} with the scores, the parts summing to the total, and the table', () => {
    const o = allocateCriteria({
      recipients: { text: RECIPIENTS, name: 'xa.csv' },
      coefficients: { table: 'qd16-2026-xa' },
      total,
      step,
    });
    if (o.kind !== 'done') throw new Error(o.text.vi);
    expect(o.value.rows.map((r) => [r.name, r.score.toFixed()])).toEqual([
      ['Xã A', '55'],
      ['Xã B', '52'],
      ['Xã C', '25'],
    ]);
    expect(sum(o.value.rows.map((r) => r.part)).equals(total)).toBe(true);
    expect(o.value.totalScore.toFixed()).toBe('132');
    // Xã B: the highest of khu vực II (40) and biên giới (50) counts, plus 2 villages.
    expect(o.value.rows[1]?.breakdown.map((l) => [l.criterion, l.points.toFixed()])).toEqual([
      ['bien_gioi', '50'],
      ['thon_dbkk', '2'],
    ]);
    expect(tableCaution(o.value.table)?.vi).toMatch(/đối chiếu với văn bản gốc trước khi dùng/);
    expect(o.text.vi).toMatch(/đối chiếu với văn bản gốc trước khi dùng/);
  });

  it('fails with every finding of the recipients file, located by line', () => {
    const o = allocateCriteria({
      recipients: { text: 'ten,nhom,thon_dbkk\nXã A,khu_vuc_IV,1\nXã A,,x\n', name: 'xa.csv' },
      coefficients: { table: 'qd16-2026-xa' },
      total,
      step,
    });
    expect(o.kind).toBe('failed');
    if (o.kind !== 'failed') return;
    expect(o.findings.map((f) => [f.code, f.where])).toEqual([
      ['CRITERIA_CSV_UNKNOWN_CATEGORY', { kind: 'line', line: 2 }],
      ['CRITERIA_CSV_BAD_NUMBER', { kind: 'line', line: 3 }],
      ['CRITERIA_CSV_DUPLICATE_NAME', { kind: 'line', line: 3 }],
    ]);
  });

  it('tells a path ending in .csv from a table id', () => {
    expect(isCoefficientsFile('he-so.CSV')).toBe(true);
    expect(isCoefficientsFile('bang/he-so')).toBe(true);
    expect(isCoefficientsFile('qd16-2026-xa')).toBe(false);
  });
});

describe('allocateCriteriaFiles', () => {
  it('reads UTF-16 files through the platform, a table from a coefficients file', async () => {
    const platform = createMemoryPlatform({
      '/d/xa.csv': utf16le(RECIPIENTS),
      '/d/he-so.csv':
        'ma,ten,loai,nhom,he_so\nkhu_vuc_III,KV III,thuoc_nhom,xa,50\nkhu_vuc_II,KV II,thuoc_nhom,xa,40\n' +
        'bien_gioi,Biên giới,thuoc_nhom,xa,50\nxa_khac,Khác,mac_dinh,xa,25\nthon_dbkk,Thôn,moi_don_vi,,1\n',
    });
    const o = await allocateCriteriaFiles(
      { recipients: '/d/xa.csv', coefficients: '/d/he-so.csv', total, step },
      { platform },
    );
    if (o.kind !== 'done') throw new Error(o.text.vi);
    expect(o.value.rows.map((r) => r.score.toFixed())).toEqual(['55', '52', '25']);
    expect(o.value.table.id).toBe('he-so');
    expect(tableCaution(o.value.table)).toBeUndefined();
  });

  it('fails naming a missing file, and an empty file as the CSV reader says', async () => {
    const platform = createMemoryPlatform({ '/d/trong.csv': '' });
    const missing = await allocateCriteriaFiles(
      { recipients: '/d/khong-co.csv', coefficients: 'qd16-2026-xa', total, step },
      { platform },
    );
    expect(missing.kind === 'failed' && missing.text.vi).toMatch(/khong-co\.csv/);
    const empty = await allocateCriteriaFiles(
      { recipients: '/d/trong.csv', coefficients: 'qd16-2026-xa', total, step },
      { platform },
    );
    expect(empty.kind === 'failed' && empty.findings.map((f) => f.code)).toEqual(['CRITERIA_CSV_EMPTY']);
  });
});
