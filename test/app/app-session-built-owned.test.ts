/**
 * A workbook made by `gnbv build` (the build use case over the node services) and then opened in
 * the pane: the add-in recognises the cells it made (one naming scheme for both paths), so rewriting
 * them asks nothing, while a cell the user typed is still protected.
 */
import { buildWorkbook } from '../../src/app/build';
import { CHECK_SHEET } from '../../src/app/check-sheet';
import { writeSection } from '../../src/app/section';
import { WorkbookSession } from '../../src/app/session';
import { insertTemplate } from '../../src/app/template';
import { createNodeServices } from '../../src/cli/compose';
import { DEFAULT_SECTION_SHEET, ownedNameFor, ownedRanges } from '../../src/sheet';
import { example, PLAN_SHEET } from './app-session-helpers';

const services = createNodeServices();

async function openedBuilt(): Promise<{
  session: WorkbookSession;
  host: Awaited<ReturnType<typeof services.openWorkbook>>;
}> {
  const built = await buildWorkbook(example(), [], {}, services);
  if (built.kind !== 'done') throw new Error(built.text.en);
  const host = await services.openWorkbook(built.value.bytes);
  return { host, session: new WorkbookSession(host) };
}

describe('a workbook built by the CLI, opened in the pane', () => {
  it('marks every sheet it writes with the one owned-area scheme', async () => {
    const { host } = await openedBuilt();
    for (const sheet of [PLAN_SHEET, DEFAULT_SECTION_SHEET, CHECK_SHEET]) {
      const snapshot = await host.readSheet(sheet);
      expect(snapshot?.names).toHaveProperty(ownedNameFor(sheet, null));
      expect(ownedRanges(snapshot)).toHaveLength(1);
    }
  });

  it('rewrites its own template and section without asking', async () => {
    const { session } = await openedBuilt();
    const plan = example();
    const template = await insertTemplate(session, { year: 2024, locality: plan.locality ?? '', plan });
    expect(template).toMatchObject({ kind: 'done', value: { sheet: PLAN_SHEET } });
    const section = await writeSection(session, { style: 'kinh-phi-thuc-hien', words: 'total' });
    expect(section.kind).toBe('done');
  });

  it('still asks before replacing a cell the user typed, naming the sheet and the cell', async () => {
    const { session, host } = await openedBuilt();
    const rows = (await host.readSheet(PLAN_SHEET))!.rows.length;
    const address = `B${rows + 3}`;
    await host.applyPatch({ sheet: PLAN_SHEET, cells: [{ address, value: 'Ghi chú của cán bộ' }] });
    const asked = await session.write({ patch: { sheet: PLAN_SHEET, cells: [{ address, value: 'x' }] } });
    expect(asked).toMatchObject({ kind: 'confirm', sheet: PLAN_SHEET, cells: [address] });
    expect(asked.text.vi).toContain(`Trang "${PLAN_SHEET}"`);
    expect(asked.text.vi).toContain(address);
    const cell = (await host.readSheet(PLAN_SHEET))!.rows[rows + 2]?.[1];
    expect(cell?.value).toBe('Ghi chú của cán bộ');
  });
});
