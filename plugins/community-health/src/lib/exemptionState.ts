import type { Exemption } from '@community-hub/plugin-community-health-common';

/** Where an exemption stands: it applies, it ran out, or someone withdrew it. */
export type ExemptionState = 'active' | 'expired' | 'withdrawn';

/** Today as a UTC date, the way exemption expiry dates are compared. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * An exemption's state on a day (ISO date, UTC). The expiry date is
 * inclusive: an exemption that expires today still applies today.
 */
export function exemptionState(
  exemption: Exemption,
  today: string,
): ExemptionState {
  if (exemption.revokedAt) return 'withdrawn';
  return exemption.expiresOn.slice(0, 10) < today ? 'expired' : 'active';
}
