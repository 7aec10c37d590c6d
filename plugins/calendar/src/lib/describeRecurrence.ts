import { DateTime } from 'luxon';

const WEEKDAYS: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

const ORDINALS: Record<string, string> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
  '5': 'fifth',
  '-1': 'last',
  '-2': 'second to last',
};

const UNITS: Record<string, [one: string, several: string]> = {
  DAILY: ['day', 'days'],
  WEEKLY: ['week', 'weeks'],
  MONTHLY: ['month', 'months'],
  YEARLY: ['year', 'years'],
};

const SIMPLE_PARTS = new Set([
  'FREQ',
  'INTERVAL',
  'BYDAY',
  'BYMONTHDAY',
  'COUNT',
  'UNTIL',
  'WKST',
]);

function list(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function describeDay(byDay: string, monthly: boolean): string | undefined {
  const match = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
  if (!match) return undefined;
  const [, ordinal, day] = match;
  if (!ordinal) return WEEKDAYS[day];
  if (!monthly) return undefined;
  const word = ORDINALS[ordinal.replace('+', '')];
  return word ? `the ${word} ${WEEKDAYS[day]}` : undefined;
}

function describeUntil(until: string): string | undefined {
  const date = DateTime.fromISO(until.slice(0, 8), { zone: 'UTC' });
  return date.isValid
    ? date.setLocale('en-GB').toFormat('d LLL yyyy')
    : undefined;
}

/**
 * An RFC 5545 recurrence rule in words, for the rules people usually write:
 * "Every month on the second Thursday", "Every 2 weeks on Monday and
 * Wednesday, 6 times". Returns `undefined` for rules it cannot say simply.
 */
export function describeRecurrence(rrule: string): string | undefined {
  const parts = new Map<string, string>();
  for (const part of rrule.replace(/^RRULE:/i, '').split(';')) {
    const [key, value] = part.split('=');
    if (!key || value === undefined) return undefined;
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  if ([...parts.keys()].some(key => !SIMPLE_PARTS.has(key))) return undefined;
  const unit = UNITS[parts.get('FREQ') ?? ''];
  if (!unit) return undefined;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return undefined;

  let text =
    interval === 1 ? `Every ${unit[0]}` : `Every ${interval} ${unit[1]}`;
  const monthly = parts.get('FREQ') === 'MONTHLY';
  const byDay = parts.get('BYDAY');
  if (byDay) {
    const days = byDay.split(',').map(day => describeDay(day, monthly));
    if (days.some(day => day === undefined)) return undefined;
    text += ` on ${list(days as string[])}`;
  }
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay) {
    if (!monthly || byDay || !/^\d{1,2}(,\d{1,2})*$/.test(byMonthDay))
      return undefined;
    const days = byMonthDay.split(',');
    text += ` on day${days.length > 1 ? 's' : ''} ${list(days)}`;
  }
  const count = parts.get('COUNT');
  if (count) {
    text += `, ${count} times`;
  }
  const until = parts.get('UNTIL');
  if (until) {
    const date = describeUntil(until);
    if (!date) return undefined;
    text += `, until ${date}`;
  }
  return text;
}
