/**
 * The sheet layer: the plan template as a patch, reading a plan back from a snapshot, and the
 * patches the add-in writes (allocation, kinh phí section, finding marks). Pure: no Office.js,
 * no exceljs, no React.
 */
export * from './a1';
export * from './cell-map';
export { SHEET_MESSAGES, type SheetArgs, type SheetCode } from './messages';
export type { SheetFinding } from './sheet-findings';
export * from './layout';
export * from './number-format';
export * from './numbering';
export { buildTemplate, templatePatch, DEFAULT_TEMPLATE_SHEET } from './template';
export type { TemplateLayout, TemplateOptions, TemplateResult, LayoutRow } from './template';
export { readPlanFromSnapshot, type ReadOptions, type ReadResult } from './read';
export * from './patches/allocation';
export * from './patches/section';
export * from './patches/marks';
export { groupTextCauses } from './group-findings';
export * from './patches/conflicts';
export type * from './types';
export { OFFICIAL_MARGINS_CM, planPageSetup, SECTION_PAGE_SETUP } from './page-setup';
