/**
 * Step and ratio arguments (`--step`, `--ratio`): read as amounts, and refused unless positive, since
 * a step of 0 never ends and a zero or negative ratio has no meaning. A ratio may be a percentage
 * (`5%`); the reading itself is amounts.ts's.
 */
import { at } from '../domain/findings';
import type { Dec } from '../domain/money/decimal';
import type { TypedLocale } from '../domain/money/typed-amount';
import { amountArg, ratioArg as readRatioArg } from './amounts';
import { UsageError } from './args';

/** `--name`, which must be greater than zero. */
export function positiveArg(text: string, name: string, locale: TypedLocale): Dec {
  const value = amountArg(text, at.argument(name), locale);
  if (!value.isPositive() || value.isZero()) {
    throw new UsageError(`${name} phải là số dương, lớn hơn 0 (đã nhập "${text}").`);
  }
  return value;
}

/** `--ratio`: a positive figure (`0,05`, `0.05`) or a positive percentage (`5%`, divided by 100 exactly). */
export function ratioArg(text: string, locale: TypedLocale, name = '--ratio'): Dec {
  const refuse = () => new UsageError(`${name} phải là số dương, lớn hơn 0 (đã nhập "${text}").`);
  if (/^\s*[-−]/.test(text)) throw refuse();
  const value = readRatioArg(text, at.argument(name), locale);
  if (!value.isPositive() || value.isZero()) throw refuse();
  return value;
}
