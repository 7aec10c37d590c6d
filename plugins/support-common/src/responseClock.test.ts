import { addResponseTime, parseIsoDuration } from './responseClock';

// December 2026: Friday 4, Saturday 5, Sunday 6, Monday 7, Friday 11,
// Monday 14, Friday 18, Monday 21; 1 January 2027 is a Friday.
const due = (
  start: string,
  duration: string,
  clock: 'calendar' | 'business-days',
) => addResponseTime(new Date(start), duration, clock).toISOString();

describe('parseIsoDuration', () => {
  it('reads days, hours and minutes', () => {
    expect(parseIsoDuration('PT4H')).toEqual({ days: 0, hours: 4, minutes: 0 });
    expect(parseIsoDuration('P1D')).toEqual({ days: 1, hours: 0, minutes: 0 });
    expect(parseIsoDuration('P14D')).toEqual({
      days: 14,
      hours: 0,
      minutes: 0,
    });
    expect(parseIsoDuration('P1DT12H')).toEqual({
      days: 1,
      hours: 12,
      minutes: 0,
    });
    expect(parseIsoDuration('PT1H30M')).toEqual({
      days: 0,
      hours: 1,
      minutes: 30,
    });
    expect(parseIsoDuration('PT0M')).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it.each([
    'P',
    'PT',
    'P1DT',
    '4h',
    'pt4h',
    'PT-1H',
    'PT1.5H',
    'P1W',
    'P1M',
    'P1Y',
    'PT30S',
    ' PT4H',
    '',
  ])('refuses %p and names it', text => {
    expect(() => parseIsoDuration(text)).toThrow(`Invalid duration "${text}"`);
  });
});

describe('addResponseTime on the calendar clock', () => {
  it('adds hours across midnight and the new year', () => {
    // 22:30 + 4 h = 02:30 the next day.
    expect(due('2026-12-31T22:30:00Z', 'PT4H', 'calendar')).toBe(
      '2027-01-01T02:30:00.000Z',
    );
  });

  it('counts weekends like any other day', () => {
    // Saturday 22:00 + 4 h = Sunday 02:00; Friday 16:00 + 1 d = Saturday 16:00.
    expect(due('2026-12-05T22:00:00Z', 'PT4H', 'calendar')).toBe(
      '2026-12-06T02:00:00.000Z',
    );
    expect(due('2026-12-04T16:00:00Z', 'P1D', 'calendar')).toBe(
      '2026-12-05T16:00:00.000Z',
    );
  });

  it('adds days and a time part together', () => {
    // Friday 16:00 + 1 d 12 h = Sunday 04:00.
    expect(due('2026-12-04T16:00:00Z', 'P1DT12H', 'calendar')).toBe(
      '2026-12-06T04:00:00.000Z',
    );
  });
});

describe('addResponseTime on the business-days clock', () => {
  it('lands a day after Friday afternoon on Monday at the same time', () => {
    expect(due('2026-12-04T16:00:00Z', 'P1D', 'business-days')).toBe(
      '2026-12-07T16:00:00.000Z',
    );
  });

  it('counts a weekend start from Monday 00:00', () => {
    // Saturday 10:00 -> Monday 00:00, + 1 business day = Tuesday 00:00.
    expect(due('2026-12-05T10:00:00Z', 'P1D', 'business-days')).toBe(
      '2026-12-08T00:00:00.000Z',
    );
    // Sunday 23:00 -> Monday 00:00, + 4 h = Monday 04:00.
    expect(due('2026-12-06T23:00:00Z', 'PT4H', 'business-days')).toBe(
      '2026-12-07T04:00:00.000Z',
    );
  });

  it('runs hours only on business days', () => {
    // Friday 22:00: 2 h left on Friday, the other 2 h on Monday.
    expect(due('2026-12-04T22:00:00Z', 'PT4H', 'business-days')).toBe(
      '2026-12-07T02:00:00.000Z',
    );
    // Thursday 22:30 + 4 h crosses midnight into Friday as usual.
    expect(due('2026-12-31T22:30:00Z', 'PT4H', 'business-days')).toBe(
      '2027-01-01T02:30:00.000Z',
    );
    // Monday 00:00 + 100 h: Monday to Thursday are 96 h, then 4 h on Friday.
    expect(due('2026-12-07T00:00:00Z', 'PT100H', 'business-days')).toBe(
      '2026-12-11T04:00:00.000Z',
    );
  });

  it('never falls due on a weekend: time that runs out at Friday midnight is due Monday 00:00', () => {
    // Friday 20:00 + 4 h ends Friday; due Monday 00:00, the same moment in business time.
    expect(due('2026-12-04T20:00:00Z', 'PT4H', 'business-days')).toBe(
      '2026-12-07T00:00:00.000Z',
    );
    // So 24 hours and one day agree from Friday 00:00 ...
    expect(due('2026-12-04T00:00:00Z', 'PT24H', 'business-days')).toBe(
      due('2026-12-04T00:00:00Z', 'P1D', 'business-days'),
    );
    // ... and from any other time.
    expect(due('2026-12-02T09:15:00Z', 'PT24H', 'business-days')).toBe(
      '2026-12-03T09:15:00.000Z',
    );
  });

  it('adds days before hours', () => {
    // Friday 16:00 + 1 business day = Monday 16:00; + 12 h: 8 h on Monday, 4 h on Tuesday.
    expect(due('2026-12-04T16:00:00Z', 'P1DT12H', 'business-days')).toBe(
      '2026-12-08T04:00:00.000Z',
    );
  });

  it('spans weekends for multi-week targets', () => {
    // Wednesday 2 December 10:00 + 14 business days:
    // Thu 3, Fri 4 | Mon 7 .. Fri 11 | Mon 14 .. Fri 18 | Mon 21, Tue 22 (the 14th).
    expect(due('2026-12-02T10:00:00Z', 'P14D', 'business-days')).toBe(
      '2026-12-22T10:00:00.000Z',
    );
    // Friday 4 December 16:00 + 14: Mon 7 .. Fri 11 (5), Mon 14 .. Fri 18 (10),
    // Mon 21, Tue 22, Wed 23, Thu 24 (14).
    expect(due('2026-12-04T16:00:00Z', 'P14D', 'business-days')).toBe(
      '2026-12-24T16:00:00.000Z',
    );
    // Five business days are a calendar week; three from Wednesday end on Monday.
    expect(due('2026-12-07T09:00:00Z', 'P5D', 'business-days')).toBe(
      '2026-12-14T09:00:00.000Z',
    );
    expect(due('2026-12-02T10:00:00Z', 'P3D', 'business-days')).toBe(
      '2026-12-07T10:00:00.000Z',
    );
  });

  it('is never earlier than the start, never on a weekend, and never earlier for a later start', () => {
    const durations = ['PT30M', 'PT4H', 'PT24H', 'P1D', 'P3D', 'P1DT12H'];
    for (const duration of durations) {
      let previous = -Infinity;
      // Every half hour of two weeks, starting Monday 30 November.
      for (let step = 0; step < 14 * 48; step++) {
        const start = new Date(Date.UTC(2026, 10, 30) + step * 1_800_000);
        const result = addResponseTime(start, duration, 'business-days');
        expect(result.getTime()).toBeGreaterThan(start.getTime() - 1);
        expect([0, 6]).not.toContain(result.getUTCDay());
        expect(result.getTime()).toBeGreaterThanOrEqual(previous);
        previous = result.getTime();
      }
    }
  });
});

describe('addResponseTime with bad input', () => {
  it('names an invalid duration', () => {
    expect(() =>
      addResponseTime(new Date('2026-12-04T16:00:00Z'), '4h', 'business-days'),
    ).toThrow('"4h"');
  });

  it('refuses an invalid start', () => {
    expect(() =>
      addResponseTime(new Date('not a date'), 'PT4H', 'calendar'),
    ).toThrow('Invalid start time');
  });

  it('refuses a duration beyond the range of dates', () => {
    expect(() =>
      addResponseTime(
        new Date('2026-12-04T16:00:00Z'),
        'P999999999999D',
        'calendar',
      ),
    ).toThrow('"P999999999999D" is too long');
  });
});
