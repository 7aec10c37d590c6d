import type { ResponseClock } from './api/types';

/** An ISO 8601 duration's parts (`P3D`, `PT4H`, `P1DT12H`). @public */
export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * Days, then an optional time part with hours and minutes; whole numbers
 * only. Years, months and weeks are left out on purpose: months have no
 * fixed length, and a week is ambiguous on a business-day clock.
 */
const DURATION_PATTERN = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/**
 * Reads an ISO 8601 duration of days, hours and minutes: `PT4H`, `P1D`,
 * `P1DT12H`, `PT30M`.
 *
 * @throws Error naming the text when it is not such a duration (`P`, `4h`,
 *   `PT-1H`, `P1W`, `PT`).
 * @public
 */
export function parseIsoDuration(text: string): DurationParts {
  const match = DURATION_PATTERN.exec(text);
  // `P` and `PT` match the pattern with no part at all; `P1DT` has an empty time part.
  const hasTimePart = match?.[2] !== undefined || match?.[3] !== undefined;
  if (
    !match ||
    (match[1] === undefined && !hasTimePart) ||
    (text.includes('T') && !hasTimePart)
  ) {
    throw new Error(
      `Invalid duration "${text}": expected an ISO 8601 duration of days, hours and minutes such as PT4H, P1D or P1DT12H`,
    );
  }
  return {
    days: Number(match[1] ?? 0),
    hours: Number(match[2] ?? 0),
    minutes: Number(match[3] ?? 0),
  };
}

function isWeekend(ms: number): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Monday 00:00 UTC after a weekend instant; other instants unchanged. */
function skipWeekend(ms: number): number {
  let result = ms;
  while (isWeekend(result)) {
    result = startOfUtcDay(result) + DAY_MS;
  }
  return result;
}

/** `days` business days later at the same time of day; `ms` is on a business day. */
function addBusinessDays(ms: number, days: number): number {
  // Five business days are always one calendar week.
  let result = ms + Math.floor(days / 5) * 7 * DAY_MS;
  for (let i = 0; i < days % 5; i++) {
    result += DAY_MS;
    while (isWeekend(result)) {
      result += DAY_MS;
    }
  }
  return result;
}

/** Adds working time that runs only on business days; `ms` is on a business day. */
function addBusinessTime(ms: number, durationMs: number): number {
  const leftToday = startOfUtcDay(ms) + DAY_MS - ms;
  if (durationMs < leftToday) {
    return ms + durationMs;
  }
  // Use up today, then whole business days from the next business midnight.
  const remaining = durationMs - leftToday;
  const nextMidnight = skipWeekend(startOfUtcDay(ms) + DAY_MS);
  const wholeDays = Math.floor(remaining / DAY_MS);
  return addBusinessDays(nextMidnight, wholeDays) + (remaining % DAY_MS);
}

/**
 * When a response target that starts at `start` falls due.
 *
 * - `calendar`: plain addition, around the clock.
 * - `business-days`: Monday to Friday, UTC. A start on a weekend counts from
 *   the next Monday 00:00 UTC. Days are business days, landing at the same
 *   time of day (Friday 16:00 + `P1D` = Monday 16:00). Hours and minutes run
 *   only on business days (Friday 22:00 + `PT4H` = Monday 02:00). Days are
 *   added before hours. A due time never falls on a weekend: time that runs
 *   out exactly at the end of a Friday is due on Monday at 00:00, the same
 *   moment in business time, so `PT24H` and `P1D` always agree.
 *
 * @throws Error naming the duration when it is invalid.
 * @public
 */
export function addResponseTime(
  start: Date,
  duration: string,
  clock: ResponseClock,
): Date {
  const startMs = start.getTime();
  if (Number.isNaN(startMs)) {
    throw new Error(`Invalid start time for the duration "${duration}"`);
  }
  const { days, hours, minutes } = parseIsoDuration(duration);
  const timeMs = hours * HOUR_MS + minutes * MINUTE_MS;

  let due: number;
  if (clock === 'calendar') {
    due = startMs + days * DAY_MS + timeMs;
  } else if (clock === 'business-days') {
    due = addBusinessDays(skipWeekend(startMs), days);
    if (timeMs > 0) {
      due = addBusinessTime(due, timeMs);
    }
  } else {
    throw new Error(`Unknown response clock "${clock}"`);
  }

  const result = new Date(due);
  if (Number.isNaN(result.getTime())) {
    throw new Error(`The duration "${duration}" is too long`);
  }
  return result;
}
