import { so } from '../../src/functions/core/so';
import { failure, value } from './helpers';

describe('SO', () => {
  it('writes figures the Vietnamese way, exactly as many decimals as they have', () => {
    expect(value(so(15555.25))).toBe('15.555,25');
    expect(value(so(7645))).toBe('7.645');
    expect(value(so(-107))).toBe('-107');
    expect(value(so('1.469'))).toBe('1.469');
    expect(value(so(0.1 + 0.2))).toBe('0,3');
  });

  it('pads with zeros to so_le decimals', () => {
    expect(value(so(466.25, 3))).toBe('466,250');
    expect(value(so(1469, '2'))).toBe('1.469,00');
    expect(value(so(466.25, 2))).toBe('466,25');
  });

  it('refuses to round: fewer decimals than the figure has is #NUM! explaining why', () => {
    const e = failure(so(466.25, 1));
    expect(e.error).toBe('num');
    expect(e.text.vi).toMatch(/^so_le: 466,25 có 2 chữ số thập phân; hiện 1 chữ số thì phải làm tròn/);
  });

  it('refuses a so_le that is not a whole number from 0 to 20', () => {
    expect(failure(so(1, 1.5)).text.vi).toBe('so_le: phải là số nguyên từ 0 đến 20 (đang là 1,5).');
    expect(failure(so(1, -1)).error).toBe('value');
    expect(failure(so(1, 21)).error).toBe('value');
  });
});
