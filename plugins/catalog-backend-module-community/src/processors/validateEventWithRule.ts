import { Entity } from '@backstage/catalog-model';
import { validateEventEntity } from '@community-hub/catalog-common';
import ICAL from 'ical.js';

/**
 * The catalog-common checks of an Event, plus the RFC 5545 syntax of its
 * recurrence rule. False for other kinds; throws naming the field.
 */
export function validateEventWithRule(entity: Entity): boolean {
  if (!validateEventEntity(entity)) {
    return false;
  }
  const rrule = entity.spec.recurrence?.rrule;
  if (rrule) {
    try {
      ICAL.Recur.fromString(rrule);
    } catch (error) {
      throw new TypeError(
        `/spec/recurrence/rrule is not a valid RFC 5545 rule: ${
          (error as Error).message
        }`,
      );
    }
  }
  return true;
}
