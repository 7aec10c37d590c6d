import { validateExemption } from './validateExemption';

const options = { checkIds: ['has-docs', 'events'], today: '2026-12-01' };
const valid = {
  checkId: 'events',
  justification: 'A tool; events are run by the core team.',
  expiresOn: '2027-03-31',
};

describe('validateExemption', () => {
  it('accepts a check of the scorecard, a reason and a date up to a year ahead', () => {
    expect(validateExemption(valid, options)).toEqual({});
    // 2026-12-01 plus one year is 2027-12-01, the last day allowed
    expect(
      validateExemption({ ...valid, expiresOn: '2027-12-01' }, options),
    ).toEqual({});
    expect(
      validateExemption({ ...valid, expiresOn: '2026-12-02' }, options),
    ).toEqual({});
  });

  it('names each field that is missing or wrong', () => {
    expect(
      validateExemption(
        { checkId: '', justification: '   ', expiresOn: '' },
        options,
      ),
    ).toEqual({
      checkId: 'Choose the check the exemption is for.',
      justification: 'Say why the check does not apply.',
      expiresOn: 'Choose the last day the exemption applies.',
    });
    expect(
      validateExemption({ ...valid, checkId: 'no-such-check' }, options)
        .checkId,
    ).toBe('This check is not part of the scorecard.');
    expect(
      validateExemption({ ...valid, justification: 'x'.repeat(2001) }, options)
        .justification,
    ).toBe('Keep it to 2,000 characters; this is 2,001.');
  });

  it('refuses dates that are not real, not after today or more than a year ahead', () => {
    const expiry = (expiresOn: string) =>
      validateExemption({ ...valid, expiresOn }, options).expiresOn;
    expect(expiry('2027-02-30')).toBe('Enter a date such as 2027-03-31.');
    expect(expiry('31/03/2027')).toBe('Enter a date such as 2027-03-31.');
    expect(expiry('2026-12-01')).toBe('Choose a day after today.');
    expect(expiry('2026-11-01')).toBe('Choose a day after today.');
    expect(expiry('2027-12-02')).toBe(
      'Exemptions last at most a year: choose 1 Dec 2027 or earlier.',
    );
  });
});
