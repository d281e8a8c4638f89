import { builtInCatalogue, DEFAULT_CATALOGUE_ID, entryLabel, type EntryKind } from '../domain/catalogue';
import type { Plan, PlanItem } from '../domain/plan';
import { letterOf, roman } from './numbering';
import { unplacedItem, type SheetFinding } from './sheet-findings';

/** One row of the template's body, in sheet order. */
export interface TemplateRow {
  readonly code: string;
  readonly kind: EntryKind;
  /** 1 Dự án … 4 nội dung thành phần. */
  readonly level: number;
  readonly parent: string | null;
  /** The STT cell: "IV", "1", "a)", "-". */
  readonly stt: string;
  /** The Nội dung cell: "Dự án 4: …", "Tiểu dự án 1: …", or a user row's name. */
  readonly label: string;
  /** The plan's item for this row, when the plan lists it. */
  readonly item?: PlanItem;
  /** Codes of the rows directly below this one in the structure. */
  readonly children: string[];
}

const CHILD_KIND: Partial<Record<EntryKind, EntryKind>> = {
  du_an: 'noi_dung',
  tieu_du_an: 'noi_dung',
  noi_dung: 'noi_dung_thanh_phan',
};

/**
 * Every entry of the plan's catalogue (the built-in QĐ 90 one when there is no plan), with the
 * plan's own rows (nội dung, nội dung thành phần) below their parents in plan order. A plan item
 * whose parent is neither in the catalogue nor in the plan cannot be placed: it is left out with
 * an error finding rather than put somewhere it does not belong.
 */
export function templateRows(plan?: Plan): { rows: TemplateRow[]; findings: SheetFinding[] } {
  const catalogue =
    builtInCatalogue(plan?.catalogueId ?? DEFAULT_CATALOGUE_ID) ?? builtInCatalogue(DEFAULT_CATALOGUE_ID);
  if (!catalogue) throw new Error('the built-in catalogue is missing');
  const items = new Map<string, PlanItem>();
  for (const item of plan?.items ?? []) if (!items.has(item.code)) items.set(item.code, item);
  const entryCodes = new Set(catalogue.entries.map((e) => e.code));
  // User rows by parent, in plan order.
  const userKids = new Map<string, PlanItem[]>();
  for (const item of items.values()) {
    if (entryCodes.has(item.code) || item.parent === null) continue;
    const list = userKids.get(item.parent);
    if (list) list.push(item);
    else userKids.set(item.parent, [item]);
  }
  const catalogueKids = new Map<string | null, typeof catalogue.entries>();
  for (const e of catalogue.entries) {
    catalogueKids.set(e.parent, [...(catalogueKids.get(e.parent) ?? []), e]);
  }

  const rows: TemplateRow[] = [];
  const placed = new Set<string>();
  const addUserRows = (parent: TemplateRow): void => {
    const kind = CHILD_KIND[parent.kind];
    const kids = userKids.get(parent.code) ?? [];
    if (!kind) return;
    kids.forEach((item, i) => {
      const row: TemplateRow = {
        code: item.code,
        kind,
        level: parent.level + 1,
        parent: parent.code,
        stt: kind === 'noi_dung' ? `${letterOf(i + 1)})` : '-',
        label: item.name,
        item,
        children: [],
      };
      placed.add(item.code);
      parent.children.push(item.code);
      rows.push(row);
      addUserRows(row);
    });
  };
  const addEntry = (code: string | null, parentRow: TemplateRow | null): void => {
    for (const e of catalogueKids.get(code) ?? []) {
      const item = items.get(e.code);
      const row: TemplateRow = {
        code: e.code,
        kind: e.kind,
        level: e.level,
        parent: e.parent,
        stt: e.kind === 'du_an' ? roman(e.number) : String(e.number),
        label: entryLabel({ kind: e.kind, number: e.number, title: item?.name ?? e.title }),
        ...(item ? { item } : {}),
        children: [],
      };
      placed.add(e.code);
      parentRow?.children.push(e.code);
      rows.push(row);
      addEntry(e.code, row);
      addUserRows(row);
    }
  };
  addEntry(null, null);
  const findings: SheetFinding[] = [];
  for (const item of items.values()) if (!placed.has(item.code)) findings.push(unplacedItem(item));
  return { rows, findings };
}
