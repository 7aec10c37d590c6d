/** True for an ISO calendar date (YYYY-MM-DD) that exists, so not 2023-02-30. */
export function isRealDate(isoDate: string): boolean {
  const parsed = new Date(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === isoDate;
}
