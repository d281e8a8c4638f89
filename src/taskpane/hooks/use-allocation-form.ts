import { useCallback, useMemo, useRef, useState } from 'react';
import type { Text } from '../../domain/findings';
import type {
  AllocationMethod,
  AllocationRequestView,
  AllocationRow,
  NumberLocale,
  SheetSettingsView,
} from '../controller-types';
import { currentLock } from '../allocation-grid-logic';

/** The fields the sheet's settings block can fill. */
type SheetField = 'nstw' | 'nsdp' | 'step';

const SHEET_FIELDS: readonly SheetField[] = ['nstw', 'nsdp', 'step'];

/** What the user set for one row. */
export interface RowChoice {
  readonly chosen: boolean;
  readonly weight: string;
  readonly locked: boolean;
  readonly lockedNstw: string;
  readonly lockedNsdp: string;
}

const DEFAULT_CHOICE: RowChoice = {
  chosen: true,
  weight: '1',
  locked: false,
  lockedNstw: '',
  lockedNsdp: '',
};

const UNCHOSEN: RowChoice = { ...DEFAULT_CHOICE, chosen: false };

/**
 * The rows chosen until the user says otherwise: those that hold a figure on the sheet, or every row
 * when none does (an empty template). A plan's rows are offered with the table's empty ones, which
 * the user can add.
 */
export function chosenByDefault(rows: readonly AllocationRow[]): ReadonlySet<string> {
  const filled = rows.filter((r) => r.nstw !== null || r.nsdp !== null);
  return new Set((filled.length > 0 ? filled : rows).map((r) => r.code));
}

/** The allocation form: assigned totals, step, method and per-row choices, and the request they make. */
export interface AllocationForm {
  readonly nstw: string;
  readonly nsdp: string;
  readonly step: string;
  readonly method: AllocationMethod;
  /** How the typed figures are read; default `auto`. */
  readonly locale: NumberLocale;
  readonly rows: readonly AllocationRow[];
  readonly setNstw: (value: string) => void;
  readonly setNsdp: (value: string) => void;
  readonly setStep: (value: string) => void;
  readonly setMethod: (value: AllocationMethod) => void;
  readonly setLocale: (value: NumberLocale) => void;
  /** Replaces the row list, keeping the choices made for codes still present. */
  readonly setRows: (rows: readonly AllocationRow[]) => void;
  /**
   * Fills the assigned totals and the step from the sheet's settings block where the user has typed
   * nothing (an empty field, or one still holding the default or an earlier fill); never overwrites
   * what the user typed.
   */
  readonly fillFromSheet: (settings: SheetSettingsView) => void;
  /** Where the figures came from ("Lấy từ khối thiết lập của trang …"), while a field holds one. */
  readonly sheetHint: Text | null;
  readonly choiceOf: (code: string) => RowChoice;
  readonly updateChoice: (code: string, change: Partial<RowChoice>) => void;
  /** Chooses (or leaves out) every row of `codes` at once: "select all / none" over the filtered rows. */
  readonly chooseAll: (codes: readonly string[], chosen: boolean) => void;
  readonly request: AllocationRequestView;
  /** Identifies the request, so a preview can be matched with the form that produced it. */
  readonly requestKey: string;
}

/**
 * Builds the request the controller takes from what the form holds. A locked row keeps what is typed
 * in its lock fields; an empty lock field keeps the row's current figure on the sheet (an empty cell:
 * 0), written in the form's number locale, so a lock is never silently ignored.
 */
export function buildRequest(
  fields: { nstw: string; nsdp: string; step: string; method: AllocationMethod; locale: NumberLocale },
  rows: readonly AllocationRow[],
  choiceOf: (code: string) => RowChoice,
): AllocationRequestView {
  const chosen = rows.filter((row) => choiceOf(row.code).chosen);
  return {
    nstw: fields.nstw.trim(),
    nsdp: fields.nsdp.trim(),
    step: fields.step.trim(),
    method: fields.method,
    locale: fields.locale,
    rows: chosen.map((row) => {
      const choice = choiceOf(row.code);
      const weight = fields.method === 'weights' ? { weight: choice.weight.trim() } : {};
      if (!choice.locked) return { code: row.code, ...weight };
      const lock = (typed: string, current: string | null): string =>
        typed.trim() !== '' ? typed.trim() : currentLock(current, fields.locale);
      return {
        code: row.code,
        ...weight,
        lockedNstw: lock(choice.lockedNstw, row.nstw),
        lockedNsdp: lock(choice.lockedNsdp, row.nsdp),
      };
    }),
  };
}

/** State of the allocation step's form. */
export function useAllocationForm(): AllocationForm {
  const [nstw, setNstwValue] = useState('');
  const [nsdp, setNsdpValue] = useState('');
  const [step, setStepValue] = useState('1');
  const [sheet, setSheet] = useState<SheetSettingsView>({});
  // Fields the user typed into (a non-empty entry): the sheet never overwrites them.
  const typed = useRef<Record<SheetField, boolean>>({ nstw: false, nsdp: false, step: false });
  const typedSetter = useCallback(
    (field: SheetField, set: (value: string) => void) => (value: string) => {
      typed.current[field] = value.trim() !== '';
      set(value);
    },
    [],
  );
  const setNstw = useMemo(() => typedSetter('nstw', setNstwValue), [typedSetter]);
  const setNsdp = useMemo(() => typedSetter('nsdp', setNsdpValue), [typedSetter]);
  const setStep = useMemo(() => typedSetter('step', setStepValue), [typedSetter]);

  const fillFromSheet = useCallback((settings: SheetSettingsView) => {
    setSheet(settings);
    const setters: Record<SheetField, (update: (old: string) => string) => void> = {
      nstw: setNstwValue,
      nsdp: setNsdpValue,
      step: setStepValue,
    };
    for (const field of SHEET_FIELDS) {
      const value = settings[field];
      if (value === undefined) continue;
      setters[field]((old) => (typed.current[field] && old.trim() !== '' ? old : value));
    }
  }, []);

  const sheetHint = useMemo(() => {
    const current: Record<SheetField, string> = { nstw, nsdp, step };
    const holds = SHEET_FIELDS.some((f) => sheet[f] !== undefined && current[f] === sheet[f]);
    return holds ? (sheet.hint ?? null) : null;
  }, [sheet, nstw, nsdp, step]);
  const [method, setMethod] = useState<AllocationMethod>('weights');
  const [locale, setLocale] = useState<NumberLocale>('auto');
  const [rows, setRowList] = useState<readonly AllocationRow[]>([]);
  const [choices, setChoices] = useState<ReadonlyMap<string, RowChoice>>(new Map());

  const defaults = useMemo(() => chosenByDefault(rows), [rows]);
  const defaultOf = useCallback(
    (code: string): RowChoice => (defaults.has(code) ? DEFAULT_CHOICE : UNCHOSEN),
    [defaults],
  );
  const choiceOf = useCallback((code: string) => choices.get(code) ?? defaultOf(code), [choices, defaultOf]);

  const updateChoice = useCallback(
    (code: string, change: Partial<RowChoice>) => {
      setChoices((old) => new Map(old).set(code, { ...(old.get(code) ?? defaultOf(code)), ...change }));
    },
    [defaultOf],
  );

  const chooseAll = useCallback(
    (codes: readonly string[], chosen: boolean) => {
      setChoices((old) => {
        const next = new Map(old);
        for (const code of codes) next.set(code, { ...(old.get(code) ?? defaultOf(code)), chosen });
        return next;
      });
    },
    [defaultOf],
  );

  const setRows = useCallback((next: readonly AllocationRow[]) => {
    setRowList(next);
    setChoices((old) => {
      const kept = new Map<string, RowChoice>();
      for (const row of next) {
        const choice = old.get(row.code);
        if (choice !== undefined) kept.set(row.code, choice);
      }
      return kept;
    });
  }, []);

  const request = useMemo(
    () => buildRequest({ nstw, nsdp, step, method, locale }, rows, choiceOf),
    [nstw, nsdp, step, method, locale, rows, choiceOf],
  );
  const requestKey = useMemo(() => JSON.stringify(request), [request]);

  return {
    nstw,
    nsdp,
    step,
    method,
    locale,
    rows,
    setNstw,
    setNsdp,
    setStep,
    setMethod,
    setLocale,
    setRows,
    fillFromSheet,
    sheetHint,
    choiceOf,
    updateChoice,
    chooseAll,
    request,
    requestKey,
  };
}
