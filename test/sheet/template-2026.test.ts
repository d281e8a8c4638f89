/**
 * The sheet template and reader for the 2026–2035 catalogue: the empty template holds every hợp
 * phần, nội dung thành phần and offered Nội dung with the programme's title; a plan goes round trip
 * with its codes; figures typed by a user are read at their rows; the catalogue is recognised from
 * the title or, without one, from the rows' words; a sum typed wrong is caught at its row.
 */
import { CTMTQG_2026_2035, entryLabel } from '../../src/domain/catalogue';
import { itemOf } from '../../src/domain/findings';
import { dec } from '../../src/domain/money';
import type { Plan } from '../../src/domain/plan';
import { validatePlan } from '../../src/domain/validation';
import { buildTemplate, readPlanFromSnapshot } from '../../src/sheet';
import { SheetModel } from './sheet-model';

const text = (m: SheetModel, address: string): string => {
  const v = m.cells.get(address)?.value;
  return typeof v === 'string' ? v : '';
};

const PLAN: Plan = {
  catalogueId: CTMTQG_2026_2035.id,
  unit: 'trieu_dong',
  year: 2027,
  locality: 'xã Nậm Hàng',
  statedTotals: null,
  items: [
    {
      code: 'HP1.2.3',
      parent: 'HP1.2',
      level: 3,
      name: 'Đường giao thông nội đồng',
      applicable: true,
      stated: { nstw_dau_tu: dec('1200') },
    },
    {
      code: 'HP1.2.14',
      parent: 'HP1.2',
      level: 3,
      name: 'Quản lý vận hành và bảo trì công trình',
      applicable: true,
      stated: { nstw_su_nghiep: dec('85.5'), nsdp: dec('9.5') },
    },
    {
      code: 'HP2.5.15',
      parent: 'HP2.5',
      level: 3,
      name: 'Tuyên truyền lưu động',
      applicable: true,
      stated: { nsdp: dec('12.25') },
    },
  ],
};

describe('the 2026–2035 template', () => {
  it('writes every row of the catalogue under the programme title, and reads back empty with no finding', () => {
    const built = buildTemplate({ year: 2027, locality: 'xã Bình Lư', catalogueId: CTMTQG_2026_2035.id });
    const model = SheetModel.fromPatch(built.patch);
    expect(text(model, 'A1')).toBe(
      'KẾ HOẠCH KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI, GIẢM NGHÈO BỀN VỮNG VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI NĂM 2027',
    );
    const names = built.layout.rows.map((r) => text(model, `B${r.row + 1}`));
    const stt = built.layout.rows.map((r) => text(model, `A${r.row + 1}`));
    const entries = CTMTQG_2026_2035.entries;
    expect(names).toEqual(entries.map((e) => entryLabel(e, CTMTQG_2026_2035)));
    expect(stt.slice(0, 5)).toEqual(['I', '1', '01', '02', '2']);
    const read = readPlanFromSnapshot(model.snapshot());
    expect(read.findings).toEqual([]);
    expect(read.plan.catalogueId).toBe('ctmtqg-2026-2035');
    expect(read.plan.year).toBe(2027);
    expect(read.plan.items).toEqual([]);
  });

  it('takes a plan round trip, codes and figures exactly', () => {
    const { patch } = buildTemplate({ year: 2027, locality: 'xã Nậm Hàng', plan: PLAN });
    const read = readPlanFromSnapshot(SheetModel.fromPatch(patch).snapshot());
    expect(read.findings).toEqual([]);
    const got = read.plan.items.map((i) => [
      i.code,
      i.parent,
      i.name,
      i.stated.nstw_dau_tu?.toFixed(),
      i.stated.nstw_su_nghiep?.toFixed(),
      i.stated.nsdp?.toFixed(),
    ]);
    expect(got).toEqual([
      ['HP1', null, 'Hợp phần thứ nhất', '1200', '85.5', '9.5'],
      ['HP1.2', 'HP1', expect.stringMatching(/^Phát triển hạ tầng/), '1200', '85.5', '9.5'],
      ['HP1.2.3', 'HP1.2', 'Đường giao thông nội đồng', '1200', undefined, undefined],
      ['HP1.2.14', 'HP1.2', 'Quản lý vận hành và bảo trì công trình', undefined, '85.5', '9.5'],
      ['HP2', null, 'Hợp phần thứ hai', undefined, undefined, '12.25'],
      ['HP2.5', 'HP2', expect.stringMatching(/^Công tác truyền thông/), undefined, undefined, '12.25'],
      ['HP2.5.15', 'HP2.5', 'Tuyên truyền lưu động', undefined, undefined, '12.25'],
    ]);
    expect(read.plan.catalogueId).toBe('ctmtqg-2026-2035');
    expect(validatePlan(read.plan)).toEqual([]);
  });

  it('reads figures a user typed into the offered rows, and a Nội dung typed by its number only', () => {
    const built = buildTemplate({ year: 2027, locality: 'xã Bình Lư', catalogueId: CTMTQG_2026_2035.id });
    const model = SheetModel.fromPatch(built.patch);
    const cells = built.layout.cells.amounts;
    const row = (code: string) => Number(/\d+$/.exec(cells[code]?.total ?? '')?.[0]);
    model.set(`B${row('HP1.1.2')}`, 'Nội dung 02: Quy hoạch chung xã');
    model.set(cells['HP1.1.2']?.nstw_su_nghiep ?? '', 150);
    // The user overwrote the whole name; the STT "03" still says which Nội dung it is.
    model.set(`B${row('HP1.3.3')}`, 'Hỗ trợ liên kết sản xuất chè');
    model.set(cells['HP1.3.3']?.nsdp ?? '', 41);
    const read = readPlanFromSnapshot(model.snapshot());
    expect(read.findings).toEqual([]);
    const byCode = new Map(read.plan.items.map((i) => [i.code, i]));
    expect(byCode.get('HP1.1.2')?.name).toBe('Quy hoạch chung xã');
    expect(byCode.get('HP1.1.2')?.stated.nstw_su_nghiep?.toFixed()).toBe('150');
    expect(byCode.get('HP1.3.3')?.name).toBe('Hỗ trợ liên kết sản xuất chè');
    expect(byCode.get('HP1')?.stated.total?.toFixed()).toBe('191');
    expect(validatePlan(read.plan)).toEqual([]);
  });

  it('recognises the catalogue from the rows when the title does not name it', () => {
    const { patch } = buildTemplate({ year: 2027, locality: 'xã Nậm Hàng', plan: PLAN });
    const model = SheetModel.fromPatch(patch);
    model.set('A1', 'KẾ HOẠCH VỐN NĂM 2027');
    const read = readPlanFromSnapshot(model.snapshot());
    expect(read.plan.catalogueId).toBe('ctmtqg-2026-2035');
    expect(read.plan.items.map((i) => i.code)).toContain('HP2.5.15');
  });

  it('catches a component total typed over its sum formula, at that row', () => {
    const built = buildTemplate({ year: 2027, locality: 'xã Nậm Hàng', plan: PLAN });
    const model = SheetModel.fromPatch(built.patch);
    model.set(built.layout.cells.amounts['HP1.2']?.nstw_dau_tu ?? '', 1250);
    const read = readPlanFromSnapshot(model.snapshot());
    const findings = [...read.findings, ...validatePlan(read.plan)];
    expect(findings.filter((f) => f.severity === 'error').map((f) => itemOf(f.where))).toContain('HP1.2');
  });
});
