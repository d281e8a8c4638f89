/** Allocation by criteria and coefficients: criteria tables (data), scoring recipients, exact parts. */
export * from './types';
export { CRITERIA_MESSAGES, type CriteriaCode, type ShapeProblem } from './messages';
export { parseCriteriaTable, TABLE_KEYS, CRITERION_KEYS, CRITERION_ID, TABLE_ID } from './parse-table';
export { scoreRecipients } from './score';
export {
  allocateByCriteria,
  type CriteriaAllocationRequest,
  type CriteriaAllocationResult,
} from './allocate';
export { criteriaTables, criteriaTable, findCriteriaTable } from './registry';
export { readCsv, headerKey, type CsvRecord, type CsvResult } from './csv';
export {
  readRecipientsCsv,
  readRecipientsRecords,
  RECIPIENTS_HEADER,
  type RecordsSource,
  type RecipientsCsv,
  type RecipientsCsvResult,
} from './recipients-csv';
export { readCoefficientsCsv, COEFFICIENTS_HEADER, type CoefficientsCsvResult } from './coefficients-csv';
export { namedFinding, namedFindings } from './name-findings';
export { inCsv, type CsvPlace } from './messages';
