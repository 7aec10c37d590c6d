import { DateTime } from 'luxon';

/** What the person typed into the exemption form. */
export interface ExemptionDraft {
  checkId: string;
  justification: string;
  expiresOn: string;
}

/** A message per field that is not acceptable yet. */
export type ExemptionErrors = Partial<Record<keyof ExemptionDraft, string>>;

/** The latest expiry date the server accepts for an exemption made `today`: a year ahead. */
export function latestExpiry(today: string): string {
  return DateTime.fromISO(today, { zone: 'utc' })
    .plus({ years: 1 })
    .toISODate()!;
}

/** The earliest expiry date the server accepts: tomorrow. */
export function earliestExpiry(today: string): string {
  return DateTime.fromISO(today, { zone: 'utc' })
    .plus({ days: 1 })
    .toISODate()!;
}

/** The longest justification the server accepts. */
export const MAX_JUSTIFICATION = 2000;

/**
 * Checks the exemption form before it is sent: a check of the scorecard, a
 * justification (at most 2,000 characters) and an expiry date that is a real
 * date after today and at most a year ahead (`today` is the UTC date, as the
 * server compares).
 */
export function validateExemption(
  draft: ExemptionDraft,
  options: { checkIds: string[]; today: string },
): ExemptionErrors {
  const errors: ExemptionErrors = {};
  if (!draft.checkId) {
    errors.checkId = 'Choose the check the exemption is for.';
  } else if (!options.checkIds.includes(draft.checkId)) {
    errors.checkId = 'This check is not part of the scorecard.';
  }
  const justification = draft.justification.trim();
  if (!justification) {
    errors.justification = 'Say why the check does not apply.';
  } else if (justification.length > MAX_JUSTIFICATION) {
    errors.justification = `Keep it to ${MAX_JUSTIFICATION.toLocaleString(
      'en-US',
    )} characters; this is ${justification.length.toLocaleString('en-US')}.`;
  }
  if (!draft.expiresOn) {
    errors.expiresOn = 'Choose the last day the exemption applies.';
  } else if (!isIsoDate(draft.expiresOn)) {
    errors.expiresOn = 'Enter a date such as 2027-03-31.';
  } else if (draft.expiresOn < earliestExpiry(options.today)) {
    errors.expiresOn = 'Choose a day after today.';
  } else if (draft.expiresOn > latestExpiry(options.today)) {
    errors.expiresOn = `Exemptions last at most a year: choose ${formatDay(
      latestExpiry(options.today),
    )} or earlier.`;
  }
  return errors;
}

/** Whether a string is a calendar date written YYYY-MM-DD (rejects 2027-02-30). */
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A date as "31 Mar 2027". */
function formatDay(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' })
    .setLocale('en-US')
    .toFormat('d LLL yyyy');
}
