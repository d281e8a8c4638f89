/**
 * An allocation request as the user typed it (strings, read with THE typed-amount policy and the
 * request's locale) into the engine's lines. Every problem becomes an error finding that names the
 * field, or the row by its label.
 */
import type { AllocationLine } from '../domain/allocation';
import { at, finding, type Finding, type Text, type Where } from '../domain/findings';
import { Dec, type Dec as DecType } from '../domain/money';
import { readTypedAmount, type TypedLocale } from '../domain/money/typed-amount';
import { amountOf, type Plan, type PlanItem } from '../domain/plan';
import { builtInCatalogue, entryHead, entryLabel, type Catalogue } from '../domain/catalogue';

export type AllocationMethod = 'weights' | 'last-year' | 'equal';

/** One chosen row: its weight as typed (method `weights`) and optional fixed NSTW / NSĐP. */
export interface AllocationRowRequest {
  readonly code: string;
  readonly weight?: string;
  readonly lockedNstw?: string;
  readonly lockedNsdp?: string;
}

/** What the user asked: assigned totals and rounding step as typed, the method, the chosen rows. */
export interface AllocationRequest {
  readonly nstw: string;
  readonly nsdp: string;
  readonly step: string;
  readonly method: AllocationMethod;
  readonly rows: readonly AllocationRowRequest[];
  /** How the typed figures are read: `vi` ("1.469,5"), `en` ("1,469.5") or `auto`. */
  readonly locale: TypedLocale;
}

/** The request read: totals, step, the rows' items and labels, and the engine's lines. */
export interface ReadRequest {
  readonly nstw: DecType;
  readonly nsdp: DecType;
  readonly step: DecType;
  readonly rows: readonly { readonly code: string; readonly label: string }[];
  readonly central: readonly AllocationLine[];
  readonly local: readonly AllocationLine[];
}

/**
 * "Tiểu dự án 1 (Dự án 4): …", "Dự án 2: …"; a row of another catalogue as its heading writes it
 * with its parent's short heading ("Nội dung thành phần 2 (Hợp phần thứ nhất): …", "Nội dung 03
 * (NDTP 1)" for a row whose name is still to be typed); "DA4.1.a: …" for a user row.
 */
export function rowLabel(item: Pick<PlanItem, 'code' | 'name' | 'level'>, catalogue?: Catalogue): string {
  const m = /^DA(\d+)(?:\.(\d+))?$/.exec(item.code);
  if (m?.[2] !== undefined) return `Tiểu dự án ${m[2]} (Dự án ${m[1]}): ${item.name}`;
  if (m) return `Dự án ${m[1]}: ${item.name}`;
  const entry = catalogue?.entries.find((e) => e.code === item.code);
  if (entry && catalogue) {
    const head = entryLabel({ ...entry, title: '' }, catalogue);
    const parentEntry = catalogue.entries.find((e) => e.code === entry.parent);
    const parent = parentEntry ? ` (${entryHead(parentEntry, catalogue)})` : '';
    return item.name === '' ? `${head}${parent}` : `${head}${parent}: ${item.name}`;
  }
  return item.level >= 3 ? `${item.code}: ${item.name}` : item.name;
}

function problem(code: string, where: Where, text: Text): Finding {
  return finding({ severity: 'error', code, where, text });
}

/** Reads the request against the plan; the findings say everything that is wrong at once. */
export function readAllocationRequest(
  plan: Plan,
  request: AllocationRequest,
): { ok: true; value: ReadRequest } | { ok: false; findings: Finding[] } {
  const problems: Finding[] = [];
  const amount = (text: string, label: Text, where: Where): DecType | undefined => {
    const r = readTypedAmount(text, request.locale, where);
    if (r.ok) return r.value;
    const t = r.error.text;
    problems.push({ ...r.error, text: { vi: `${label.vi}: ${t.vi}`, en: `${label.en}: ${t.en}` } });
    return undefined;
  };
  const nstw = amount(
    request.nstw,
    { vi: 'NSTW được giao', en: 'Assigned central budget' },
    at.argument('nstw'),
  );
  const nsdp = amount(
    request.nsdp,
    { vi: 'NSĐP được giao', en: 'Assigned local budget' },
    at.argument('nsdp'),
  );
  const step = amount(request.step, { vi: 'Bước làm tròn', en: 'Rounding step' }, at.argument('step'));
  if (request.rows.length === 0) {
    problems.push(
      problem('ALLOC_NO_ROW', at.argument('rows'), {
        vi: 'Hãy chọn ít nhất một dòng để phân bổ.',
        en: 'Choose at least one row to allocate to.',
      }),
    );
  }
  const items = new Map(plan.items.map((i) => [i.code, i]));
  const catalogue = builtInCatalogue(plan.catalogueId);
  const rows: { code: string; label: string }[] = [];
  const central: AllocationLine[] = [];
  const local: AllocationLine[] = [];
  request.rows.forEach((row) => {
    const item = items.get(row.code);
    if (!item) {
      problems.push(
        problem('ALLOC_ROW_GONE', at.item(row.code), {
          vi: `Dòng ${row.code}: không còn trong bảng kế hoạch.`,
          en: `Row ${row.code}: no longer in the plan table.`,
        }),
      );
      return;
    }
    const label = rowLabel(item, catalogue);
    rows.push({ code: row.code, label });
    let wCentral: DecType = new Dec(1);
    let wLocal: DecType = new Dec(1);
    if (request.method === 'weights') {
      const w = amount(
        row.weight ?? '',
        { vi: `${label}, tỷ trọng`, en: `${label}, weight` },
        at.item(row.code),
      );
      if (w) wCentral = wLocal = w;
    } else if (request.method === 'last-year') {
      wCentral = amountOf(item.stated, 'nstw') ?? new Dec(0);
      wLocal = item.stated.nsdp ?? new Dec(0);
    }
    const lock = (text: string | undefined, what: Text): DecType | undefined =>
      text === undefined || text.trim() === '' ? undefined : amount(text, what, at.item(row.code));
    const lockedNstw = lock(row.lockedNstw, { vi: `${label}, NSTW khoá`, en: `${label}, locked central` });
    const lockedNsdp = lock(row.lockedNsdp, { vi: `${label}, NSĐP khoá`, en: `${label}, locked local` });
    central.push({ weight: wCentral, ...(lockedNstw ? { locked: lockedNstw } : {}) });
    local.push({ weight: wLocal, ...(lockedNsdp ? { locked: lockedNsdp } : {}) });
  });
  // Last year's shares are the figures on the sheet: rows that hold none (and no lock) give nothing to share by.
  const nothing = [...central, ...local].every((l) => l.locked === undefined && l.weight.isZero());
  if (request.method === 'last-year' && rows.length > 0 && nothing) {
    problems.push(
      problem('ALLOC_NO_LAST_YEAR', at.argument('method'), {
        vi: `Theo tỷ lệ năm trước cần số liệu đang có trên trang, nhưng ${rows.length} dòng đã chọn chưa có NSTW, NSĐP nào: hãy chọn "Chia đều" hoặc "Theo tỷ trọng".`,
        en: `By last year's shares needs the figures now on the sheet, but none of the ${rows.length} chosen rows has any NSTW or NSĐP: choose "Equal shares" or "By weights".`,
      }),
    );
  }
  if (problems.length > 0 || !nstw || !nsdp || !step) return { ok: false, findings: problems };
  return { ok: true, value: { nstw, nsdp, step, rows, central, local } };
}
