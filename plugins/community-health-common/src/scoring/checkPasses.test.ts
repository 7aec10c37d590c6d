import { checkPasses } from './checkPasses';

describe('checkPasses', () => {
  it('compares the value with the threshold using the operator', () => {
    const at = (operator: '>=' | '>' | '<=' | '<' | '==') => ({
      operator,
      threshold: 2,
    });
    // The boundary value 2 separates the inclusive from the strict operators.
    expect([1, 2, 3].map(v => checkPasses(at('>='), v))).toEqual([
      false,
      true,
      true,
    ]);
    expect([1, 2, 3].map(v => checkPasses(at('>'), v))).toEqual([
      false,
      false,
      true,
    ]);
    expect([1, 2, 3].map(v => checkPasses(at('<='), v))).toEqual([
      true,
      true,
      false,
    ]);
    expect([1, 2, 3].map(v => checkPasses(at('<'), v))).toEqual([
      true,
      false,
      false,
    ]);
    expect([1, 2, 3].map(v => checkPasses(at('=='), v))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('never passes a missing value, not even an upper bound', () => {
    // A package without a support queue has no backlog value; "backlog <= 10"
    // must not pass by accident.
    expect(checkPasses({ operator: '<=', threshold: 10 }, null)).toBe(false);
    expect(checkPasses({ operator: '>=', threshold: 0 }, null)).toBe(false);
    expect(checkPasses({ operator: '<=', threshold: 10 }, NaN)).toBe(false);
  });

  it('reads shares and fractional thresholds exactly', () => {
    // 0.9 of first responses within target passes "share >= 0.9".
    expect(checkPasses({ operator: '>=', threshold: 0.9 }, 0.9)).toBe(true);
    expect(checkPasses({ operator: '>=', threshold: 0.9 }, 0.899)).toBe(false);
  });
});
