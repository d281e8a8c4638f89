import type { Text } from '../../domain/findings';
import type { Dec } from '../../domain/money/decimal';
import { toCellNumber } from '../../domain/money/cell';
import { notCellExact } from './failures';
import type { FnError } from './result';

/**
 * The double to return for an exact amount, or a #NUM! failure when the cell would show another figure
 * (more than 15 significant digits): returning a rounded double would break "parts add up to the total".
 * `what` names the figure in both languages ("phần thứ 2" / "part 2").
 */
export function cellNumber(value: Dec, what: Text): number | FnError {
  const n = toCellNumber(value);
  return n === undefined ? notCellExact(what, value) : n;
}
