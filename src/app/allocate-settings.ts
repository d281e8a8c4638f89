/**
 * The settings block of the plan sheet as the allocation form starts from it: the assigned NSTW and
 * NSĐP ("NSTW được giao", "NSĐP được giao") and the rounding step, each written exactly as the form's
 * number locale reads it back, with a hint naming the sheet and cells they came from.
 */
import type { Text } from '../domain/findings';
import { formatEn, formatVi, type Dec } from '../domain/money';
import { readTypedAmount, type TypedLocale } from '../domain/money/typed-amount';
import type { PlanSheet } from './plan-sheet';

/** The figures the sheet's settings block states, as the form shows them. */
export interface SheetAssigned {
  readonly nstw?: string;
  readonly nsdp?: string;
  readonly step?: string;
  /** "Lấy từ khối thiết lập của trang …" naming the cells; absent when the block states nothing. */
  readonly hint?: Text;
}

function readsBack(text: string, value: Dec, locale: TypedLocale): boolean {
  const r = readTypedAmount(text, locale, { kind: 'none' });
  return r.ok && r.value.equals(value);
}

/**
 * `value` written so that `locale` reads it back exactly: Vietnamese style for `vi` and `auto`
 * ("1.469,5"), English for `en`. A figure `auto` would refuse as reading two ways ("4,136") gets a
 * trailing zero ("4,1360"), which does not change it; the plain decimal is the last resort.
 */
export function typedFigure(value: Dec, locale: TypedLocale): string {
  const shown = locale === 'en' ? formatEn(value) : formatVi(value);
  const mark = locale === 'en' ? '.' : ',';
  const candidates = [shown, ...(shown.includes(mark) ? [`${shown}0`] : []), value.toFixed()];
  return candidates.find((c) => readsBack(c, value, locale)) ?? value.toFixed();
}

const LABEL: Readonly<Record<'nstw' | 'nsdp' | 'step', Text>> = {
  nstw: { vi: 'NSTW được giao', en: 'assigned central budget' },
  nsdp: { vi: 'NSĐP được giao', en: 'assigned local budget' },
  step: { vi: 'bước làm tròn', en: 'rounding step' },
};

/** The settings block of a located plan sheet, for the allocation form. */
export function sheetAssigned(located: PlanSheet, locale: TypedLocale): SheetAssigned {
  const { read, sheet } = located;
  const found: { key: 'nstw' | 'nsdp' | 'step'; value: Dec | undefined; cell: string | undefined }[] = [
    { key: 'nstw', value: read.assigned.nstw, cell: read.cells.settings.nstwGiao },
    { key: 'nsdp', value: read.assigned.nsdp, cell: read.cells.settings.nsdpGiao },
    { key: 'step', value: read.plan.settings?.step, cell: read.cells.settings.step },
  ];
  const stated = found.filter(
    (f): f is { key: 'nstw' | 'nsdp' | 'step'; value: Dec; cell: string | undefined } =>
      f.value !== undefined,
  );
  if (stated.length === 0) return {};
  const where = (lang: 'vi' | 'en'): string =>
    stated
      .map(
        (f) =>
          `${LABEL[f.key][lang]}${f.cell === undefined ? '' : lang === 'vi' ? ` ô ${f.cell}` : ` cell ${f.cell}`}`,
      )
      .join(', ');
  const out: { -readonly [K in keyof SheetAssigned]: SheetAssigned[K] } = {
    hint: {
      vi: `Lấy từ khối thiết lập của trang "${sheet}" (${where('vi')}).`,
      en: `Taken from the settings block of sheet "${sheet}" (${where('en')}).`,
    },
  };
  for (const f of stated) out[f.key] = typedFigure(f.value, locale);
  return out;
}
