export type {
  AllocationLine,
  AllocationRequest,
  AllocationResult,
  TwoSourceRequest,
  TwoSourceResult,
  TwoSourceRow,
} from './types';
export type { AllocationCode } from './messages';
export { allocate } from './allocate';
export { allocateTwoSources } from './twoSources';
export { counterpartFromRatio } from './counterpart';
