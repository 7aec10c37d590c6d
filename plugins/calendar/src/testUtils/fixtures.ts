import type { EventEntity } from '@community-hub/catalog-common';
import type {
  CalendarApi,
  CalendarEvent,
  CalendarOccurrence,
  EventDetails,
  RegistrationSummary,
} from '@community-hub/plugin-calendar-common';

/** A mocked calendar API whose every method is a jest mock. */
export type MockCalendarApi = { [K in keyof CalendarApi]: jest.Mock };

/** A calendar API that fails loudly when a test did not expect a call. */
export function mockCalendarApi(
  overrides: Partial<MockCalendarApi> = {},
): MockCalendarApi {
  const unexpected = (name: string) =>
    jest.fn(() => Promise.reject(new Error(`unexpected call to ${name}`)));
  return {
    getOccurrences: unexpected('getOccurrences'),
    getEvent: unexpected('getEvent'),
    getEventIcs: unexpected('getEventIcs'),
    register: unexpected('register'),
    cancelRegistration: unexpected('cancelRegistration'),
    getAttendees: unexpected('getAttendees'),
    getMyRegistrations: unexpected('getMyRegistrations'),
    listFeedTokens: unexpected('listFeedTokens'),
    createFeedToken: unexpected('createFeedToken'),
    rotateFeedToken: unexpected('rotateFeedToken'),
    revokeFeedToken: unexpected('revokeFeedToken'),
    importIcs: unexpected('importIcs'),
    ...overrides,
  };
}

/** An error shaped like the `ResponseError` the calendar client throws. */
export function responseError(statusCode: number, message: string) {
  return Object.assign(new Error(`Request failed with ${statusCode}`), {
    name: 'ResponseError',
    statusCode,
    body: { error: { name: 'Error', message } },
  });
}

/** The seed workshop in Lisbon: 20 seats, registration window from 1 December. */
export const workshopEntity: EventEntity = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Event',
  metadata: {
    name: 'connector-workshop-lisbon',
    namespace: 'default',
    title: 'Workshop: write your first Kestrel connector',
    tags: ['workshop', 'connectors'],
  },
  spec: {
    type: 'workshop',
    owner: 'group:default/event-organisers',
    description:
      'Bring a laptop. Aimed at people who finished *Kestrel fundamentals*.',
    start: '2027-01-21T14:00',
    end: '2027-01-21T17:00',
    timeZone: 'Europe/Lisbon',
    location: {
      venue: 'Northwind Data, 3rd floor',
      address: 'Avenida da Liberdade 110, Lisbon',
    },
    capacity: 20,
    registration: { opens: '2026-12-01T09:00', closes: '2027-01-20T18:00' },
    organisers: ['user:default/aisha.rahman'],
    speakers: ['user:default/elena.voss'],
    packages: ['component:default/kestrel-connect'],
    partners: ['partner:default/northwind-data'],
    status: 'scheduled',
  },
};

/** The calendar's view of {@link workshopEntity}. */
export const workshopEvent: CalendarEvent = {
  entityRef: 'event:default/connector-workshop-lisbon',
  title: 'Workshop: write your first Kestrel connector',
  type: 'workshop',
  category: 'gathering',
  status: 'scheduled',
  owner: 'group:default/event-organisers',
  organisers: ['user:default/aisha.rahman'],
  speakers: ['user:default/elena.voss'],
  packages: ['component:default/kestrel-connect'],
  partners: ['partner:default/northwind-data'],
  tags: ['workshop', 'connectors'],
  start: '2027-01-21T14:00',
  end: '2027-01-21T17:00',
  timeZone: 'Europe/Lisbon',
  allDay: false,
  capacity: 20,
  registration: { opens: '2026-12-01T09:00', closes: '2027-01-20T18:00' },
  sequence: 1,
};

/** The workshop's only occurrence: 14:00-17:00 Lisbon time, which is UTC in January. */
export const workshopOccurrence: CalendarOccurrence = {
  eventRef: workshopEvent.entityRef,
  start: '2027-01-21T14:00:00.000Z',
  end: '2027-01-21T17:00:00.000Z',
  localStart: '2027-01-21T14:00',
};

/** A registration picture; open with every seat free unless overridden. */
export function registration(
  overrides: Partial<RegistrationSummary> = {},
): RegistrationSummary {
  return {
    capacity: 20,
    registered: 0,
    waitlisted: 0,
    seatsLeft: 20,
    open: true,
    mine: { status: 'none' },
    ...overrides,
  };
}

/** The workshop's details as the backend returns them. */
export function workshopDetails(
  overrides: Partial<EventDetails> = {},
): EventDetails {
  return {
    event: workshopEvent,
    registration: registration(),
    upcoming: [workshopOccurrence],
    canSeeAttendees: false,
    ...overrides,
  };
}

/** A gathering of the calendar, for lists of many events. */
export function gathering(
  name: string,
  overrides: Partial<CalendarEvent> = {},
): CalendarEvent {
  return {
    ...workshopEvent,
    entityRef: `event:default/${name}`,
    title: name,
    capacity: undefined,
    registration: undefined,
    ...overrides,
  };
}
