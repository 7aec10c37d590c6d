import type { MetricsWindow } from '@community-hub/plugin-support-common';

/** The windows the metrics page offers, in days. */
export const WINDOW_DAYS = [30, 90, 365] as const;

/** A window length the page offers. */
export type WindowDays = (typeof WINDOW_DAYS)[number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Reads the window from the address; 90 days unless another offered length is given. */
export function parseWindowDays(value: string | null): WindowDays {
  const days = Number(value);
  return (WINDOW_DAYS as readonly number[]).includes(days)
    ? (days as WindowDays)
    : 90;
}

/** The last `days` days up to the start of the next hour, so reloads ask for the same window. */
export function metricsWindow(
  days: number,
  now: Date = new Date(),
): MetricsWindow {
  const to = Math.ceil(now.getTime() / HOUR) * HOUR;
  return {
    from: new Date(to - days * DAY).toISOString(),
    to: new Date(to).toISOString(),
  };
}
