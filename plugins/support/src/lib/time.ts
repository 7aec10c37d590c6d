import { DateTime } from 'luxon';

/** A date and time in the reader's zone, such as `3 Mar 2026, 09:00`. */
export function formatDateTime(iso: string): string {
  return DateTime.fromISO(iso).toLocaleString(DateTime.DATETIME_MED);
}

/** A date in the reader's zone, such as `3 Mar 2026`. */
export function formatDate(iso: string): string {
  return DateTime.fromISO(iso).toLocaleString(DateTime.DATE_MED);
}

/** How far an instant is from now, such as `in 3 hours` or `2 days ago`. */
export function fromNow(iso: string, now: Date = new Date()): string {
  return (
    DateTime.fromISO(iso).toRelative({ base: DateTime.fromJSDate(now) }) ?? iso
  );
}

/** Hours as people read them: `45 min`, `3.5 h`, `2.1 d`; `–` when there is no value. */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '–';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Number(hours.toFixed(1))} h`;
  return `${Number((hours / 24).toFixed(1))} d`;
}
