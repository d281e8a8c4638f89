import {
  allocationRows,
  previewAllocation,
  writeAllocation,
  type AllocationRequest,
} from '../../src/app/allocate';
import { WorkbookSession } from '../../src/app/session';
import { MemoryHost } from '../../src/hosts';
import { EXAMPLE_TABLE_ROWS, exampleSession, PLAN_SHEET, texts, writeTable } from './app-session-helpers';

const EXAMPLE_ROWS = ['DA2', 'DA3.1', 'DA4.1', 'DA4.3', 'DA6.1', 'DA6.2', 'DA7.1', 'DA7.2'];

describe('allocation over the session', () => {
  it('lists the rows that can receive money, with their labels and figures', async () => {
    const { session } = await exampleSession();
    const rows = await allocationRows(session);
    if (rows.kind !== 'done') throw new Error(rows.text.en);
    expect(rows.value.map((r) => r.code)).toEqual(EXAMPLE_TABLE_ROWS);
    const da41 = rows.value.find((r) => r.code === 'DA4.1');
    expect(da41?.label).toMatch(/^Tiểu dự án 1 \(Dự án 4\): /);
    expect([da41?.nstw?.toFixed(), da41?.nsdp?.toFixed()]).toEqual(['1588', '107']);
  });

  it('previews by last year shares with totals equal to the assigned money exactly', async () => {
    const { session } = await exampleSession();
    const request: AllocationRequest = {
      nstw: '8.000',
      nsdp: '150,5',
      step: '0,5',
      method: 'last-year',
      rows: EXAMPLE_ROWS.map((code) => ({ code })),
      locale: 'auto',
    };
    const preview = await previewAllocation(session, request);
    if (preview.kind !== 'done') throw new Error(preview.text.en);
    const { totals, rows } = preview.value;
    expect([totals.nstw.toFixed(), totals.nsdp.toFixed(), totals.total.toFixed()]).toEqual([
      '8000',
      '150.5',
      '8150.5',
    ]);
    // Only DA4.1 had local money last year, so it takes all of it.
    expect(rows.find((r) => r.code === 'DA4.1')?.nsdp.toFixed()).toBe('150.5');
  });

  it.each([
    ['vi', '1.469', '0,01', '1469'],
    ['en', '1,469.5', '0.01', '1469.5'],
    ['auto', '15.555,25', '0,01', '15555.25'],
    ['auto', '1,469.50', '0.01', '1469.5'],
    ['vi', '466,25', '0,01', '466.25'],
  ] as const)(
    'reads the assigned NSTW with locale %s: "%s" (step %s) is %s',
    async (locale, typed, step, value) => {
      const { session } = await exampleSession();
      const preview = await previewAllocation(session, {
        nstw: typed,
        nsdp: '0',
        step,
        method: 'equal',
        rows: [{ code: 'DA2' }],
        locale,
      });
      expect(preview.kind === 'done' && preview.value.totals.nstw.toFixed()).toBe(value);
    },
  );

  it('refuses "4,136" under auto as reading two ways, and reads it under vi', async () => {
    const { session } = await exampleSession();
    const request = {
      nstw: '4,136',
      nsdp: '0',
      step: '0,001',
      method: 'equal' as const,
      rows: [{ code: 'DA2' }],
    };
    const auto = await previewAllocation(session, { ...request, locale: 'auto' });
    expect(auto.kind).toBe('failed');
    expect(auto.text.vi).toMatch(/^NSTW được giao: /);
    const vi = await previewAllocation(session, { ...request, locale: 'vi' });
    expect(vi.kind === 'done' && vi.value.totals.nstw.toFixed()).toBe('4.136');
  });

  it('explains bad input in both languages, naming rows by their label, and writes nothing', async () => {
    const { host, session } = await exampleSession();
    const before = await texts(host, PLAN_SHEET);
    const result = await writeAllocation(
      session,
      {
        nstw: 'một nghìn',
        nsdp: '0',
        step: '1',
        method: 'weights',
        rows: [{ code: 'DA4.1', weight: 'hai' }],
        locale: 'auto',
      },
      'values',
    );
    expect(result.kind).toBe('failed');
    expect(result.text.vi).toMatch(/^NSTW được giao: "một nghìn" không phải là một số tiền/);
    expect(result.text.en).toMatch(/^Assigned central budget:/);
    expect(result.text.vi).toContain('Tiểu dự án 1 (Dự án 4): Phát triển giáo dục nghề nghiệp');
    expect(result.text.vi).toContain(', tỷ trọng: ');
    expect(result.kind === 'failed' && result.findings.map((f) => f.where)).toEqual([
      { kind: 'argument', name: 'nstw' },
      { kind: 'item', code: 'DA4.1' },
    ]);
    expect(await texts(host, PLAN_SHEET)).toEqual(before);
    expect(session.canUndo()).toBe(false);
  });

  it('writes values, records the assigned totals, and undoes exactly', async () => {
    const { host, session } = await exampleSession();
    const before = await host.readSheet(PLAN_SHEET);
    const result = await writeAllocation(
      session,
      {
        nstw: '1000',
        nsdp: '100',
        step: '1',
        method: 'weights',
        rows: [
          { code: 'DA2', weight: '3' },
          { code: 'DA4.1', weight: '1', lockedNsdp: '40' },
        ],
        locale: 'auto',
      },
      'values',
    );
    expect(result).toMatchObject({ kind: 'done' });
    const rows = await allocationRows(session);
    if (rows.kind !== 'done') throw new Error(rows.text.en);
    const figures = (code: string) => {
      const r = rows.value.find((x) => x.code === code);
      return [r?.nstw?.toFixed(), r?.nsdp?.toFixed()];
    };
    expect(figures('DA2')).toEqual(['750', '60']);
    expect(figures('DA4.1')).toEqual(['250', '40']);
    expect(host.getCell(PLAN_SHEET, 'C5')?.value).toBe(1000);
    expect(session.canUndo()).toBe(true);
    await session.undo();
    expect(await host.readSheet(PLAN_SHEET)).toEqual(before);
  });

  it('writes live GNBV.PHANBO formulas, and refuses them with locked rows', async () => {
    const { host, session } = await exampleSession();
    const request: AllocationRequest = {
      nstw: '600',
      nsdp: '0',
      step: '1',
      method: 'weights',
      rows: [
        { code: 'DA6.1', weight: '2' },
        { code: 'DA6.2', weight: '1' },
      ],
      locale: 'auto',
    };
    expect(await writeAllocation(session, request, 'formulas')).toMatchObject({ kind: 'done' });
    const formulas = (await host.readSheet(PLAN_SHEET))!.rows
      .flat()
      .flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas).toContain('=INDEX(GNBV.PHANBO(GNBV_NSTW_GIAO,{2;1},GNBV_BUOC),1)');
    expect(formulas).toContain('=INDEX(GNBV.PHANBO(GNBV_NSTW_GIAO,{2;1},GNBV_BUOC),2)');
    const locked = await writeAllocation(
      session,
      {
        ...request,
        rows: [
          { code: 'DA6.1', weight: '2', lockedNstw: '100' },
          { code: 'DA6.2', weight: '1' },
        ],
      },
      'formulas',
    );
    expect(locked.kind).toBe('failed');
  });

  it('asks before writing into a plan table the add-in did not create, and writes once confirmed', async () => {
    const host = new MemoryHost([PLAN_SHEET]);
    await writeTable(host, PLAN_SHEET, false);
    const session = new WorkbookSession(host);
    const request: AllocationRequest = {
      nstw: '600',
      nsdp: '0',
      step: '1',
      method: 'equal',
      rows: [{ code: 'DA2' }, { code: 'DA4.1' }],
      locale: 'auto',
    };
    const before = await texts(host, PLAN_SHEET);
    const asked = await writeAllocation(session, request, 'values');
    expect(asked.kind).toBe('confirm');
    expect(asked.kind === 'confirm' && asked.cells.length).toBeGreaterThan(0);
    expect(await texts(host, PLAN_SHEET)).toEqual(before);
    expect((await writeAllocation(session, request, 'values', true)).kind).toBe('done');
    const rows = await allocationRows(session);
    expect(rows.kind === 'done' && rows.value.find((r) => r.code === 'DA2')?.nstw?.toFixed()).toBe('300');
  });
});
