import { InputError } from '@backstage/errors';

const DAY_MS = 86_400_000;
/** About ten years: longer windows are refused rather than drawn day by day. */
export const MAX_WINDOW_DAYS = 3660;

/**
 * Opened and closed counts for every UTC day that a window `[from, to)`
 * touches, days without questions included. Counting is constant time per
 * question: the day is found by arithmetic, not by search.
 */
export class DailyCounter {
  private readonly firstDay: number;
  private readonly opened: number[];
  private readonly closed: number[];

  constructor(from: Date, to: Date) {
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
      throw new InputError('The metrics window needs valid from and to times');
    }
    this.firstDay = Math.floor(from.getTime() / DAY_MS) * DAY_MS;
    const days =
      to.getTime() > from.getTime()
        ? Math.floor((to.getTime() - 1 - this.firstDay) / DAY_MS) + 1
        : 0;
    if (days > MAX_WINDOW_DAYS) {
      throw new InputError(
        `The metrics window from ${from.toISOString()} to ${to.toISOString()} spans ${days} days; at most ${MAX_WINDOW_DAYS} are allowed`,
      );
    }
    this.opened = new Array(days).fill(0);
    this.closed = new Array(days).fill(0);
  }

  /** `ms` must lie in the window. */
  countOpened(ms: number): void {
    this.opened[this.dayIndex(ms)] += 1;
  }

  /** `ms` must lie in the window. */
  countClosed(ms: number): void {
    this.closed[this.dayIndex(ms)] += 1;
  }

  /** One entry per day, oldest first; `date` is `YYYY-MM-DD` (UTC). */
  series(): Array<{ date: string; opened: number; closed: number }> {
    return this.opened.map((opened, i) => ({
      date: new Date(this.firstDay + i * DAY_MS).toISOString().slice(0, 10),
      opened,
      closed: this.closed[i],
    }));
  }

  private dayIndex(ms: number): number {
    return Math.floor((ms - this.firstDay) / DAY_MS);
  }
}
