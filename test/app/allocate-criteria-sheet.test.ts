/**
 * Allocation by criteria from a sheet range through the session over the memory host: the Xã A/B/C
 * example typed into cells gives scores 55, 52, 25 and parts summing exactly to the total; the write
 * puts "Điểm" and "Phần phân bổ" in the next two columns, asks before replacing the user's cells, and
 * undoes; bad cells are named by address and nothing is written.
 */
import {
  previewCriteriaFromSheet,
  writeCriteriaToSheet,
  type SheetCriteriaRequest,
} from '../../src/app/allocate-criteria-sheet';
import { WorkbookSession } from '../../src/app/session';
import { sum } from '../../src/domain/money';
import { MemoryHost } from '../../src/hosts';

const SHEET = 'Đối tượng';

/** The recipients typed at B2 (header row 2), as a user would: numbers as numbers, an empty cell. */
function workbook(rows: readonly (readonly (string | number | null)[])[] = XA): MemoryHost {
  const host = new MemoryHost([SHEET, 'Khác']);
  const cols = ['B', 'C', 'D'];
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value !== null) host.setCell(SHEET, `${cols[j]}${i + 2}`, { value });
    }),
  );
  return host;
}

const XA = [
  ['ten', 'nhom', 'thon_dbkk'],
  ['Xã A', 'khu_vuc_III', 5],
  ['Xã B', 'khu_vuc_II;bien_gioi', 2],
  ['Xã C', null, 0],
] as const;

const request = (over: Partial<SheetCriteriaRequest> = {}): SheetCriteriaRequest => ({
  range: 'B2:D5',
  total: '1.000',
  step: '1',
  table: 'qd16-2026-xa',
  ...over,
});

describe('allocation by criteria from a sheet range', () => {
  it('scores the Xã A/B/C example and shares the total exactly, with the caution of the table', async () => {
    const session = new WorkbookSession(workbook());
    const r = await previewCriteriaFromSheet(session, request());
    if (r.kind !== 'done') throw new Error(r.text.vi);
    expect(r.value.rows.map((x) => [x.name, x.score.toFixed(), x.part.toFixed()])).toEqual([
      ['Xã A', '55', '417'],
      ['Xã B', '52', '394'],
      ['Xã C', '25', '189'],
    ]);
    expect(sum(r.value.rows.map((x) => x.part)).toFixed()).toBe('1000');
    expect(r.value.sheet).toBe(SHEET);
    expect(r.value.lines).toEqual([3, 4, 5]);
    expect(r.text.vi).toContain('đối chiếu với văn bản gốc trước khi dùng');
  });

  it('reads a sheet-qualified range with $ signs and room to spare below', async () => {
    const host = workbook();
    const session = new WorkbookSession(host);
    const r = await previewCriteriaFromSheet(
      session,
      request({ range: `'${SHEET}'!$B$2:$D$30`, step: '10' }),
    );
    if (r.kind !== 'done') throw new Error(r.text.vi);
    expect(r.value.range).toBe('B2:D30');
    const parts = r.value.rows.map((x) => x.part);
    expect(parts.every((p) => p.mod(10).isZero())).toBe(true);
    expect(sum(parts).toFixed()).toBe('1000');
  });

  it('writes scores and parts in the next two columns, and undo restores them', async () => {
    const host = workbook();
    const session = new WorkbookSession(host);
    const w = await writeCriteriaToSheet(session, request());
    if (w.kind !== 'done') throw new Error(w.text.vi);
    const value = (a: string) => host.getCell(SHEET, a).value;
    expect([value('E2'), value('F2')]).toEqual(['Điểm', 'Phần phân bổ']);
    expect([value('E3'), value('E4'), value('E5')]).toEqual([55, 52, 25]);
    expect([value('F3'), value('F4'), value('F5')]).toEqual([417, 394, 189]);
    expect(w.text.vi).toContain('E2:F5');

    // Writing again over its own cells asks nothing.
    const again = await writeCriteriaToSheet(session, request({ total: '2000' }));
    expect(again.kind).toBe('done');
    expect(value('F3')).toBe(833);

    await session.undo();
    expect(value('F3')).toBe(417);
    await session.undo();
    for (const a of ['E2', 'F2', 'E3', 'F5']) expect(value(a)).toBeNull();
  });

  it("asks before replacing the user's cells right of the range, skipping to the next free columns", async () => {
    const host = workbook();
    host.setCell(SHEET, 'E4', { value: 'ghi chú' });
    const session = new WorkbookSession(host);
    const w = await writeCriteriaToSheet(session, request());
    // E holds a note on a recipient row: the columns written are F and G.
    expect(w.kind).toBe('done');
    expect(host.getCell(SHEET, 'F2').value).toBe('Điểm');
    expect(host.getCell(SHEET, 'E4').value).toBe('ghi chú');

    // A column the user headed "Điểm" is taken as the one to write, but its figures are the user's.
    const host2 = workbook();
    host2.setCell(SHEET, 'E2', { value: 'Điểm' });
    host2.setCell(SHEET, 'E3', { value: 'cũ' });
    const s2 = new WorkbookSession(host2);
    const asked = await writeCriteriaToSheet(s2, request());
    expect(asked.kind).toBe('confirm');
    if (asked.kind === 'confirm') expect(asked.cells).toContain('E3');
    expect(host2.getCell(SHEET, 'E3').value).toBe('cũ');
    const agreed = await writeCriteriaToSheet(s2, request(), true);
    expect(agreed.kind).toBe('done');
    expect(host2.getCell(SHEET, 'E3').value).toBe(55);
    await s2.undo();
    expect(host2.getCell(SHEET, 'E3').value).toBe('cũ');
  });

  it('names the cell of an unknown category and writes nothing', async () => {
    const host = workbook([
      ['ten', 'nhom', 'thon_dbkk'],
      ['Xã A', 'khu_vuc_IV', 5],
      ['Xã B', 'khu_vuc_II', -2],
    ]);
    const session = new WorkbookSession(host);
    const w = await writeCriteriaToSheet(session, request({ range: 'B2:D4' }));
    expect(w.kind).toBe('failed');
    if (w.kind !== 'failed') return;
    const texts = w.findings.map((f) => f.text.vi);
    expect(texts[0]).toMatch(/^Ô C3 \(cột "nhom"\): nhóm "khu_vuc_IV" không có .*có phải "khu_vuc_II"\?/);
    expect(texts[1]).toMatch(/^Ô D4 \(cột "thon_dbkk"\): -2 là số âm/);
    expect(w.findings[0]?.where).toEqual({ kind: 'cell', sheet: SHEET, address: 'C3' });
    expect(w.findings[1]?.text.en).toMatch(/^Cell D4 \(column "thon_dbkk"\)/);
    expect(host.getCell(SHEET, 'E2').value).toBeNull();
    expect(session.canUndo()).toBe(false);
  });

  it('names the header cell of a quantity column with no coefficient', async () => {
    const host = workbook([
      ['ten', 'nhom', 'thon_dbk'],
      ['Xã A', 'khu_vuc_III', 5],
    ]);
    const r = await previewCriteriaFromSheet(new WorkbookSession(host), request({ range: 'B2:D3' }));
    expect(r.kind).toBe('failed');
    if (r.kind === 'failed') {
      expect(r.findings[0]?.text.vi).toMatch(/^Ô D2 \(cột "thon_dbk"\): .*có phải "thon_dbkk"\?/);
    }
  });

  it('tells a bad range, an empty one, a missing sheet, a bad total and an unknown table by field', async () => {
    const session = new WorkbookSession(workbook());
    const where = async (over: Partial<SheetCriteriaRequest>) => {
      const r = await previewCriteriaFromSheet(session, request(over));
      return r.kind === 'failed' ? r.findings.map((f) => f.where) : r.kind;
    };
    expect(await where({ range: 'B2:' })).toEqual([{ kind: 'argument', name: 'vung' }]);
    expect(await where({ range: 'H1:J9' })).toEqual([{ kind: 'argument', name: 'vung' }]);
    expect(await where({ range: 'B2:D2' })).toEqual([{ kind: 'argument', name: 'vung' }]);
    expect(await where({ range: 'Nope!A1:B2' })).toEqual([{ kind: 'argument', name: 'vung' }]);
    expect(await where({ total: 'một nghìn' })).toEqual([{ kind: 'argument', name: 'tong' }]);
    expect(await where({ table: 'qd16' })).toEqual([{ kind: 'argument', name: 'bang' }]);
  });
});
