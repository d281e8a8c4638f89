/**
 * Picks the controller for where the pane runs: inside Excel, the Office.js host; in a plain
 * browser, an in-memory workbook holding the bundled example plan (the figures of thị xã Mường
 * Lay's 2024 plan), so every step can be tried without Excel and nothing touches a real file.
 */
import example from '../../examples/muong-lay-2024.json';
import { planFromJson } from '../domain/plan/json';
import type { WorkbookHost } from '../hosts/contract';
import { MemoryHost } from '../hosts/memory/memory-host';
import { excelRun } from '../hosts/office/excel-run';
import { OfficeHost } from '../hosts/office/office-host';
import { buildTemplate, DEFAULT_TEMPLATE_SHEET } from '../sheet';
import type { TaskpaneController } from './controller-types';
import { ownedNameFor, WorkbookController } from './workbook-controller';

/** An in-memory workbook with the example plan written into the template. */
export async function exampleWorkbook(): Promise<MemoryHost> {
  const host = new MemoryHost([DEFAULT_TEMPLATE_SHEET]);
  await writeExample(host);
  return host;
}

/** Writes the example plan, in the template, into a host that has the template's sheet. */
export async function writeExample(host: WorkbookHost): Promise<void> {
  const read = planFromJson(example);
  if (!read.ok) throw new Error(read.error.text.en);
  const { plan } = read;
  const built = buildTemplate({
    year: plan.year ?? 2024,
    locality: plan.locality ?? '',
    plan,
    ownedName: ownedNameFor(DEFAULT_TEMPLATE_SHEET, null),
  });
  await host.applyPatch(built.patch);
}

export function createController(environment: 'excel' | 'browser'): TaskpaneController {
  if (environment === 'excel') return new WorkbookController(new OfficeHost(excelRun()), 'excel');
  return new WorkbookController(new DeferredHost(exampleWorkbook()), 'browser');
}

/** A host whose calls wait for the real one (the example workbook is built asynchronously). */
export class DeferredHost implements WorkbookHost {
  constructor(private readonly host: Promise<WorkbookHost>) {}
  listSheets: WorkbookHost['listSheets'] = () => this.host.then((h) => h.listSheets());
  activeSheet: WorkbookHost['activeSheet'] = () => this.host.then((h) => h.activeSheet());
  readSheet: WorkbookHost['readSheet'] = (sheet) => this.host.then((h) => h.readSheet(sheet));
  applyPatch: WorkbookHost['applyPatch'] = (patch, before) =>
    this.host.then((h) => h.applyPatch(patch, before));
  select: WorkbookHost['select'] = (sheet, address) => this.host.then((h) => h.select(sheet, address));
}
