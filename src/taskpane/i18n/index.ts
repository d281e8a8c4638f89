/**
 * Every string the task pane shows, in Vietnamese and English, one module per step so a reviewer can
 * check diacritics and official terms step by step; the two tables of each cannot drift apart, both are
 * typed by the step's interface.
 */
import type { Text } from '../../domain/findings';
import type { Lang } from '../controller-types';
import { allocationStrings, type AllocationStrings } from './allocation';
import { checkStrings, type CheckStrings } from './check';
import { commonStrings, type CommonStrings } from './common';
import { criteriaStrings, type CriteriaStrings } from './criteria';
import { exportStrings, type ExportStrings } from './export';
import { planSheetStrings, type PlanSheetStrings } from './plan-sheet';
import { templateStrings, type TemplateStrings } from './template';

/** The pane's vocabulary; functions take the values that vary. */
export type Strings = CommonStrings &
  TemplateStrings &
  AllocationStrings &
  CheckStrings &
  ExportStrings &
  PlanSheetStrings &
  CriteriaStrings;

function tableOf(lang: Lang): Strings {
  return {
    ...commonStrings[lang],
    ...templateStrings[lang],
    ...allocationStrings[lang],
    ...checkStrings[lang],
    ...exportStrings[lang],
    ...planSheetStrings[lang],
    ...criteriaStrings[lang],
  };
}

const TABLES: Readonly<Record<Lang, Strings>> = { vi: tableOf('vi'), en: tableOf('en') };

/** The string table of a language. */
export function stringsFor(lang: Lang): Strings {
  return TABLES[lang];
}

/** The side of a two-language message that the pane currently shows. */
export function inLang(message: Text, lang: Lang): string {
  return lang === 'vi' ? message.vi : message.en;
}
