import type { Exemption } from '../types';

/** The UTC calendar day of a moment, as `YYYY-MM-DD`. */
export function utcDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/**
 * The exemptions that apply at `now`: not withdrawn, and not expired. An
 * exemption's `expiresOn` day is inclusive and read in UTC, so one that
 * expires on 2027-03-31 still applies at 2027-03-31T23:59Z and no longer at
 * 2027-04-01T00:00Z.
 *
 * @public
 */
export function activeExemptions(
  exemptions: Exemption[],
  now: Date,
): Exemption[] {
  const today = utcDay(now);
  return exemptions.filter(
    exemption =>
      !exemption.revokedAt && exemption.expiresOn.slice(0, 10) >= today,
  );
}
