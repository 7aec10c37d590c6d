import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { HumanDuration } from '@backstage/types';
import {
  CalendarEvent,
  CalendarOccurrence,
} from '@community-hub/plugin-calendar-common';
import { DateTime, Duration } from 'luxon';
import { EventIndex } from '../eventIndex/EventIndex';
import { eventPageLink } from '../registrations/RegistrationService';
import { RegistrationStore } from '../registrations/RegistrationStore';
import { ReminderStore } from './ReminderStore';

/** How long sent reminders are remembered after their occurrence started. */
const KEEP_SENT_DAYS = 30;

interface Reminder {
  /** ISO duration, e.g. `P1D`: the key under which it is claimed. */
  key: string;
  offsetMs: number;
  words: string;
}

const UNITS = [
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
] as const;

/** "1 day", "2 hours and 30 minutes". */
function inWords(offset: HumanDuration): string {
  const parts = UNITS.filter(unit => offset[unit]).map(unit => {
    const count = offset[unit]!;
    return `${count} ${count === 1 ? unit.slice(0, -1) : unit}`;
  });
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
    : parts[0] ?? 'a moment';
}

function toReminder(offset: HumanDuration): Reminder {
  const duration = Duration.fromObject(offset);
  return {
    key: duration.toISO()!,
    offsetMs: duration.toMillis(),
    words: inWords(offset),
  };
}

/** "Tomorrow: Kestrel community call", "In 1 hour: Kestrel community call". */
function titleOf(reminder: Reminder, event: CalendarEvent): string {
  const when = reminder.key === 'P1D' ? 'Tomorrow' : `In ${reminder.words}`;
  return `${when}: ${event.title}`;
}

/** When and where, in the event's own zone: "Thursday 10 December 2026, 17:00 (Europe/Berlin), online: https://…". */
function descriptionOf(
  event: CalendarEvent,
  occurrence: CalendarOccurrence,
): string {
  const start = DateTime.fromISO(occurrence.start, {
    zone: event.timeZone,
  }).setLocale('en-GB');
  const when = event.allDay
    ? start.toFormat('cccc d LLLL yyyy')
    : `${start.toFormat('cccc d LLLL yyyy, HH:mm')} (${event.timeZone})`;
  const { venue, address, onlineUrl } = event.location ?? {};
  const place = [venue, address].filter(Boolean).join(', ');
  const where = [
    place && `at ${place}`,
    onlineUrl && `online: ${onlineUrl}`,
  ].filter(Boolean);
  return where.length ? `${when}, ${where.join('; ')}` : when;
}

/**
 * Reminds registrants of their events: once per occurrence and configured
 * offset (a day before, an hour before…). A reminder is due from its
 * offset before the start until the start, but only while it is fresh: one
 * that became due more than two scan intervals ago is not sent late, so
 * someone registering three hours before an event hears nothing of
 * "tomorrow" but does get the hour's reminder. Each reminder is claimed in
 * the database first, so that racing replicas send it once.
 */
export async function sendReminders(options: {
  index: EventIndex;
  registrationStore: RegistrationStore;
  reminderStore: ReminderStore;
  notifications: NotificationService;
  logger: LoggerService;
  reminders: HumanDuration[];
  scanEvery: HumanDuration;
  now: Date;
}): Promise<{ sent: number }> {
  const { index, registrationStore, reminderStore, notifications, logger } =
    options;
  const now = options.now.getTime();
  const freshFrom = now - 2 * Duration.fromObject(options.scanEvery).toMillis();
  const reminders = options.reminders.map(toReminder);
  const horizon = Math.max(0, ...reminders.map(r => r.offsetMs));
  let sent = 0;

  const snapshot = await index.current();
  for (const eventRef of await registrationStore.eventsWithRegistrations()) {
    const indexed = snapshot.get(eventRef);
    if (!indexed) continue;
    const { event } = indexed;
    if (event.category !== 'gathering' || event.status !== 'scheduled') {
      continue;
    }

    const upcoming = snapshot.occurrencesOf(indexed, {
      from: new Date(now),
      to: new Date(now + horizon + 1),
    });
    for (const occurrence of upcoming) {
      const start = Date.parse(occurrence.start);
      for (const reminder of reminders) {
        const dueAt = start - reminder.offsetMs;
        if (now < dueAt || now >= start || dueAt <= freshFrom) continue;
        try {
          const recipients = await registrationStore.registeredUsers(eventRef);
          if (recipients.length === 0) continue;
          const claimed = await reminderStore.claim(
            eventRef,
            occurrence.start,
            reminder.key,
            options.now,
          );
          if (!claimed) continue;
          await notifications.send({
            recipients: { type: 'entity', entityRef: recipients },
            payload: {
              title: titleOf(reminder, event),
              description: descriptionOf(event, occurrence),
              link: eventPageLink(eventRef),
              topic: 'calendar',
              scope: `calendar:reminder:${eventRef}:${occurrence.start}:${reminder.key}`,
            },
          });
          sent += 1;
        } catch (error) {
          logger.warn(
            `Could not send the ${reminder.key} reminder of ${eventRef} at ${occurrence.start}: ${error}`,
          );
        }
      }
    }
  }

  await reminderStore.prune(new Date(now - KEEP_SENT_DAYS * 86_400_000));
  return { sent };
}
