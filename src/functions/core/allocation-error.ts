import type { Finding } from '../../domain/findings';
import { fnError, type FnError } from './result';

/** The user's names of the arguments an allocation's findings can point at. */
export interface AllocationArgs {
  readonly total: string;
  readonly step: string;
  readonly lines: string;
  readonly min?: string;
  readonly max?: string;
  /** Two sources: the arguments behind `where: central | local | localLines…`. */
  readonly central?: string;
  readonly local?: string;
  readonly localLines?: string;
}

/**
 * Turns a failed allocation's findings into one #NUM! failure whose messages each start with the
 * argument to fix (`tong: Số tiền cần phân bổ 466,25 không phải là bội số của bước 1.`). The request was
 * readable, so what failed is the arithmetic: #NUM!.
 */
export function allocationError(findings: readonly Finding[], args: AllocationArgs): FnError {
  const errors = findings.filter((f) => f.severity === 'error');
  const shown = errors.length > 0 ? errors : findings;
  return fnError(
    'num',
    shown.map((f) => `${argOf(f, args)}: ${f.message_vi}`).join(' '),
    shown.map((f) => `${argOf(f, args)}: ${f.message_en}`).join(' '),
  );
}

function argOf(f: Finding, args: AllocationArgs): string {
  switch (f.where) {
    case 'total':
      return args.total;
    case 'central':
      return args.central ?? args.total;
    case 'local':
      return args.local ?? args.total;
    case 'step':
      return args.step;
  }
  if (f.where.startsWith('localLines')) return args.localLines ?? args.lines;
  // Line findings: the bound that is wrong, else the weights.
  if (f.code === 'ALLOC_MIN_ABOVE_MAX' || f.code === 'ALLOC_BOUNDS_BETWEEN_STEPS') {
    return [args.min, args.max].filter((a) => a !== undefined).join(', ') || args.lines;
  }
  if (f.code === 'ALLOC_MIN_NEGATIVE') return args.min ?? args.lines;
  if (f.code === 'ALLOC_MAX_NEGATIVE') return args.max ?? args.lines;
  return args.lines;
}
