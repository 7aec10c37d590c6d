import { describeRecurrence } from './describeRecurrence';

describe('describeRecurrence', () => {
  it.each([
    ['FREQ=MONTHLY;BYDAY=2TH', 'Every month on the second Thursday'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'Every month on the last Friday'],
    ['FREQ=WEEKLY;BYDAY=WE', 'Every week on Wednesday'],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
      'Every 2 weeks on Monday and Wednesday',
    ],
    ['FREQ=DAILY;COUNT=5', 'Every day, 5 times'],
    ['FREQ=MONTHLY;BYMONTHDAY=15', 'Every month on day 15'],
    [
      'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270301T000000Z',
      'Every week on Tuesday, until 1 Mar 2027',
    ],
  ])('says %s as "%s"', (rule, words) => {
    expect(describeRecurrence(rule)).toBe(words);
  });

  it.each([
    'FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU',
    'FREQ=HOURLY',
    'FREQ=WEEKLY;BYDAY=2TH',
    'nonsense',
  ])('gives up on %s', rule => {
    expect(describeRecurrence(rule)).toBeUndefined();
  });
});
