const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the UTC day of an instant or ISO date. */
export function toEpochDay(value: string | Date): number {
  const millis =
    typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(millis)) {
    throw new Error(`Not a date: ${String(value)}`);
  }
  return Math.floor(millis / DAY_MS);
}

/** The ISO date (YYYY-MM-DD) of a day counted from 1970-01-01. */
export function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
