import type { CalendarApi } from '@community-hub/plugin-calendar-common';

/**
 * A {@link CalendarApi} that loads its implementation on first use, so the
 * calendar's client code (and the feed and recurrence code it ships with)
 * stays out of the app's initial JavaScript.
 */
export function lazyCalendarApi(load: () => Promise<CalendarApi>): CalendarApi {
  let client: Promise<CalendarApi> | undefined;
  const api = () => {
    client ??= load();
    return client;
  };
  return {
    getOccurrences: async (range, filter) =>
      (await api()).getOccurrences(range, filter),
    getEvent: async eventRef => (await api()).getEvent(eventRef),
    getEventIcs: async eventRef => (await api()).getEventIcs(eventRef),
    register: async eventRef => (await api()).register(eventRef),
    cancelRegistration: async eventRef =>
      (await api()).cancelRegistration(eventRef),
    getAttendees: async eventRef => (await api()).getAttendees(eventRef),
    getMyRegistrations: async () => (await api()).getMyRegistrations(),
    listFeedTokens: async () => (await api()).listFeedTokens(),
    createFeedToken: async feed => (await api()).createFeedToken(feed),
    rotateFeedToken: async id => (await api()).rotateFeedToken(id),
    revokeFeedToken: async id => (await api()).revokeFeedToken(id),
    importIcs: async ics => (await api()).importIcs(ics),
  };
}
