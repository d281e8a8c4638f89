import { dec } from '../../src/domain/money';
import { parseCell } from '../../src/sheet/a1';
import { evaluateFormula, type EvalValue } from '../../src/sheet/formula-eval';
import { parseFormula } from '../../src/sheet/formula-parse';
import { recalculate } from '../../src/sheet/recalc';
import { columnSumFormula } from '../../src/sheet/formulas';

/** A sheet of constants by address. */
function sheet(values: Record<string, number | string>) {
  return (row: number, col: number): EvalValue => {
    for (const [a, v] of Object.entries(values)) {
      const p = parseCell(a);
      if (p?.row !== row || p.col !== col) continue;
      return typeof v === 'number' ? { kind: 'number', value: dec(String(v)) } : { kind: 'text', value: v };
    }
    return { kind: 'blank' };
  };
}

function evalText(formula: string, values: Record<string, number | string>, name?: string) {
  const expr = parseFormula(formula, name);
  if (!expr) return 'unparsed';
  const v = evaluateFormula(expr, sheet(values));
  if (!v) return 'not computed';
  return v.kind === 'number' ? v.value.toFixed() : v.kind === 'blank' ? 'blank' : String(v.value);
}

describe('the exact formula evaluator', () => {
  it.each([
    ['=SUM(C8:C9)', { C8: 0.1, C9: 0.2 }, '0.3'],
    ['=SUM(C8,C10;C11)', { C8: 1.5, C10: 2, C11: 0.25 }, '3.75'],
    ['=C8+C9-C10', { C8: 0.1, C9: 0.2, C10: 0.3 }, '0'],
    ['=-C8+12.5', { C8: 0.1 }, '12.4'],
    ['=IF(COUNT(C8:C9)=0,"",SUM(C8:C9))', {}, ''],
    ['=IF(COUNT(C8:C9)=0;"";SUM(C8:C9))', { C8: 15089, C9: 466.25 }, '15555.25'],
    ['=IF(COUNT(C8)+COUNT(C9)=0,"",SUM(C8)+SUM(C9))', { C9: 7 }, '7'],
    ['=SUM($C$8:$C$9)', { C8: 1, C9: '1.469' }, '1'],
    ["='Kế hoạch'!C8+1", { C8: 1 }, '2'],
  ])('%s → %s', (formula, values, expected) => {
    expect(evalText(formula, values, 'Kế hoạch')).toBe(expected);
  });

  it('computes the template’s own formulas', () => {
    expect(evalText(columnSumFormula(2, [7, 8, 10]), { C8: 0.1, C9: 0.2, C11: 0.3 })).toBe('0.6');
  });

  it.each(['=C8*2', '=AVERAGE(C8:C9)', '=Other!C8', '=SUM(C:C)', '=C8/2', '=C8:C9'])(
    'leaves %s to a spreadsheet',
    (formula) => {
      const expr = parseFormula(formula, 'S');
      expect(expr === undefined || evaluateFormula(expr, sheet({ C8: 1 })) === undefined).toBe(true);
    },
  );

  it('does not guess text in arithmetic', () => {
    expect(evalText('=C8+C9', { C8: 1, C9: '1.469' })).toBe('not computed');
  });
});

describe('recalculate', () => {
  it('computes in dependency order whatever the sheet order, skips cycles, reports stale formulas', () => {
    const formulas = [
      { ...parseCell('A1')!, formula: '=A2+1' },
      { ...parseCell('A2')!, formula: '=SUM(B1:B2)' },
      { ...parseCell('A3')!, formula: '=B1*2' },
      { ...parseCell('A4')!, formula: '=A3+1' },
      { ...parseCell('A5')!, formula: '=A6' },
      { ...parseCell('A6')!, formula: '=A5' },
    ];
    const r = recalculate(formulas, sheet({ B1: 0.1, B2: 0.2 }), [parseCell('B1')!]);
    const shown = [...r.results].map(([a, v]) => [a, v.kind === 'number' ? v.value.toFixed() : v.kind]);
    expect(shown.sort()).toEqual([
      ['A1', '1.3'],
      ['A2', '0.3'],
    ]);
    expect(r.notRecalculated).toEqual(['A3', 'A4']);
    const cycle = recalculate(formulas, sheet({}), [parseCell('B1')!, parseCell('A6')!]);
    expect(cycle.notRecalculated).toEqual(['A3', 'A4', 'A5', 'A6']);
  });
});
