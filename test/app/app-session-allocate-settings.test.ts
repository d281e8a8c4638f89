/**
 * The allocation form starts from the sheet's settings block (assigned NSTW, NSĐP, step, written as the
 * form's number locale reads them back), the preview warns when the typed totals differ from the
 * block's, and a write records the allocated totals and step there.
 */
import {
  allocationFormStart,
  previewAllocation,
  writeAllocation,
  type AllocationRequest,
} from '../../src/app/allocate';
import { typedFigure } from '../../src/app/allocate-settings';
import { dec } from '../../src/domain/money';
import { readTypedAmount } from '../../src/domain/money/typed-amount';
import { EXAMPLE_TABLE_ROWS, exampleSession, PLAN_SHEET } from './app-session-helpers';

const ROWS = ['DA2', 'DA3.1', 'DA4.1', 'DA4.3', 'DA6.1', 'DA6.2', 'DA7.1', 'DA7.2'];

function request(nstw: string, nsdp: string, step = '1'): AllocationRequest {
  return { nstw, nsdp, step, method: 'last-year', rows: ROWS.map((code) => ({ code })), locale: 'auto' };
}

describe('the allocation form starts from the settings block', () => {
  it('gives the assigned totals and step of the example with where they came from', async () => {
    const { session } = await exampleSession();
    const start = await allocationFormStart(session, 'auto');
    if (start.kind !== 'done') throw new Error(start.text.en);
    expect(start.value.rows.map((r) => r.code)).toEqual(EXAMPLE_TABLE_ROWS);
    expect(start.value.assigned).toEqual({
      nstw: '7.538',
      nsdp: '107',
      step: '1',
      hint: {
        vi: 'Lấy từ khối thiết lập của trang "Kế hoạch kinh phí" (NSTW được giao ô C5, NSĐP được giao ô C6, bước làm tròn ô C7).',
        en: 'Taken from the settings block of sheet "Kế hoạch kinh phí" (assigned central budget cell C5, assigned local budget cell C6, rounding step cell C7).',
      },
    });
  });

  it.each([
    ['auto', '15.555,25', '1.469,5', '0,01'],
    ['vi', '15.555,25', '1.469,5', '0,01'],
    ['en', '15,555.25', '1,469.5', '0.01'],
  ] as const)('writes exact figures in the %s notation', async (locale, nstw, nsdp, step) => {
    const { host, session } = await exampleSession();
    host.setCell(PLAN_SHEET, 'C5', { value: 15555.25 });
    host.setCell(PLAN_SHEET, 'C6', { value: 1469.5 });
    host.setCell(PLAN_SHEET, 'C7', { value: 0.01 });
    const start = await allocationFormStart(session, locale);
    if (start.kind !== 'done') throw new Error(start.text.en);
    expect(start.value.assigned).toMatchObject({ nstw, nsdp, step });
  });

  it('leaves out what the block does not state, and gives no hint when it states nothing', async () => {
    const { host, session } = await exampleSession();
    host.setCell(PLAN_SHEET, 'C6', { value: null });
    const some = await allocationFormStart(session, 'auto');
    expect(some.kind === 'done' && some.value.assigned).toEqual({
      nstw: '7.538',
      step: '1',
      hint: {
        vi: 'Lấy từ khối thiết lập của trang "Kế hoạch kinh phí" (NSTW được giao ô C5, bước làm tròn ô C7).',
        en: 'Taken from the settings block of sheet "Kế hoạch kinh phí" (assigned central budget cell C5, rounding step cell C7).',
      },
    });
    host.setCell(PLAN_SHEET, 'C5', { value: null });
    host.setCell(PLAN_SHEET, 'C7', { value: null });
    const none = await allocationFormStart(session, 'auto');
    expect(none.kind === 'done' && none.value.assigned).toEqual({});
  });

  it.each([
    ['4.136', 'auto', '4,1360'],
    ['4.136', 'vi', '4,136'],
    ['4.136', 'en', '4.136'],
    ['4136', 'auto', '4.136'],
    ['0.001', 'auto', '0,001'],
    ['1234567.891', 'auto', '1.234.567,891'],
  ] as const)('writes %s for the %s notation as "%s", which reads back exactly', (value, locale, shown) => {
    const figure = typedFigure(dec(value), locale);
    expect(figure).toBe(shown);
    const back = readTypedAmount(figure, locale, { kind: 'none' });
    expect(back.ok && back.value.toFixed()).toBe(dec(value).toFixed());
  });
});

describe('assigned totals that differ from the settings block', () => {
  it('are a warning of the preview naming both figures and the difference', async () => {
    const { session } = await exampleSession();
    const preview = await previewAllocation(session, request('8.000', '107'));
    if (preview.kind !== 'done') throw new Error(preview.text.en);
    const warnings = preview.findings.filter((f) => f.code === 'ALLOC_ASSIGNED_DIFFERS');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: 'warning',
      where: { kind: 'cell', sheet: PLAN_SHEET, address: 'C5' },
      text: {
        vi: 'NSTW được giao trên trang "Kế hoạch kinh phí" (ô C5) là 7.538 triệu đồng, khác số đang phân bổ 8.000 triệu đồng (chênh lệch +462 triệu đồng); khi ghi, khối thiết lập sẽ được cập nhật theo số phân bổ.',
        en: 'The assigned central budget (NSTW) on sheet "Kế hoạch kinh phí" (cell C5) is 7,538 million VND, but the allocation totals 8,000 million VND (difference +462 million VND); writing updates the settings block to the allocated figure.',
      },
    });
    expect(warnings[0]?.difference?.toFixed()).toBe('462');
  });

  it('name the local budget too, with a negative difference', async () => {
    const { session } = await exampleSession();
    const preview = await previewAllocation(session, request('7538', '100,5', '0,5'));
    if (preview.kind !== 'done') throw new Error(preview.text.en);
    const texts = preview.findings.filter((f) => f.code === 'ALLOC_ASSIGNED_DIFFERS').map((f) => f.text.vi);
    expect(texts).toEqual([
      'NSĐP được giao trên trang "Kế hoạch kinh phí" (ô C6) là 107 triệu đồng, khác số đang phân bổ 100,5 triệu đồng (chênh lệch -6,5 triệu đồng); khi ghi, khối thiết lập sẽ được cập nhật theo số phân bổ.',
    ]);
  });

  it("give no warning when the totals are the sheet's", async () => {
    const { session } = await exampleSession();
    const preview = await previewAllocation(session, request('7.538', '107'));
    expect(preview.kind === 'done' && preview.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('are recorded in the settings block by the write, with the step', async () => {
    const { host, session } = await exampleSession();
    const written = await writeAllocation(session, request('8.000', '150,5', '0,5'), 'values');
    if (written.kind !== 'done') throw new Error(written.text.en);
    expect(['C5', 'C6', 'C7'].map((a) => host.getCell(PLAN_SHEET, a).value)).toEqual([8000, 150.5, 0.5]);
    const start = await allocationFormStart(session, 'auto');
    expect(start.kind === 'done' && start.value.assigned).toMatchObject({
      nstw: '8.000',
      nsdp: '150,5',
      step: '0,5',
    });
    const preview = await previewAllocation(session, request('8.000', '150,5', '0,5'));
    expect(preview.kind === 'done' && preview.findings.some((f) => f.code === 'ALLOC_ASSIGNED_DIFFERS')).toBe(
      false,
    );
  });
});
