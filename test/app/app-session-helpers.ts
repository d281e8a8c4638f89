/**
 * Helpers of the app-session tests: the example plan written into a memory workbook, and services
 * whose platform is in memory (no exceljs, no docx: the session use cases do not need them).
 */
import { examplePlan } from '../../src/app/example';
import type { Services } from '../../src/app/services';
import { WorkbookSession } from '../../src/app/session';
import { insertTemplate } from '../../src/app/template';
import type { Plan } from '../../src/domain/plan';
import { MemoryHost } from '../../src/hosts';
import { createMemoryPlatform } from '../../src/platform/memory';
import { buildTemplate, DEFAULT_TEMPLATE_SHEET } from '../../src/sheet';

export const PLAN_SHEET = DEFAULT_TEMPLATE_SHEET;

/**
 * The rows the example plan sheet offers to allocate to: its table's rows without rows below them,
 * those the plan fills and those it leaves empty (DA1, DA3.2, DA4.2, DA5).
 */
export const EXAMPLE_TABLE_ROWS = [
  'DA1',
  'DA2',
  'DA3.1',
  'DA3.2',
  'DA4.1',
  'DA4.2',
  'DA4.3',
  'DA5',
  'DA6.1',
  'DA6.2',
  'DA7.1',
  'DA7.2',
];

/** The bundled example plan (thị xã Mường Lay 2024). */
export function example(): Plan {
  const opened = examplePlan();
  if (opened.kind !== 'done') throw new Error(opened.text.en);
  return opened.value.plan;
}

/** A memory workbook with the example plan written into the template by the app. */
export async function exampleSession(): Promise<{ host: MemoryHost; session: WorkbookSession }> {
  const host = new MemoryHost([PLAN_SHEET]);
  const session = new WorkbookSession(host);
  const plan = example();
  const written = await insertTemplate(session, { year: 2024, locality: plan.locality ?? '', plan });
  if (written.kind !== 'done') throw new Error(written.text.en);
  return { host, session: new WorkbookSession(host) };
}

/**
 * Writes the example's template onto `sheet` of `host`; without `named`, the workbook names are left
 * out (a plan table typed or copied by hand, which only its header tells apart).
 */
export async function writeTable(host: MemoryHost, sheet: string, named: boolean): Promise<void> {
  const plan = example();
  const { patch } = buildTemplate({ year: 2024, locality: plan.locality ?? '', plan, sheet });
  await host.applyPatch(named ? patch : { ...patch, names: {} });
}

/** Every text of a sheet, row by row. */
export async function texts(host: MemoryHost, sheet: string): Promise<string[][]> {
  const s = await host.readSheet(sheet);
  return s ? s.rows.map((r) => r.map((c) => c.text)) : [];
}

/** Services for the use cases that only need the platform. */
export function memoryServices(): Services {
  const refuse = (): Promise<never> => Promise.reject(new Error('not in these tests'));
  return {
    platform: createMemoryPlatform(),
    newWorkbook: refuse,
    openWorkbook: refuse,
    writeDocument: refuse,
  };
}
