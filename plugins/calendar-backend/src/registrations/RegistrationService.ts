import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { ConflictError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  MyRegistration,
  RegistrationSummary,
} from '@community-hub/plugin-calendar-common';
import { EventSnapshot, IndexedEvent } from '../eventIndex/EventSnapshot';
import { Registration, RegistrationStore } from './RegistrationStore';
import { describeClosedReason, registrationWindow } from './registrationWindow';

/** The catalog page of an event, for links in notifications. */
export function eventPageLink(eventRef: string): string {
  const { namespace, name } = parseEntityRef(eventRef);
  return `/catalog/${namespace}/event/${name}`;
}

function toMyRegistration(
  registration: Registration | undefined,
): MyRegistration {
  if (!registration) return { status: 'none' };
  if (registration.status === 'registered') {
    return { status: 'registered', registeredAt: registration.registeredAt };
  }
  return {
    status: 'waitlisted',
    registeredAt: registration.registeredAt,
    waitlistPosition: registration.waitlistPosition!,
  };
}

/** Registration rules around the store: the window, capacity, and who hears about a freed seat. */
export class RegistrationService {
  constructor(
    private readonly options: {
      store: RegistrationStore;
      notifications: NotificationService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  async summary(
    indexed: IndexedEvent,
    userRef: string,
  ): Promise<RegistrationSummary> {
    const { store } = this.options;
    const eventRef = indexed.event.entityRef;
    const [counts, mine] = await Promise.all([
      store.counts(eventRef),
      store.get(eventRef, userRef),
    ]);
    const window = registrationWindow(indexed, this.now());
    const { capacity } = indexed.event;
    return {
      capacity,
      registered: counts.registered,
      waitlisted: counts.waitlisted,
      seatsLeft:
        capacity === undefined
          ? undefined
          : Math.max(0, capacity - counts.registered),
      open: window.open,
      closedReason: window.open ? undefined : window.reason,
      mine: toMyRegistration(mine),
    };
  }

  async register(
    indexed: IndexedEvent,
    userRef: string,
  ): Promise<RegistrationSummary> {
    const now = this.now();
    const window = registrationWindow(indexed, now);
    if (!window.open) {
      throw new ConflictError(
        `Registration for '${
          indexed.event.title
        }' is closed: ${describeClosedReason(window.reason)}`,
      );
    }
    await this.options.store.register({
      eventRef: indexed.event.entityRef,
      userRef,
      capacity: indexed.event.capacity,
      now,
    });
    return this.summary(indexed, userRef);
  }

  async cancel(
    indexed: IndexedEvent,
    userRef: string,
  ): Promise<RegistrationSummary> {
    const { event } = indexed;
    const result = await this.options.store.cancel(
      event.entityRef,
      userRef,
      event.capacity,
    );
    if (!result.cancelled) {
      throw new ConflictError(
        `${userRef} is not registered for '${event.title}'`,
      );
    }
    if (result.promoted) {
      await this.notifySeat(indexed, [result.promoted]);
    }
    return this.summary(indexed, userRef);
  }

  /**
   * Gives seats to waitlisted people of events whose capacity was raised
   * since they joined the waitlist, and tells them.
   */
  async fillRaisedCapacities(snapshot: EventSnapshot): Promise<void> {
    for (const eventRef of await this.options.store.eventsWithWaitlist()) {
      const indexed = snapshot.get(eventRef);
      if (!indexed?.event.capacity) continue;
      const promoted = await this.options.store.fillFreeSeats(
        eventRef,
        indexed.event.capacity,
      );
      if (promoted.length > 0) await this.notifySeat(indexed, promoted);
    }
  }

  /** Tells people moved from the waitlist that they have a seat. */
  async notifySeat(indexed: IndexedEvent, userRefs: string[]): Promise<void> {
    const { event } = indexed;
    try {
      await this.options.notifications.send({
        recipients: { type: 'entity', entityRef: userRefs },
        payload: {
          title: `You have a seat at ${event.title}`,
          description:
            'A seat freed up and you were next on the waitlist; cancel your registration if you can no longer come.',
          link: eventPageLink(event.entityRef),
          topic: 'calendar',
          severity: 'normal',
          scope: `calendar:seat:${event.entityRef}`,
        },
      });
    } catch (error) {
      // The seat is theirs either way; the event page shows it.
      this.options.logger.warn(
        `Could not notify ${userRefs.join(', ')} of their seat at ${
          event.entityRef
        }: ${error}`,
      );
    }
  }
}
