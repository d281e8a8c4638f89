import fc from 'fast-check';
import {
  allocate,
  allocateTwoSources,
  counterpartFromRatio,
  type AllocationLine,
  type AllocationResult,
} from '../../src/domain/allocation';
import { assembleForTest, FAST_BUILD } from '../../src/domain/allocation/build';
import * as bigKernel from '../../src/domain/allocation/kernelBigInt';
import { allocateStepsBig } from '../../src/domain/allocation/kernelBigInt';
import { allocateSteps, mulDivModForTest } from '../../src/domain/allocation/kernelNumber';
import { placesOf, scaledNumber } from '../../src/domain/allocation/weights';
import { at, whereLabel, type Finding } from '../../src/domain/findings';
import { Dec, plain, sum } from '../../src/domain/money';

const d = (x: string | number): Dec => new Dec(x);

/** Lines from weights given as numbers or decimal strings. */
function weights(...ws: (string | number)[]): AllocationLine[] {
  return ws.map((w) => ({ weight: d(w) }));
}

function parts(r: AllocationResult): string[] {
  if (!r.ok) throw new Error(r.findings.map((f) => `${f.code}: ${f.text.en}`).join('\n'));
  return r.parts.map(plain);
}

function run(total: string | number, lines: AllocationLine[], step: string | number = 1): string[] {
  return parts(allocate({ total: d(total), lines, step: d(step) }));
}

function failure(total: string | number, lines: AllocationLine[], step: string | number = 1): Finding[] {
  const r = allocate({ total: d(total), lines, step: d(step) });
  if (r.ok) throw new Error(`expected a failure, got ${r.parts.map(plain).join(', ')}`);
  expect(r.findings.length).toBeGreaterThan(0);
  for (const f of r.findings) {
    expect(f.severity).toBe('error');
    expect(f.text.vi.length).toBeGreaterThan(0);
    expect(f.text.en.length).toBeGreaterThan(0);
  }
  return r.findings;
}

describe('allocate: largest remainder in whole steps', () => {
  it('splits 466,25 over three equal weights to the cent, summing exactly', () => {
    const r = allocate({ total: d('466.25'), lines: weights(1, 1, 1), step: d('0.01') });
    expect(parts(r)).toEqual(['155.42', '155.42', '155.41']);
    if (!r.ok) return;
    expect(sum(r.parts).equals(d('466.25'))).toBe(true);
    const exact = d('466.25').div(3); // 155,41666…
    for (const p of r.parts) {
      expect(p.minus(exact).abs().lt(d('0.01'))).toBe(true);
      expect(p.mod(d('0.01')).isZero()).toBe(true);
    }
    expect(r.findings).toEqual([]);
  });

  it('gives the exact proportional parts when they are whole steps', () => {
    expect(run(7645, weights(7538, 107))).toEqual(['7538', '107']);
    expect(run('15555.25', weights(1, 1, 2), '0.25')).toEqual(['3888.75', '3888.75', '7777.75']);
  });

  it('works with steps of 1, 0,01 and 0,000001 triệu and with decimal weights', () => {
    // Shares 16,67 / 41,67 / 41,67: equal remainders, so the larger weights get the two leftover steps.
    expect(run(100, weights('0.5', '1.25', '1.25'))).toEqual(['16', '42', '42']);
    expect(run(1, weights(1, 1, 1), '0.000001')).toEqual(['0.333334', '0.333333', '0.333333']);
    expect(run('0.05', weights(1, 1, 1, 1, 1, 1), '0.01')).toEqual([
      '0.01',
      '0.01',
      '0.01',
      '0.01',
      '0.01',
      '0',
    ]);
  });

  it('hands leftover steps to the largest remainders first, whatever the weights', () => {
    // Shares 2/3 and 4/3: remainders 2/3 and 1/3, so the smaller weight gets the leftover step.
    expect(run(2, weights(1, 2))).toEqual(['1', '1']);
    // Shares 1,4 / 2,8 / 5,8 (weights 1, 2, 4 of 7, total 10 → remainders 3/7, 6/7, 5/7).
    expect(run(10, weights(1, 2, 4))).toEqual(['1', '3', '6']);
  });

  describe('tie-break: equal remainders → larger weight first → earlier line first', () => {
    it('prefers the larger weight when remainders are equal', () => {
      // Shares 0,5 and 1,5: both remainders are one half.
      expect(run(2, weights(1, 3))).toEqual(['0', '2']);
      expect(run(2, weights(3, 1))).toEqual(['2', '0']);
    });

    it('prefers the earlier line when remainders and weights are equal', () => {
      expect(run(1, weights(1, 1))).toEqual(['1', '0']);
      expect(run(1, weights(5, 5, 5))).toEqual(['1', '0', '0']);
      expect(run(2, weights(5, 5, 5))).toEqual(['1', '1', '0']);
      // Lines 0 and 3 tie (share 0,5 each, weight 1); the earlier one wins.
      expect(run(3, weights(1, 2, 2, 1))).toEqual(['1', '1', '1', '0']);
    });

    it('is deterministic', () => {
      const lines = weights(3, 1, 4, 1, 5, 9, 2, 6);
      const first = run('1000.01', lines, '0.01');
      for (let i = 0; i < 5; i++) expect(run('1000.01', lines, '0.01')).toEqual(first);
    });
  });

  it('shows the Alabama paradox: a larger total can give one line less (documented limitation)', () => {
    const lines = weights(6, 6, 2);
    expect(run(10, lines)).toEqual(['4', '4', '2']);
    expect(run(11, lines)).toEqual(['5', '5', '1']);
    // What does hold: the sum grows by one step and no part falls by more than one step.
    expect(run(12, lines)).toEqual(['5', '5', '2']);
  });
});

describe('allocate: bounds', () => {
  it('holds a line at its minimum and shares the rest', () => {
    const lines: AllocationLine[] = [{ weight: d(1), min: d(40) }, ...weights(1, 1, 1)];
    expect(run(100, lines)).toEqual(['40', '20', '20', '20']);
  });

  it('holds a line at its maximum and shares the rest', () => {
    expect(run(100, [{ weight: d(1), max: d(30) }, { weight: d(1) }])).toEqual(['30', '70']);
  });

  it('resolves minimums and maximums together (λ found exactly)', () => {
    // λ = 15: clamp(15, ·, 10) = 10, 15, 15, clamp(15, 60, ·) = 60.
    const lines: AllocationLine[] = [
      { weight: d(1), max: d(10) },
      { weight: d(1) },
      { weight: d(1) },
      { weight: d(1), min: d(60) },
    ];
    expect(run(100, lines)).toEqual(['10', '15', '15', '60']);
  });

  it('frees a line below its minimum when fixing a maximum lifts it above (E < 0 by less than a step)', () => {
    // Shares 14·w/11: line 2 is 0,18 short of its minimum, line 3 is 1,09 over its maximum. Fixing
    // line 3 at 4 lifts the others to 30/7 each, so line 2 ends above its minimum, not at it.
    const lines: AllocationLine[] = [
      { weight: d(3) },
      { weight: d(3), min: d(4) },
      { weight: d(4), max: d(4) },
      { weight: d(1) },
    ];
    expect(run(14, lines)).toEqual(['4', '4', '4', '2']);
  });

  it('leaves bounds alone when the proportional shares already satisfy them', () => {
    const lines: AllocationLine[] = [
      { weight: d(1), min: d(10), max: d(50) },
      { weight: d(1), min: d(10), max: d(50) },
    ];
    expect(run(60, lines)).toEqual(['30', '30']);
  });

  it('rounds a minimum up and a maximum down to the step', () => {
    expect(run(100, [{ weight: d(1), min: d('40.3') }, ...weights(1, 1, 1)])).toEqual([
      '41',
      '20',
      '20',
      '19',
    ]);
    expect(run(100, [{ weight: d(1), max: d('30.7') }, { weight: d(1) }])).toEqual(['30', '70']);
  });

  it('gives every line its bound when the total is exactly Σmin or Σmax', () => {
    const lines: AllocationLine[] = [
      { weight: d(1), min: d(20), max: d(30) },
      { weight: d(5), min: d(10), max: d(40) },
    ];
    expect(run(30, lines)).toEqual(['20', '10']);
    expect(run(70, lines)).toEqual(['30', '40']);
  });
});

describe('allocate: locks and zero weights', () => {
  it('keeps a locked value exactly and shares the rest over the other lines', () => {
    const lines: AllocationLine[] = [
      { weight: d(1) },
      { weight: d(1), locked: d('33.333') },
      { weight: d(1) },
    ];
    expect(run(100, lines, '0.001')).toEqual(['33.334', '33.333', '33.333']);
  });

  it('keeps a locked value that is not a multiple of the step when the remainder is', () => {
    const lines: AllocationLine[] = [
      { weight: d(9), locked: d('10.005') },
      { weight: d(1) },
      { weight: d(1) },
    ];
    expect(run('100.005', lines, '0.01')).toEqual(['10.005', '45', '45']);
  });

  it('ignores the weight and bounds of a locked line, warning when the lock lies outside them', () => {
    const r = allocate({
      total: d(100),
      lines: [{ weight: d(1), min: d(40), locked: d(30) }, { weight: d(1) }],
      step: d(1),
    });
    expect(parts(r)).toEqual(['30', '70']);
    expect(r.findings.map((f) => [f.severity, f.code, f.where])).toEqual([
      ['warning', 'ALLOC_LOCKED_OUTSIDE_BOUNDS', at.argument('locked', 0)],
    ]);
    expect(r.findings[0]?.text.vi).toBe(
      'Dòng 1: số cố định 30 nằm ngoài khoảng tối thiểu – tối đa (40 – …); số cố định được giữ nguyên.',
    );
  });

  it('accepts all lines locked when the locks add up to the total', () => {
    const lines: AllocationLine[] = [
      { weight: d(1), locked: d('0.5') },
      { weight: d(1), locked: d('1.5') },
    ];
    expect(run(2, lines)).toEqual(['0.5', '1.5']);
  });

  it('gives a zero weight nothing, or its minimum', () => {
    expect(run(10, weights(0, 1, 1))).toEqual(['0', '5', '5']);
    expect(run(10, [{ weight: d(0), min: d(3), max: d(8) }, ...weights(1, 1)])).toEqual(['3', '4', '3']);
  });

  it('allows a zero total and an empty list with a zero total', () => {
    expect(run(0, weights(1, 2, 3))).toEqual(['0', '0', '0']);
    expect(run(0, weights(0, 0))).toEqual(['0', '0']);
    expect(run(0, [])).toEqual([]);
  });
});

describe('allocate: invalid and infeasible requests come back as findings', () => {
  /** Code and place label: the argument, with the line counted from 1 as users count lines. */
  const codes = (fs: Finding[]): string[][] => fs.map((f) => [f.code, whereLabel(f.where)]);

  it('total not a multiple of the step', () => {
    const [f] = failure('100.005', weights(1, 1), '0.01');
    expect(f?.code).toBe('ALLOC_TOTAL_NOT_MULTIPLE_OF_STEP');
    expect(f?.where).toEqual(at.argument('total'));
    expect(f?.text.vi).toBe('Số tiền cần phân bổ 100,005 không phải là bội số của bước 0,01.');
    expect(f?.text.en).toBe('The total to allocate 100.005 is not a multiple of the step 0.01.');
  });

  it('what remains after the locks not a multiple of the step', () => {
    const [f] = failure(100, [{ weight: d(1), locked: d('0.5') }, { weight: d(1) }]);
    expect(f?.code).toBe('ALLOC_TOTAL_NOT_MULTIPLE_OF_STEP');
    expect(f?.text.vi).toBe(
      'Số còn lại sau các dòng cố định (100 − 0,5 = 99,5) không phải là bội số của bước 1.',
    );
    expect(plain(f!.actual!)).toBe('99.5');
  });

  it('negative total, weight, minimum, maximum or lock', () => {
    expect(codes(failure(-5, weights(1)))).toEqual([['ALLOC_TOTAL_NEGATIVE', 'total']]);
    const fs = failure(10, [
      { weight: d(1) },
      { weight: d(-2) },
      { weight: d(1), min: d(-1) },
      { weight: d(1), max: d(-1) },
      { weight: d(1), locked: d(-3) },
    ]);
    expect(codes(fs)).toEqual([
      ['ALLOC_WEIGHT_NEGATIVE', 'weights[2]'],
      ['ALLOC_MIN_NEGATIVE', 'min[3]'],
      ['ALLOC_MAX_NEGATIVE', 'max[4]'],
      ['ALLOC_LOCKED_NEGATIVE', 'locked[5]'],
    ]);
    expect(fs[0]?.text.vi).toBe('Dòng 2: trọng số -2 là số âm; chỉ phân bổ được số không âm.');
    expect(fs[0]?.text.en).toBe(
      'Line 2: the weight -2 is negative; only non-negative amounts can be allocated.',
    );
  });

  it('minimum above maximum on a line', () => {
    const [f] = failure(100, [{ weight: d(1), min: d(50), max: d(40) }, { weight: d(1) }]);
    expect([f?.code, f?.where]).toEqual(['ALLOC_MIN_ABOVE_MAX', at.argument('bounds', 0)]);
    expect(f?.text.vi).toBe('Dòng 1: mức tối thiểu 50 lớn hơn mức tối đa 40.');
    expect(plain(f!.difference!)).toBe('10');
  });

  it('no multiple of the step between a minimum and a maximum', () => {
    const [f] = failure(10, [{ weight: d(1), min: d('0.3'), max: d('0.7') }, { weight: d(1) }]);
    expect([f?.code, f?.where]).toEqual(['ALLOC_BOUNDS_BETWEEN_STEPS', at.argument('bounds', 0)]);
    expect(f?.text.vi).toBe(
      'Dòng 1: không có bội số nào của bước 1 nằm giữa mức tối thiểu 0,3 và mức tối đa 0,7.',
    );
  });

  it('Σmin above the total', () => {
    const [f] = failure(100, [
      { weight: d(1), min: d(70) },
      { weight: d(1), min: d(50) },
    ]);
    expect([f?.code, f?.where]).toEqual(['ALLOC_MIN_SUM_EXCEEDS_TOTAL', at.argument('total')]);
    expect(f?.text.vi).toBe('Tổng các mức tối thiểu 120 lớn hơn số cần phân bổ 100.');
    expect(f?.text.en).toBe('The minimums add up to 120, more than the amount to allocate 100.');
    expect([plain(f!.expected!), plain(f!.actual!), plain(f!.difference!)]).toEqual(['100', '120', '20']);
  });

  it('Σmin above the total only after rounding the minimums up', () => {
    const [f] = failure(100, [
      { weight: d(1), min: d('50.5') },
      { weight: d(1), min: d('49.5') },
    ]);
    expect(f?.code).toBe('ALLOC_MIN_SUM_EXCEEDS_TOTAL');
    expect(f?.text.vi).toBe(
      'Tổng các mức tối thiểu 101 lớn hơn số cần phân bổ 100 (các mức tối thiểu đã làm tròn lên bội số của bước).',
    );
  });

  it('total above Σmax', () => {
    const [f] = failure('1469', [
      { weight: d(1), max: d(1000) },
      { weight: d(1), max: d(400) },
    ]);
    expect([f?.code, f?.where]).toEqual(['ALLOC_TOTAL_EXCEEDS_MAX_SUM', at.argument('total')]);
    expect(f?.text.vi).toBe('Số cần phân bổ 1.469 lớn hơn tổng các mức tối đa 1.400.');
    expect(f?.text.en).toBe('The amount to allocate 1,469 is more than the maximums add up to, 1,400.');
  });

  it('total above Σmax when a zero weight can only take its minimum', () => {
    const [f] = failure(100, [
      { weight: d(1), max: d(50) },
      { weight: d(0), max: d(80) },
    ]);
    expect(f?.code).toBe('ALLOC_TOTAL_EXCEEDS_MAX_SUM');
    expect(f?.text.vi).toBe(
      'Số cần phân bổ 100 lớn hơn tổng các mức tối đa 50; dòng có trọng số 0 chỉ nhận mức tối thiểu.',
    );
  });

  it('all weights zero while an amount remains', () => {
    const [f] = failure(10, weights(0, 0, 0));
    expect([f?.code, f?.where]).toEqual(['ALLOC_ALL_WEIGHTS_ZERO', at.argument('weights')]);
    expect(f?.text.vi).toBe('Mọi trọng số đều bằng 0 nên không chia được số còn lại 10.');
    // Zero weights whose minimums use up the total are fine.
    expect(
      run(10, [
        { weight: d(0), min: d(4) },
        { weight: d(0), min: d(6) },
      ]),
    ).toEqual(['4', '6']);
  });

  it('step zero or negative', () => {
    expect(codes(failure(10, weights(1), 0))).toEqual([['ALLOC_STEP_NOT_POSITIVE', 'step']]);
    const [f] = failure(10, weights(1), '-0.01');
    expect(f?.text.vi).toBe('Bước làm tròn phải lớn hơn 0 (đang là -0,01).');
  });

  it('empty lines with a nonzero total', () => {
    const [f] = failure(5, []);
    expect([f?.code, f?.where]).toEqual(['ALLOC_EMPTY_LINES', at.argument('weights')]);
    expect(f?.text.vi).toBe('Không có dòng nào để nhận số tiền 5.');
  });

  it('every line locked with money left over, and locks above the total', () => {
    const [a] = failure(10, [{ weight: d(1), locked: d(4) }]);
    expect([a?.code, a?.text.vi]).toEqual([
      'ALLOC_ALL_LOCKED',
      'Mọi dòng đều đã cố định nhưng còn 6 chưa được phân bổ.',
    ]);
    const [b] = failure(10, [{ weight: d(1), locked: d(12) }, { weight: d(1) }]);
    expect([b?.code, b?.text.vi]).toEqual([
      'ALLOC_LOCKED_EXCEED_TOTAL',
      'Tổng các số cố định 12 lớn hơn số tiền cần phân bổ 10.',
    ]);
  });

  it('NaN and infinities', () => {
    const fs = failure(d(NaN).toString(), [{ weight: d(Infinity) }], 1);
    expect(codes(fs)).toEqual([
      ['ALLOC_NOT_A_NUMBER', 'total'],
      ['ALLOC_NOT_A_NUMBER', 'weights[1]'],
    ]);
    expect(fs[1]?.text.vi).toBe('Dòng 1: trọng số không phải là một số hữu hạn.');
  });

  it('reports every line-level problem at once, not only the first', () => {
    const fs = failure(10, [{ weight: d(-1) }, { weight: d(1), min: d(5), max: d(2) }, { weight: d(-3) }]);
    expect(fs.map((f) => f.where)).toEqual([
      at.argument('weights', 0),
      at.argument('bounds', 1),
      at.argument('weights', 2),
    ]);
  });
});

describe('allocateTwoSources', () => {
  it('splits NSTW and NSĐP over the same sub-projects, each column exact', () => {
    const r = allocateTwoSources({ central: d(7538), local: d(107), lines: weights(3, 2, 2), step: d(1) });
    if (!r.ok) throw new Error(r.findings[0]?.text.en);
    expect(r.rows.map((row) => [plain(row.central), plain(row.local), plain(row.total)])).toEqual([
      ['3230', '46', '3276'],
      ['2154', '31', '2185'],
      ['2154', '30', '2184'],
    ]);
    expect(plain(sum(r.rows.map((x) => x.total)))).toBe('7645');
  });

  it('uses localLines for the local column; central bounds do not apply to it by default', () => {
    const lines: AllocationLine[] = [{ weight: d(1), min: d(100) }, { weight: d(1) }];
    const same = allocateTwoSources({ central: d(300), local: d(10), lines, step: d(1) });
    if (!same.ok) throw new Error(same.findings[0]?.text.en);
    expect(same.rows.map((x) => plain(x.local))).toEqual(['5', '5']);
    const other = allocateTwoSources({
      central: d(300),
      local: d(10),
      lines,
      localLines: [{ weight: d(0) }, { weight: d(1) }],
      step: d(1),
    });
    if (!other.ok) throw new Error(other.findings[0]?.text.en);
    expect(other.rows.map((x) => [plain(x.central), plain(x.local), plain(x.total)])).toEqual([
      ['150', '0', '150'],
      ['150', '10', '160'],
    ]);
  });

  it('names the column in its findings', () => {
    const r = allocateTwoSources({
      central: d('100.5'),
      local: d(10),
      lines: weights(1, 1),
      localLines: [{ weight: d(1) }, { weight: d(-1) }],
      step: d(1),
    });
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.where])).toEqual([
      ['ALLOC_TOTAL_NOT_MULTIPLE_OF_STEP', at.argument('central')],
      ['ALLOC_WEIGHT_NEGATIVE', at.argument('localLines', 1)],
    ]);
    expect(r.findings[0]?.text.vi).toBe(
      'Ngân sách trung ương: số tiền cần phân bổ 100,5 không phải là bội số của bước 1.',
    );
    expect(r.findings[1]?.text.vi).toBe(
      'Ngân sách địa phương: Dòng 2: trọng số -1 là số âm; chỉ phân bổ được số không âm.',
    );
  });

  it('rejects localLines of another length', () => {
    const r = allocateTwoSources({
      central: d(1),
      local: d(1),
      lines: weights(1, 1),
      localLines: weights(1),
      step: d(1),
    });
    expect(r.findings.map((f) => [f.code, f.where])).toEqual([
      ['ALLOC_LOCAL_LINES_LENGTH', at.argument('localLines')],
    ]);
  });

  it('keeps the central lines’ own fields, and the shared weights’ for the local money', () => {
    const r = allocateTwoSources({
      central: d(10),
      local: d(-4),
      lines: [{ weight: d(1), min: d(-1) }, { weight: d(1) }],
      step: d(1),
    });
    expect(r.findings.map((f) => [f.code, f.where])).toEqual([
      ['ALLOC_MIN_NEGATIVE', at.argument('min', 0)],
      ['ALLOC_TOTAL_NEGATIVE', at.argument('local')],
    ]);
  });
});

describe('counterpartFromRatio', () => {
  it('rounds central × ratio up to the step', () => {
    expect(plain(counterpartFromRatio(d(7538), d('0.015'), d(1)))).toBe('114'); // 113,07
    expect(plain(counterpartFromRatio(d(7538), d('0.015'), d('0.01')))).toBe('113.07');
    expect(plain(counterpartFromRatio(d(6667), d('0.1'), d(1)))).toBe('667'); // 666,7
    expect(plain(counterpartFromRatio(d(1000), d('0.1'), d(1)))).toBe('100'); // exact stays
    expect(plain(counterpartFromRatio(d(0), d('0.3'), d(5)))).toBe('0');
  });

  it('throws on a step that is not positive (a programming error)', () => {
    expect(() => counterpartFromRatio(d(1), d(1), d(0))).toThrow(RangeError);
  });
});

describe('engine internals', () => {
  it('assembles result decimals exactly as the parser reads them', () => {
    expect(FAST_BUILD).toBe(true);
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 0, max: 14 }), (v, p) => {
        const s = v.toString().padStart(p + 1, '0');
        const parsed = d(p === 0 ? s : `${s.slice(0, -p)}.${s.slice(-p)}`);
        const built = assembleForTest(v, p);
        expect(built.toString()).toBe(parsed.toString());
        expect(built.equals(parsed)).toBe(true);
        expect(built.plus(d('0.1')).equals(parsed.plus(d('0.1')))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads weights as scaled integers exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }), (n, k) => {
        const w = d(n.toString()).div(d(10).pow(k));
        expect(placesOf(w)).toBe(w.decimalPlaces());
        const v = scaledNumber(w, 12);
        const expected = w.times(d(10).pow(12));
        if (expected.lte(Number.MAX_SAFE_INTEGER)) expect(v).toBe(expected.toNumber());
        else expect(v).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('the plain-number and BigInt engines agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        // Small values make lines meet their bounds often, and exact ties in E.
        fc.array(
          fc.record({
            w: fc.integer({ min: 0, max: 6 }),
            lo: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9 })),
            span: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(10_000)),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (R0, rows) => {
          const lo = rows.map((x) => x.lo);
          const hi = rows.map((x) => x.lo + x.span);
          const minSum = lo.reduce((a, b) => a + b, 0);
          const maxSum = rows.reduce((a, x, i) => a + (x.w === 0 ? lo[i]! : hi[i]!), 0);
          fc.pre(rows.some((x) => x.w > 0) && minSum <= maxSum);
          const R = minSum + (R0 % (maxSum - minSum + 1));
          const a = allocateSteps(
            R,
            Float64Array.from(rows, (x) => x.w),
            Float64Array.from(lo),
            Float64Array.from(hi, (h) => Math.min(h, R)),
          );
          const b = allocateStepsBig(
            BigInt(R),
            rows.map((x) => BigInt(x.w)),
            lo.map(BigInt),
            hi.map((h) => BigInt(Math.min(h, R))),
          );
          expect(a && Array.from(a)).toEqual(b?.map(Number));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('divides products past 2^53 exactly on plain numbers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.maxSafeNat(),
        (s, fraction, a) => {
          // b ≤ s, as a weight is at most the sum of the weights.
          const b = Math.floor(fraction * s);
          const [q, r] = mulDivModForTest(a, b, s);
          const p = BigInt(a) * BigInt(b);
          expect([BigInt(q), BigInt(r)]).toEqual([p / BigInt(s), p % BigInt(s)]);
        },
      ),
      {
        numRuns: 5000,
        examples: [
          [2 ** 50, 1, Number.MAX_SAFE_INTEGER],
          [2 ** 50 - 1, 0.999999, 2 ** 53 - 2],
        ],
      },
    );
  });

  it('the plain-number and BigInt engines agree on large amounts and weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 0, max: 2 ** 47 }), { minLength: 1, maxLength: 8 }),
        (R, w) => {
          fc.pre(w.some((x) => x > 0));
          const a = allocateSteps(
            R,
            Float64Array.from(w),
            new Float64Array(w.length),
            new Float64Array(w.length).fill(R),
          );
          const b = allocateStepsBig(
            BigInt(R),
            w.map(BigInt),
            w.map(() => 0n),
            w.map(() => BigInt(R)),
          );
          expect(a && Array.from(a, BigInt)).toEqual(b);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gets exact parts when R · w passes 2^53 (steps of one đồng, weights with six decimals)', () => {
    // R = 15.555.250.000 steps; weights scaled to integers reach 9,9 · 10^10. Expected from exact fractions.
    const lines = weights('1234.567891', '2.5', '0.000001', '98765.4321');
    const spy = jest.spyOn(bigKernel, 'allocateStepsBig');
    const r = allocate({ total: d('15555.25'), lines, step: d('0.000001') });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(parts(r)).toEqual(['192.035321', '0.388872', '0', '15362.825807']);
    if (r.ok) expect(sum(r.parts).equals(d('15555.25'))).toBe(true);
  });

  it('falls back to BigInt for totals or weights beyond plain numbers', () => {
    const spy = jest.spyOn(bigKernel, 'allocateStepsBig');
    expect(run('100000000000000000001', weights(1, 1, 1))).toEqual([
      '33333333333333333334',
      '33333333333333333334',
      '33333333333333333333',
    ]);
    // Scaled weights sum past 2^50.
    expect(run(100, weights('9007199254740993.5', '1', '0.25'), '0.01')).toEqual(['100', '0', '0']);
    expect(run(10, weights('1e30', '1e30', '2e30'))).toEqual(['3', '2', '5']);
    const big: AllocationLine[] = [
      { weight: d(1), min: d('6e19') },
      { weight: d(1), max: d('5e19') },
      { weight: d(2), max: d('1e25') },
    ];
    expect(run('1e20', big)).toEqual([
      '60000000000000000000',
      '13333333333333333333',
      '26666666666666666667',
    ]);
    expect(
      failure('1e20', [
        { weight: d(1), min: d('7e19') },
        { weight: d(1), min: d('4e19') },
      ])[0]?.text.vi,
    ).toBe(
      'Tổng các mức tối thiểu 110.000.000.000.000.000.000 lớn hơn số cần phân bổ 100.000.000.000.000.000.000.',
    );
    expect(spy).toHaveBeenCalledTimes(4);
    spy.mockRestore();
  });
});
