import {
  addDays,
  addMonths,
  nthWeekdayOfMonth,
  untilStamp,
  wallTime,
  WEEKDAYS,
} from './calendarDates.mjs';

// Weekly or monthly rules whose first occurrence is the event's start (the
// rule always matches the start date), so every recurring event occurs in
// the benchmark year whatever its end and exception dates.

function weeklyRule(random, start) {
  const interval = random.next() < 0.25 ? 2 : 1;
  return {
    parts: [
      'FREQ=WEEKLY',
      ...(interval > 1 ? [`INTERVAL=${interval}`] : []),
      `BYDAY=${WEEKDAYS[start.getUTCDay()]}`,
    ],
    occurrence: k => addDays(start, 7 * interval * k),
    counts: [6, 40],
  };
}

function monthlyRule(random, start) {
  if (random.next() < 0.5) {
    const n = Math.ceil(start.getUTCDate() / 7);
    const weekday = start.getUTCDay();
    return {
      parts: ['FREQ=MONTHLY', `BYDAY=${n}${WEEKDAYS[weekday]}`],
      occurrence: k => nthWeekdayOfMonth(start, k, weekday, n),
      counts: [3, 12],
    };
  }
  return {
    parts: ['FREQ=MONTHLY', `BYMONTHDAY=${start.getUTCDate()}`],
    occurrence: k => addMonths(start, k),
    counts: [3, 12],
  };
}

/**
 * A recurrence for an event starting on `start` (a day of month up to 28) at
 * hour:minute: 60 % weekly, 40 % monthly; ended by COUNT (30 %), UNTIL (30 %)
 * or endless (40 %); 40 % with one to three exception dates among the next
 * few occurrences.
 */
export function generateRecurrence(random, start, hour, minute) {
  const rule =
    random.next() < 0.6
      ? weeklyRule(random, start)
      : monthlyRule(random, start);
  const ending = random.next();
  if (ending < 0.3) {
    rule.parts.push(`COUNT=${random.int(...rule.counts)}`);
  } else if (ending < 0.6) {
    rule.parts.push(`UNTIL=${untilStamp(addDays(start, random.int(60, 300)))}`);
  }
  const recurrence = { rrule: rule.parts.join(';') };
  if (random.next() < 0.4) {
    const skipped = random.sample([1, 2, 3, 4], random.int(1, 3)).sort();
    recurrence.exdates = skipped.map(k =>
      wallTime(rule.occurrence(k), hour, minute),
    );
  }
  return recurrence;
}
