import {
  builtInCatalogue,
  CatalogueIndex,
  DEFAULT_CATALOGUE_ID,
  extendCatalogue,
  type UserRow,
} from '../catalogue';
import { at, fail, whereLabel, type Finding } from '../findings';
import { Dec, plain } from '../money/decimal';
import { fromCellNumber } from '../money/cell';
import { parseAmount } from '../money/parse';
import { parseUnit, type MoneyUnit } from '../money/units';
import {
  AMOUNT_KEYS,
  type AmountKey,
  type Plan,
  type PlanItem,
  type SourceRef,
  type StatedAmounts,
} from './model';
import { amountOf } from './amounts';
import { PLAN_MESSAGES, type JsonProblem, type PlanCode } from './messages';

/** The JSON form of an amount set: plain decimal strings (`"7133.25"`), absent = not stated. */
export type AmountsJson = Partial<Record<AmountKey, string>>;

export interface PlanItemJson {
  code: string;
  name?: string;
  level?: number;
  parent?: string | null;
  applicable?: boolean;
  implementing_unit?: string;
  amounts?: AmountsJson;
  source_lines?: { line?: number; cell?: string; text: string }[];
}

export interface FindingJson {
  severity: Finding['severity'];
  code: string;
  /** The item code, `TONG`, or another short label of the place (see `whereLabel`). */
  where: string;
  /** The document line (1-based) the finding comes from, when it comes from one. */
  line?: number;
  /** The cell (A1) the finding is about, when it is about one. */
  cell?: string;
  message: string;
  message_en: string;
  expected?: string;
  actual?: string;
  difference?: string;
}

export interface PlanJson {
  catalogue?: string;
  unit: MoneyUnit;
  year?: number;
  locality?: string;
  settings?: { step?: string; min_counterpart_ratio?: string };
  items: PlanItemJson[];
  stated_totals: AmountsJson | null;
  findings?: FindingJson[];
}

/** Thrown inside the reader only, caught by {@link planFromJson}: the first problem and its path. */
class JsonError extends Error {
  constructor(
    readonly path: string,
    readonly problem: JsonProblem,
  ) {
    super(path);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readAmount(v: unknown, path: string): Dec {
  if (typeof v === 'number') {
    const d = fromCellNumber(v);
    if (d) return d;
  } else if (typeof v === 'string') {
    // JSON amounts are plain decimal strings; a Vietnamese-formatted one is accepted when unambiguous.
    const r = parseAmount(v, /^-?\d+(\.\d+)?$/.test(v.trim()) ? 'plain' : 'auto');
    if (r.ok) return r.value.value;
    throw new JsonError(path, { problem: 'amount', reason: r.error.text });
  }
  throw new JsonError(path, { problem: 'notAmount' });
}

function readAmounts(v: unknown, path: string): StatedAmounts {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw new JsonError(path, { problem: 'notObject' });
  const out: StatedAmounts = {};
  for (const [k, value] of Object.entries(v)) {
    if (!(AMOUNT_KEYS as readonly string[]).includes(k)) {
      throw new JsonError(`${path}.${k}`, { problem: 'unknownSource', known: AMOUNT_KEYS });
    }
    if (value === null || value === undefined) continue;
    out[k as AmountKey] = readAmount(value, `${path}.${k}`);
  }
  return out;
}

function optString(v: unknown, path: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new JsonError(path, { problem: 'notString' });
  return v;
}

/**
 * Reads a plan from its JSON form (see README). Item names, levels and parents come
 * from the catalogue when the JSON leaves them out; an item outside the catalogue must
 * give its parent and name and becomes a user row. Fails with an error finding at the
 * JSON path (`items[3].amounts.nsdp`, an argument place); findings carry what was read
 * but is doubtful.
 */
export function planFromJson(
  input: unknown,
): { ok: true; plan: Plan; findings: Finding[] } | { ok: false; error: Finding<PlanCode> } {
  try {
    return { ok: true, ...readPlan(input) };
  } catch (e) {
    if (e instanceof JsonError) {
      const text = PLAN_MESSAGES.PLAN_JSON({ path: e.path, problem: e.problem });
      return fail('PLAN_JSON', text, e.path === '' ? at.none() : at.argument(e.path));
    }
    throw e;
  }
}

function readPlan(input: unknown): { plan: Plan; findings: Finding[] } {
  if (!isObject(input)) throw new JsonError('', { problem: 'notJsonObject' });
  const catalogueId = optString(input.catalogue, 'catalogue') ?? DEFAULT_CATALOGUE_ID;
  const base = builtInCatalogue(catalogueId);
  if (!base) throw new JsonError('catalogue', { problem: 'unknownCatalogue', value: catalogueId });
  const unitText = optString(input.unit, 'unit') ?? 'trieu_dong';
  const unit = parseUnit(unitText);
  if (!unit) throw new JsonError('unit', { problem: 'unknownUnit', value: unitText });
  if (!Array.isArray(input.items)) throw new JsonError('items', { problem: 'notArray' });
  const rawItems = input.items as unknown[];

  // Items outside the catalogue extend it, in document order.
  const baseIndex = new CatalogueIndex(base);
  const userRows: UserRow[] = [];
  rawItems.forEach((raw, i) => {
    if (!isObject(raw)) throw new JsonError(`items[${i}]`, { problem: 'notObject' });
    const code = optString(raw.code, `items[${i}].code`);
    if (!code) throw new JsonError(`items[${i}].code`, { problem: 'missing' });
    if (!baseIndex.get(code)) {
      const parent = optString(raw.parent, `items[${i}].parent`);
      const name = optString(raw.name, `items[${i}].name`);
      if (!parent || !name) throw new JsonError(`items[${i}]`, { problem: 'needsParentAndName', code });
      userRows.push({ code, parent, title: name });
    }
  });
  const extended = extendCatalogue(base, userRows);
  const index = new CatalogueIndex(extended.catalogue);
  const seen = new Set<string>();
  const items: PlanItem[] = rawItems.map((raw, i) => {
    const r = raw as Record<string, unknown>;
    const code = r.code as string;
    if (seen.has(code)) throw new JsonError(`items[${i}].code`, { problem: 'repeated', code });
    seen.add(code);
    const entry = index.get(code);
    if (!entry) throw new JsonError(`items[${i}]`, { problem: 'notAdded', code });
    const applicable = r.applicable === undefined ? true : r.applicable;
    if (typeof applicable !== 'boolean')
      throw new JsonError(`items[${i}].applicable`, { problem: 'notBoolean' });
    const implementingUnit = optString(r.implementing_unit, `items[${i}].implementing_unit`);
    const sources = readSources(r.source_lines, `items[${i}].source_lines`);
    return {
      code,
      name: optString(r.name, `items[${i}].name`) ?? entry.title,
      level: entry.level,
      parent: entry.parent,
      applicable,
      ...(implementingUnit !== undefined ? { implementingUnit } : {}),
      stated: readAmounts(r.amounts, `items[${i}].amounts`),
      ...(sources ? { sources } : {}),
    };
  });
  const statedTotals =
    input.stated_totals === null || input.stated_totals === undefined
      ? null
      : readAmounts(input.stated_totals, 'stated_totals');
  const year = input.year;
  if (year !== undefined && (typeof year !== 'number' || !Number.isInteger(year))) {
    throw new JsonError('year', { problem: 'notYear' });
  }
  const locality = optString(input.locality, 'locality');
  const settingsRaw = input.settings;
  let settings: Plan['settings'];
  if (settingsRaw !== undefined) {
    if (!isObject(settingsRaw)) throw new JsonError('settings', { problem: 'notObject' });
    const step = settingsRaw.step === undefined ? undefined : readAmount(settingsRaw.step, 'settings.step');
    if (step !== undefined && !step.isPositive())
      throw new JsonError('settings.step', { problem: 'notPositive' });
    const ratio =
      settingsRaw.min_counterpart_ratio === undefined
        ? undefined
        : readAmount(settingsRaw.min_counterpart_ratio, 'settings.min_counterpart_ratio');
    settings = { ...(step ? { step } : {}), ...(ratio ? { minCounterpartRatio: ratio } : {}) };
  }
  const plan: Plan = {
    catalogueId: extended.catalogue.id,
    unit,
    ...(typeof year === 'number' ? { year } : {}),
    ...(locality !== undefined ? { locality } : {}),
    items,
    statedTotals,
    ...(settings ? { settings } : {}),
  };
  return { plan, findings: extended.findings };
}

function readSources(v: unknown, path: string): SourceRef[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new JsonError(path, { problem: 'notArray' });
  return v.map((s, i) => {
    if (!isObject(s) || typeof s.text !== 'string')
      throw new JsonError(`${path}[${i}]`, { problem: 'needsText' });
    return {
      text: s.text,
      ...(typeof s.line === 'number' ? { line: s.line } : {}),
      ...(typeof s.cell === 'string' ? { cell: s.cell } : {}),
    };
  });
}

/** JSON form of stated amounts, with `nstw` and `total` derived when the plan leaves them out. */
export function amountsToJson(a: StatedAmounts): AmountsJson {
  const out: AmountsJson = {};
  for (const key of AMOUNT_KEYS) {
    const v = amountOf(a, key);
    if (v !== undefined) out[key] = plain(v);
  }
  return out;
}

/**
 * A finding in JSON (`gnbv check --json`): `where` is its place's label (an item code or `TONG`), with
 * `line` or `cell` when the place has one; `message` is Vietnamese, `message_en` English.
 */
export function findingToJson(f: Finding): FindingJson {
  const w = f.where;
  return {
    severity: f.severity,
    code: f.code,
    where: whereLabel(w),
    ...(w.kind === 'line' ? { line: w.line } : {}),
    ...(w.kind === 'cell' ? { cell: w.address } : {}),
    message: f.text.vi,
    message_en: f.text.en,
    ...(f.expected !== undefined ? { expected: plain(f.expected) } : {}),
    ...(f.actual !== undefined ? { actual: plain(f.actual) } : {}),
    ...(f.difference !== undefined ? { difference: plain(f.difference) } : {}),
  };
}

/** The plan in its JSON form (the format `gnbv import --json` prints and `gnbv check` reads). */
export function planToJson(plan: Plan, findings: readonly Finding[] = []): PlanJson {
  return {
    catalogue: plan.catalogueId,
    unit: plan.unit,
    ...(plan.year !== undefined ? { year: plan.year } : {}),
    ...(plan.locality !== undefined ? { locality: plan.locality } : {}),
    ...(plan.settings
      ? {
          settings: {
            ...(plan.settings.step ? { step: plain(plan.settings.step) } : {}),
            ...(plan.settings.minCounterpartRatio
              ? { min_counterpart_ratio: plain(plan.settings.minCounterpartRatio) }
              : {}),
          },
        }
      : {}),
    items: plan.items.map((item) => ({
      code: item.code,
      name: item.name,
      level: item.level,
      parent: item.parent,
      applicable: item.applicable,
      ...(item.implementingUnit !== undefined ? { implementing_unit: item.implementingUnit } : {}),
      amounts: amountsToJson(item.stated),
      ...(item.sources
        ? {
            source_lines: item.sources.map((s) => ({
              ...(s.line !== undefined ? { line: s.line } : {}),
              ...(s.cell !== undefined ? { cell: s.cell } : {}),
              text: s.text,
            })),
          }
        : {}),
    })),
    stated_totals: plan.statedTotals ? amountsToJson(plan.statedTotals) : null,
    findings: findings.map(findingToJson),
  };
}
