/**
 * The session reads the plan sheet once per change of the workbook where the host sees every change
 * (a file held in memory): a preview and the write after it share one read, any write or direct edit
 * makes the next call read again, and a host without a content version (Excel, where people type
 * into cells) is read every time.
 */
import { WorkbookSession } from '../../src/app/session';
import type { WorkbookHost } from '../../src/hosts/contract';
import { exampleSession, PLAN_SHEET } from './app-session-helpers';

/** Counts the sheet reads going to `host`. */
function counting(host: WorkbookHost, withVersion: boolean): { host: WorkbookHost; reads: () => number } {
  let reads = 0;
  const wrapped: WorkbookHost = {
    listSheets: () => host.listSheets(),
    activeSheet: () => host.activeSheet(),
    readSheet: (sheet) => {
      reads++;
      return host.readSheet(sheet);
    },
    applyPatch: (patch, before) => host.applyPatch(patch, before),
    select: (sheet, address) => host.select(sheet, address),
    ...(withVersion ? { contentVersion: () => host.contentVersion?.() } : {}),
  };
  return { host: wrapped, reads: () => reads };
}

describe('reading the plan sheet once per change', () => {
  it('reuses the read until the workbook changes, on a host that sees every change', async () => {
    const { host } = await exampleSession();
    const c = counting(host, true);
    const session = new WorkbookSession(c.host);
    const first = await session.planSheet();
    const afterFirst = c.reads();
    expect(afterFirst).toBeGreaterThan(0);
    const second = await session.planSheet();
    expect(c.reads()).toBe(afterFirst);
    // The same read of the sheet, not a new one.
    expect(second.kind === 'done' && first.kind === 'done' && second.value.read === first.value.read).toBe(
      true,
    );

    // A typed figure (a direct edit) and a write through the session both make it read again.
    host.setCell(PLAN_SHEET, 'H14', { value: 5 });
    const third = await session.planSheet();
    expect(c.reads()).toBeGreaterThan(afterFirst);
    expect(third.kind === 'done' && first.kind === 'done' && third.value.read === first.value.read).toBe(
      false,
    );
    expect(
      third.kind === 'done' &&
        third.value.read.plan.items.find((i) => i.code === 'DA2')?.stated.khac?.toFixed(),
    ).toBe('5');
    const beforeWrite = c.reads();
    await session.write({ patch: { sheet: PLAN_SHEET, cells: [{ address: 'J14', value: 'ghi chú' }] } });
    const readsOfWrite = c.reads();
    await session.planSheet();
    expect(c.reads()).toBeGreaterThan(readsOfWrite);
    expect(readsOfWrite).toBeGreaterThanOrEqual(beforeWrite);

    // Choosing a plan sheet is a new question, not the cached answer; it is answered from the reads
    // already made, since nothing changed.
    const before = await session.planSheet();
    session.choosePlanSheet({ sheet: PLAN_SHEET });
    const n = c.reads();
    const chosen = await session.planSheet();
    expect(chosen).not.toBe(before);
    expect(chosen.kind === 'done' && chosen.value.sheet).toBe(PLAN_SHEET);
    expect(c.reads()).toBe(n);
  });

  it('shares the reads between the plan sheet, the list of plan sheets and the template', async () => {
    const { host } = await exampleSession();
    const c = counting(host, true);
    const session = new WorkbookSession(c.host);
    await session.planSheet();
    const afterPlan = c.reads();
    const choices = await session.planSheetChoices();
    expect(choices.map((p) => p.sheet)).toEqual([PLAN_SHEET]);
    // Only the sheets the plan sheet's rule had not read yet are read for the list, once each.
    const sheets = (await host.listSheets()).length;
    expect(c.reads() - afterPlan).toBeLessThan(sheets);
    const afterList = c.reads();
    await session.planSheetChoices();
    expect(c.reads()).toBe(afterList);
  });

  it('reads every time from a host people edit directly (no content version)', async () => {
    const { host } = await exampleSession();
    const c = counting(host, false);
    const session = new WorkbookSession(c.host);
    await session.planSheet();
    const once = c.reads();
    await session.planSheet();
    expect(c.reads()).toBe(2 * once);
  });
});
