import { at } from '../../src/domain/findings';
import { parseAmount } from '../../src/domain/money/parse';
import { readTypedAmount } from '../../src/domain/money/typed-amount';

/** A grouped integer part never starts with a zero group: "0.001" must not become one. */
describe('a figure starting with 0 and a separator', () => {
  const where = at.argument('--step');

  it.each([
    ['0.001', 'auto', '0.001'],
    ['0,001', 'auto', '0.001'],
    ['0.001', 'en', '0.001'],
    ['0,001', 'vi', '0.001'],
    ['0,5', 'auto', '0.5'],
    ['1.469', 'auto', '1469'],
    ['1.000.000', 'vi', '1000000'],
  ] as const)('reads %s under %s as %s', (text, locale, value) => {
    const r = readTypedAmount(text, locale, where);
    if (!r.ok) throw new Error(r.error.text.vi);
    expect(r.value.toFixed()).toBe(value);
  });

  it.each([
    ['0.001', 'vi'],
    ['0,001', 'en'],
    ['0.000.001', 'auto'],
  ] as const)('refuses %s under %s instead of reading a thousand times more', (text, locale) => {
    const r = readTypedAmount(text, locale, where);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.where).toEqual(where);
  });

  it('keeps the plain reading of JSON figures', () => {
    const r = parseAmount('0.001', 'plain');
    expect(r.ok && r.value.value.toFixed()).toBe('0.001');
  });
});
