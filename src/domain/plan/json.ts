import {
  builtInCatalogue,
  CATALOGUE_MESSAGES,
  CatalogueIndex,
  DEFAULT_CATALOGUE_ID,
  extendCatalogue,
  type UserRow,
} from '../catalogue';
import { at, fail, itemOf, whereLabel, type Finding } from '../findings';
import { Dec, plain } from '../money/decimal';
import { fromCellNumber } from '../money/cell';
import { parseAmount } from '../money/parse';
import { parseUnit, type MoneyUnit } from '../money/units';
import {
  AMOUNT_KEYS,
  type AmountKey,
  type AmountPrecision,
  type Plan,
  type PlanItem,
  type Qualifier,
  type SourceRef,
  type StatedAmounts,
  type StatedPrecision,
} from './model';
import { nearestKey } from './nearest-key';
import { amountOf } from './amounts';
import { PLAN_MESSAGES, type JsonProblem, type PlanCode } from './messages';

/** The JSON form of an amount set: plain decimal strings (`"7133.25"`), absent = not stated. */
export type AmountsJson = Partial<Record<AmountKey, string>>;

/** The JSON form of qualified amounts' precision: `{ "total": { "qualifier": "hon", "unit": "1000" } }`. */
export type PrecisionJson = Partial<Record<AmountKey, { qualifier: Qualifier; unit: string }>>;

export interface PlanItemJson {
  code: string;
  name?: string;
  level?: number;
  parent?: string | null;
  applicable?: boolean;
  implementing_unit?: string;
  amounts?: AmountsJson;
  precision?: PrecisionJson;
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
  stated_totals_precision?: PrecisionJson;
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

/** Fails on the first key of `v` that is not `known`, suggesting the nearest known key. */
function onlyKnownKeys(v: Record<string, unknown>, known: readonly string[], path: string): void {
  for (const key of Object.keys(v)) {
    if (known.includes(key)) continue;
    const suggestion = nearestKey(key, known);
    throw new JsonError(path === '' ? key : `${path}.${key}`, {
      problem: 'unknownKey',
      key,
      known,
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  }
}

const ROOT_KEYS = [
  'catalogue',
  'unit',
  'year',
  'locality',
  'items',
  'stated_totals',
  'stated_totals_precision',
  'settings',
  'findings',
] as const;
const ITEM_KEYS = [
  'code',
  'name',
  'level',
  'parent',
  'applicable',
  'implementing_unit',
  'amounts',
  'precision',
  'source_lines',
] as const;
const SETTINGS_KEYS = ['step', 'min_counterpart_ratio'] as const;
const SOURCE_LINE_KEYS = ['line', 'cell', 'text'] as const;
const PRECISION_KEYS = ['qualifier', 'unit'] as const;
const QUALIFIERS: readonly Qualifier[] = ['hon', 'tren', 'gan', 'khoang', 'xap_xi', 'gan_nhu'];

/**
 * A JSON number is read only when it holds the figure exactly as written: at most 15 significant
 * digits and no exponent (what a double keeps). Anything else must be written as a string.
 */
function exactNumber(v: number, path: string): Dec {
  const written = String(v);
  const digits = written.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;
  if (!Number.isFinite(v) || /e/i.test(written) || digits > 15) {
    throw new JsonError(path, { problem: 'inexactNumber', written });
  }
  const d = fromCellNumber(v);
  if (!d) throw new JsonError(path, { problem: 'inexactNumber', written });
  return d;
}

/** A plain decimal string short enough to be within the engine's precision, read as is (fast path). */
const SHORT_PLAIN = /^\d{1,20}(?:\.\d{1,19})?$/;

function readAmount(v: unknown, path: string): Dec {
  if (typeof v === 'number') {
    return exactNumber(v, path);
  } else if (typeof v === 'string') {
    // What parseAmount(v, 'plain') gives for such a string, without its general reading.
    if (SHORT_PLAIN.test(v)) return new Dec(v);
    // JSON amounts are plain decimal strings; a Vietnamese-formatted one is accepted when unambiguous.
    const r = parseAmount(v, /^-?\d+(\.\d+)?$/.test(v.trim()) ? 'plain' : 'auto');
    if (r.ok) return r.value.value;
    throw new JsonError(path, { problem: 'amount', reason: r.error.text });
  }
  throw new JsonError(path, { problem: 'notAmount' });
}

/** Refuses a key that is not a source of money, suggesting the nearest one. */
function sourceKey(k: string, path: string): void {
  if ((AMOUNT_KEYS as readonly string[]).includes(k)) return;
  const suggestion = nearestKey(k, AMOUNT_KEYS);
  throw new JsonError(`${path}.${k}`, {
    problem: 'unknownSource',
    known: AMOUNT_KEYS,
    ...(suggestion !== undefined ? { suggestion } : {}),
  });
}

function readAmounts(v: unknown, path: string): StatedAmounts {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw new JsonError(path, { problem: 'notObject' });
  const out: StatedAmounts = {};
  for (const [k, value] of Object.entries(v)) {
    sourceKey(k, path);
    if (value === null || value === undefined) continue;
    out[k as AmountKey] = readAmount(value, `${path}.${k}`);
  }
  return out;
}

/** The precision of qualified amounts (`{ "total": { "qualifier": "hon", "unit": "1000" } }`). */
function readPrecision(v: unknown, path: string): StatedPrecision | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw new JsonError(path, { problem: 'notObject' });
  const out: { -readonly [K in AmountKey]?: AmountPrecision } = {};
  for (const [k, value] of Object.entries(v)) {
    sourceKey(k, path);
    if (!isObject(value)) throw new JsonError(`${path}.${k}`, { problem: 'notObject' });
    onlyKnownKeys(value, PRECISION_KEYS, `${path}.${k}`);
    const qualifier = value.qualifier;
    if (typeof qualifier !== 'string' || !(QUALIFIERS as readonly string[]).includes(qualifier)) {
      throw new JsonError(`${path}.${k}.qualifier`, {
        problem: 'unknownKey',
        key: String(qualifier),
        known: QUALIFIERS,
      });
    }
    const unit = readAmount(value.unit, `${path}.${k}.unit`);
    if (unit.lte(0)) throw new JsonError(`${path}.${k}.unit`, { problem: 'notPositive' });
    out[k as AmountKey] = { qualifier: qualifier as Qualifier, unit };
  }
  return Object.keys(out).length > 0 ? out : undefined;
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
  onlyKnownKeys(input, ROOT_KEYS, '');
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
    onlyKnownKeys(raw, ITEM_KEYS, `items[${i}]`);
    const code = optString(raw.code, `items[${i}].code`);
    if (!code) throw new JsonError(`items[${i}].code`, { problem: 'missing' });
    if (!baseIndex.get(code)) {
      const parent = optString(raw.parent, `items[${i}].parent`);
      const name = optString(raw.name, `items[${i}].name`);
      if (!parent || !name) throw new JsonError(`items[${i}]`, { problem: 'needsParentAndName', code });
      userRows.push({ code, parent, title: name });
    }
  });
  const extended = extendCatalogue(base, parentsFirst(userRows));
  const index = new CatalogueIndex(extended.catalogue);
  // Rows whose parent is missing or lies on a cycle stay in the plan as they are written: the
  // outline reports them (UNKNOWN_PARENT, PARENT_CYCLE) and every view still shows them.
  const userParent = new Map(userRows.map((r) => [r.code, r.parent]));
  const orphans = new Set(
    userRows
      .filter((r) => !index.get(r.code) && !index.get(r.parent))
      .filter((r) => extended.findings.some((f) => isNoParent(f, r)))
      .map((r) => r.code),
  );
  const seen = new Set<string>();
  const items: PlanItem[] = rawItems.map((raw, i) => {
    const r = raw as Record<string, unknown>;
    const code = r.code as string;
    if (seen.has(code)) throw new JsonError(`items[${i}].code`, { problem: 'repeated', code });
    seen.add(code);
    const entry = index.get(code);
    if (!entry && orphans.has(code)) {
      const parent = userParent.get(code) ?? null;
      const parentLevel = parent === null ? undefined : index.get(parent)?.level;
      return {
        code,
        name: optString(r.name, `items[${i}].name`) ?? code,
        level: parentLevel !== undefined && parentLevel < 4 ? ((parentLevel + 1) as 2 | 3 | 4) : 3,
        parent,
        applicable: readApplicable(r.applicable, i),
        stated: readAmounts(r.amounts, `items[${i}].amounts`),
      };
    }
    if (!entry) {
      // The catalogue says why (its parent does not exist, it sits below a component…).
      const why = extended.findings.find((f) => itemOf(f.where) === code);
      throw new JsonError(`items[${i}]`, { problem: 'notAdded', code, ...(why ? { reason: why.text } : {}) });
    }
    const applicable = readApplicable(r.applicable, i);
    const implementingUnit = optString(r.implementing_unit, `items[${i}].implementing_unit`);
    const sources = readSources(r.source_lines, `items[${i}].source_lines`);
    const approx = readPrecision(r.precision, `items[${i}].precision`);
    return {
      code,
      name: optString(r.name, `items[${i}].name`) ?? entry.title,
      level: entry.level,
      parent: entry.parent,
      applicable,
      ...(implementingUnit !== undefined ? { implementingUnit } : {}),
      stated: readAmounts(r.amounts, `items[${i}].amounts`),
      ...(approx ? { approx } : {}),
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
    onlyKnownKeys(settingsRaw, SETTINGS_KEYS, 'settings');
    const step = settingsRaw.step === undefined ? undefined : readAmount(settingsRaw.step, 'settings.step');
    // decimal.js counts 0 as positive: a step must be above zero.
    if (step !== undefined && step.lte(0)) throw new JsonError('settings.step', { problem: 'notPositive' });
    const ratio =
      settingsRaw.min_counterpart_ratio === undefined
        ? undefined
        : readAmount(settingsRaw.min_counterpart_ratio, 'settings.min_counterpart_ratio');
    if (ratio !== undefined && ratio.isNegative() && !ratio.isZero()) {
      throw new JsonError('settings.min_counterpart_ratio', { problem: 'negative' });
    }
    settings = { ...(step ? { step } : {}), ...(ratio ? { minCounterpartRatio: ratio } : {}) };
  }
  const statedTotalsApprox = readPrecision(input.stated_totals_precision, 'stated_totals_precision');
  const plan: Plan = {
    catalogueId: extended.catalogue.id,
    unit,
    ...(typeof year === 'number' ? { year } : {}),
    ...(locality !== undefined ? { locality } : {}),
    items,
    statedTotals,
    ...(statedTotals && statedTotalsApprox ? { statedTotalsApprox } : {}),
    ...(settings ? { settings } : {}),
  };
  // The outline reports the rows kept above; the catalogue's own notes on them would say it twice.
  return { plan, findings: extended.findings.filter((f) => !orphans.has(itemOf(f.where) ?? '')) };
}

function readSources(v: unknown, path: string): SourceRef[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new JsonError(path, { problem: 'notArray' });
  return v.map((s, i) => {
    if (!isObject(s) || typeof s.text !== 'string')
      throw new JsonError(`${path}[${i}]`, { problem: 'needsText' });
    onlyKnownKeys(s, SOURCE_LINE_KEYS, `${path}[${i}]`);
    return {
      text: s.text,
      ...(typeof s.line === 'number' ? { line: s.line } : {}),
      ...(typeof s.cell === 'string' ? { cell: s.cell } : {}),
    };
  });
}

/** JSON form of the precision of qualified amounts. */
export function precisionToJson(p: StatedPrecision): PrecisionJson {
  const out: PrecisionJson = {};
  for (const key of AMOUNT_KEYS) {
    const v = p[key];
    if (v !== undefined) out[key] = { qualifier: v.qualifier, unit: plain(v.unit) };
  }
  return out;
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
      ...(item.approx ? { precision: precisionToJson(item.approx) } : {}),
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
    ...(plan.statedTotalsApprox ? { stated_totals_precision: precisionToJson(plan.statedTotalsApprox) } : {}),
    findings: findings.map(findingToJson),
  };
}

function readApplicable(value: unknown, i: number): boolean {
  const applicable = value === undefined ? true : value;
  if (typeof applicable !== 'boolean')
    throw new JsonError(`items[${i}].applicable`, { problem: 'notBoolean' });
  return applicable;
}

/** The catalogue's finding that `row`'s parent is not there (and no other problem of the row). */
function isNoParent(f: Finding, row: UserRow): boolean {
  if (f.code !== 'CATALOGUE_ROW' || itemOf(f.where) !== row.code) return false;
  const expected = CATALOGUE_MESSAGES.CATALOGUE_ROW({
    problem: 'noParent',
    code: row.code,
    parent: row.parent,
  });
  return f.text.vi === expected.vi;
}

/**
 * The user rows with every row after the user row it names as parent (a plan may list a row before
 * its parent), otherwise in document order. Rows on a parent cycle keep their order; the catalogue
 * then cannot add them and the outline reports the cycle. Iterative, so a deep chain cannot overflow.
 */
function parentsFirst(rows: readonly UserRow[]): UserRow[] {
  const byCode = new Map<string, UserRow>();
  for (const row of rows) if (!byCode.has(row.code)) byCode.set(row.code, row);
  const state = new Map<string, 'open' | 'done'>();
  const out: UserRow[] = [];
  for (const start of rows) {
    if (state.has(start.code)) {
      if (byCode.get(start.code) !== start) out.push(start); // a repeated code: the catalogue reports it
      continue;
    }
    const path: UserRow[] = [];
    let row: UserRow | undefined = start;
    while (row && !state.has(row.code)) {
      state.set(row.code, 'open');
      path.push(row);
      row = byCode.get(row.parent);
    }
    for (let k = path.length - 1; k >= 0; k--) {
      const r = path[k] as UserRow;
      state.set(r.code, 'done');
      out.push(r);
    }
  }
  return out;
}
