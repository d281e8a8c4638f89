import {
  builtInCatalogue,
  CatalogueIndex,
  DEFAULT_CATALOGUE_ID,
  extendCatalogue,
  type UserRow,
} from '../catalogue';
import type { Finding, Problem } from '../findings';
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
  where: string;
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

class JsonError extends Error {
  constructor(
    readonly path: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
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
    throw new JsonError(path, r.error.message_vi, r.error.message_en);
  }
  throw new JsonError(
    path,
    'phải là một số tiền dạng chuỗi, ví dụ "7133.25".',
    'must be an amount string such as "7133.25".',
  );
}

function readAmounts(v: unknown, path: string): StatedAmounts {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw new JsonError(path, 'phải là một đối tượng.', 'must be an object.');
  const out: StatedAmounts = {};
  for (const [k, value] of Object.entries(v)) {
    if (!(AMOUNT_KEYS as readonly string[]).includes(k)) {
      throw new JsonError(
        `${path}.${k}`,
        `không phải là nguồn vốn đã biết (${AMOUNT_KEYS.join(', ')}).`,
        `is not a known source (${AMOUNT_KEYS.join(', ')}).`,
      );
    }
    if (value === null || value === undefined) continue;
    out[k as AmountKey] = readAmount(value, `${path}.${k}`);
  }
  return out;
}

function optString(v: unknown, path: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new JsonError(path, 'phải là chuỗi.', 'must be a string.');
  return v;
}

/**
 * Reads a plan from its JSON form (see README). Item names, levels and parents come
 * from the catalogue when the JSON leaves them out; an item outside the catalogue must
 * give its parent and name and becomes a user row. Fails with a problem naming the
 * JSON path (`items[3].amounts.nsdp`); findings carry what was read but is doubtful.
 */
export function planFromJson(
  input: unknown,
): { ok: true; plan: Plan; findings: Finding[] } | { ok: false; error: Problem } {
  try {
    return { ok: true, ...readPlan(input) };
  } catch (e) {
    if (e instanceof JsonError) {
      return {
        ok: false,
        error: {
          code: 'PLAN_JSON',
          message_vi: `Kế hoạch JSON không hợp lệ: ${e.path} ${e.vi}`,
          message_en: `Invalid plan JSON: ${e.path} ${e.en}`,
        },
      };
    }
    throw e;
  }
}

function readPlan(input: unknown): { plan: Plan; findings: Finding[] } {
  if (!isObject(input)) throw new JsonError('(gốc)', 'phải là một đối tượng JSON.', 'must be a JSON object.');
  const catalogueId = optString(input.catalogue, 'catalogue') ?? DEFAULT_CATALOGUE_ID;
  const base = builtInCatalogue(catalogueId);
  if (!base)
    throw new JsonError(
      'catalogue',
      `"${catalogueId}" không phải danh mục đã biết.`,
      `"${catalogueId}" is not a known catalogue.`,
    );
  const unitText = optString(input.unit, 'unit') ?? 'trieu_dong';
  const unit = parseUnit(unitText);
  if (!unit)
    throw new JsonError(
      'unit',
      `"${unitText}" không phải đơn vị tiền (trieu_dong, ty_dong, dong).`,
      `"${unitText}" is not a unit (trieu_dong, ty_dong, dong).`,
    );
  if (!Array.isArray(input.items)) throw new JsonError('items', 'phải là một mảng.', 'must be an array.');
  const rawItems = input.items as unknown[];

  // Items outside the catalogue extend it, in document order.
  const baseIndex = new CatalogueIndex(base);
  const userRows: UserRow[] = [];
  rawItems.forEach((raw, i) => {
    if (!isObject(raw)) throw new JsonError(`items[${i}]`, 'phải là một đối tượng.', 'must be an object.');
    const code = optString(raw.code, `items[${i}].code`);
    if (!code) throw new JsonError(`items[${i}].code`, 'bị thiếu.', 'is missing.');
    if (!baseIndex.get(code)) {
      const parent = optString(raw.parent, `items[${i}].parent`);
      const name = optString(raw.name, `items[${i}].name`);
      if (!parent || !name) {
        throw new JsonError(
          `items[${i}]`,
          `mã ${code} không có trong danh mục nên phải có "parent" và "name".`,
          `code ${code} is not in the catalogue, so it needs "parent" and "name".`,
        );
      }
      userRows.push({ code, parent, title: name });
    }
  });
  const extended = extendCatalogue(base, userRows);
  const index = new CatalogueIndex(extended.catalogue);
  const seen = new Set<string>();
  const items: PlanItem[] = rawItems.map((raw, i) => {
    const r = raw as Record<string, unknown>;
    const code = r.code as string;
    if (seen.has(code))
      throw new JsonError(`items[${i}].code`, `mã ${code} bị lặp.`, `code ${code} is repeated.`);
    seen.add(code);
    const entry = index.get(code);
    if (!entry)
      throw new JsonError(
        `items[${i}]`,
        `mã ${code} không thêm được vào danh mục.`,
        `code ${code} could not be added.`,
      );
    const applicable = r.applicable === undefined ? true : r.applicable;
    if (typeof applicable !== 'boolean')
      throw new JsonError(`items[${i}].applicable`, 'phải là true hoặc false.', 'must be true or false.');
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
    throw new JsonError('year', 'phải là một năm, ví dụ 2024.', 'must be a year such as 2024.');
  }
  const locality = optString(input.locality, 'locality');
  const settingsRaw = input.settings;
  let settings: Plan['settings'];
  if (settingsRaw !== undefined) {
    if (!isObject(settingsRaw))
      throw new JsonError('settings', 'phải là một đối tượng.', 'must be an object.');
    const step = settingsRaw.step === undefined ? undefined : readAmount(settingsRaw.step, 'settings.step');
    if (step !== undefined && !step.isPositive())
      throw new JsonError('settings.step', 'phải lớn hơn 0.', 'must be above 0.');
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
  if (!Array.isArray(v)) throw new JsonError(path, 'phải là một mảng.', 'must be an array.');
  return v.map((s, i) => {
    if (!isObject(s) || typeof s.text !== 'string')
      throw new JsonError(`${path}[${i}]`, 'phải có "text".', 'needs "text".');
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

export function findingToJson(f: Finding): FindingJson {
  return {
    severity: f.severity,
    code: f.code,
    where: f.where,
    message: f.message_vi,
    message_en: f.message_en,
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
