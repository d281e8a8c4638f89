import { doiung } from '../../src/functions/core/doiung';
import { failure, value } from './helpers';

describe('DOIUNG', () => {
  it('rounds the counterpart up to the step: 7.538 × 1,5 % = 113,07 → 114', () => {
    expect(value(doiung(7538, 0.015))).toBe(114);
    expect(value(doiung('7.538', '1,5%'))).toBe(114);
  });

  it('keeps the exact product when the step allows it', () => {
    expect(value(doiung('7.538', '0,015', 0.01))).toBe(113.07);
    expect(value(doiung(7538, 0.1))).toBe(754);
    expect(value(doiung(15089, 0.05, 0.01))).toBe(754.45);
  });

  it('reads a ratio cell formatted as a percentage, which Excel passes as a fraction', () => {
    expect(value(doiung(1000, 0.1))).toBe(100);
  });

  it('refuses negative or empty arguments and a step that is not positive', () => {
    expect(failure(doiung(-1, 0.1)).text.vi).toMatch(/^nstw: là số âm/);
    expect(failure(doiung(100, '-5%')).text.vi).toMatch(/^ty_le: là số âm/);
    expect(failure(doiung(100, '')).text.vi).toBe('ty_le: bị bỏ trống.');
    expect(failure(doiung(100, 0.1, 0)).text.vi).toBe('buoc: bước làm tròn phải lớn hơn 0 (đang là 0).');
    expect(failure(doiung('#N/A', 0.1)).error).toBe('na');
  });
});
