/**
 * Writes an allocation into the plan's table. Two modes:
 * - `values`: each part as a constant (exact: written as a number only when Excel holds it
 *   exactly, else as Vietnamese-formatted text with a finding);
 * - `formulas`: each part as `=INDEX(GNBV.PHANBO(GNBV_NSTW_GIAO,<weights>,GNBV_BUOC),k)`, the k-th
 *   part of the add-in's allocation custom function over a weights range the caller names (for
 *   instance the units' proposals), so the split follows the assigned totals and the step when the
 *   user changes them in the settings block. Live formulas need the add-in loaded; without it
 *   Excel shows #NAME?, which the reader reports, so `values` is the safe default.
 */
import { formatVi, toCellNumber, type Dec } from '../../domain/money';
import type { AmountKey } from '../../domain/plan';
import type { CellMap } from '../cell-map';
import type { Catalogue } from '../../domain/catalogue';
import { SETTINGS, taggedName } from '../layout';
import { amountAsText, noCellFor, type SheetFinding } from '../sheet-findings';
import type { CellWrite, Patch } from '../types';

/** One line of an allocation: the item and its central and local parts. */
export interface AllocationPart {
  readonly code: string;
  readonly nstw: Dec;
  readonly nsdp: Dec;
}

export type AllocationMode = 'values' | 'formulas';

/** Name of the allocation custom function the formulas call. */
export const ALLOCATE_FUNCTION = 'GNBV.PHANBO';

export interface AllocationPatchOptions {
  /** Column the central part goes to (default vốn sự nghiệp). */
  readonly nstwKey?: Extract<AmountKey, 'nstw_su_nghiep' | 'nstw_dau_tu'>;
  /** For `formulas`: A1 ranges of the weights, one cell per part in the parts' order. */
  readonly weights?: { readonly nstw: string; readonly nsdp: string };
  /** Number format for the written cells. */
  readonly numberFormat?: string;
  /** The plan's catalogue, whose tag the settings' names carry (GNBV_BUOC_2026). */
  readonly catalogue?: Pick<Catalogue, 'nameTag'>;
}

export interface AllocationPatchResult {
  readonly patch: Patch;
  readonly findings: SheetFinding[];
}

function nameOf(key: 'nstwGiao' | 'nsdpGiao' | 'step', catalogue?: Pick<Catalogue, 'nameTag'>): string {
  return taggedName(SETTINGS.find((s) => s.key === key)?.name ?? key, catalogue);
}

/**
 * The patch writing `parts` into the rows `cells` knows. A part whose item has no row gives an
 * error finding (the caller then writes nothing); `formulas` without weight ranges is a misuse
 * and throws.
 */
export function allocationPatch(
  cells: CellMap,
  parts: readonly AllocationPart[],
  mode: AllocationMode,
  options: AllocationPatchOptions = {},
): AllocationPatchResult {
  const nstwKey = options.nstwKey ?? 'nstw_su_nghiep';
  const findings: SheetFinding[] = [];
  const writes: CellWrite[] = [];
  if (mode === 'formulas' && !options.weights) {
    throw new TypeError("allocationPatch: mode 'formulas' needs options.weights (ranges of the weights)");
  }
  const format = options.numberFormat ? { numberFormat: options.numberFormat } : {};
  parts.forEach((part, i) => {
    const row = cells.amounts[part.code];
    const nstwCell = row?.[nstwKey];
    const nsdpCell = row?.nsdp;
    if (nstwCell === undefined || nsdpCell === undefined) {
      findings.push(noCellFor(part.code));
      return;
    }
    if (mode === 'formulas' && options.weights) {
      const k = i + 1;
      const call = (total: string, weights: string) =>
        `=INDEX(${ALLOCATE_FUNCTION}(${total},${weights},${nameOf('step', options.catalogue)}),${k})`;
      writes.push({
        address: nstwCell,
        formula: call(nameOf('nstwGiao', options.catalogue), options.weights.nstw),
        ...format,
      });
      writes.push({
        address: nsdpCell,
        formula: call(nameOf('nsdpGiao', options.catalogue), options.weights.nsdp),
        ...format,
      });
      return;
    }
    for (const [key, address, value] of [
      [nstwKey, nstwCell, part.nstw],
      ['nsdp', nsdpCell, part.nsdp],
    ] as const) {
      const n = toCellNumber(value);
      if (n !== undefined) writes.push({ address, value: n, ...format });
      else {
        writes.push({ address, value: formatVi(value) });
        findings.push(amountAsText({ sheet: cells.sheet, code: part.code, key, address }, value));
      }
    }
  });
  return { patch: { sheet: cells.sheet, cells: writes }, findings };
}
