export type {
  AllocationLine,
  AllocationRequest,
  AllocationResult,
  TwoSourceRequest,
  TwoSourceResult,
  TwoSourceRow,
} from './types';
export { ALLOCATION_MESSAGES, type AllocationCode } from './messages';
export type { AllocationArgument, AllocationFinding } from './allocation-findings';
export { allocate } from './allocate';
export { allocateTwoSources } from './twoSources';
export { counterpartFromRatio } from './counterpart';
