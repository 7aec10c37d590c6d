import type { OccurrencesResponse } from '@community-hub/plugin-calendar-common';
import { gathering } from '../testUtils/fixtures';
import { toCalendarEvents } from './toCalendarEvents';

const href = (ref: string) => `/catalog/default/event/${ref.split('/')[1]}`;

describe('toCalendarEvents', () => {
  it('places timed occurrences at their instants and links them to the event page', () => {
    const response: OccurrencesResponse = {
      events: {
        'event:default/call': gathering('call', {
          title: 'Community call',
          timeZone: 'Europe/Berlin',
          type: 'community-call',
        }),
      },
      occurrences: [
        {
          eventRef: 'event:default/call',
          start: '2027-04-08T15:00:00.000Z',
          end: '2027-04-08T16:00:00.000Z',
          localStart: '2027-04-08T17:00',
        },
      ],
    };
    const [event] = toCalendarEvents(response, href);
    expect(event).toMatchObject({
      title: 'Community call',
      start: '2027-04-08T15:00:00.000Z',
      end: '2027-04-08T16:00:00.000Z',
      allDay: false,
      url: '/catalog/default/event/call',
      classNames: ['community-calendar-status-scheduled'],
    });
    // Summer time in Berlin: the hover text keeps the event's own 17:00
    expect(event.extendedProps?.ownZoneText).toBe(
      "Community call\nThu 8 Apr 2027, 17:00–18:00 (Europe/Berlin, the event's own time zone)",
    );
  });

  it("puts all-day occurrences on the dates of the event's own zone", () => {
    const response: OccurrencesResponse = {
      events: {
        'event:default/hack': gathering('hack', {
          title: 'Hackathon',
          timeZone: 'Pacific/Auckland',
          allDay: true,
        }),
      },
      occurrences: [
        // 6-7 March in Auckland starts on 5 March in UTC
        {
          eventRef: 'event:default/hack',
          start: '2027-03-05T11:00:00.000Z',
          end: '2027-03-07T11:00:00.000Z',
          localStart: '2027-03-06',
        },
      ],
    };
    const [event] = toCalendarEvents(response, href);
    expect(event).toMatchObject({
      allDay: true,
      start: '2027-03-06',
      end: '2027-03-08',
    });
    expect(event.extendedProps?.ownZoneText).toContain(
      'Sat 6 Mar – Sun 7 Mar 2027 (all day, Pacific/Auckland',
    );
  });

  it('marks cancelled events and content items with their status', () => {
    const response: OccurrencesResponse = {
      events: {
        'event:default/gone': gathering('gone', { status: 'cancelled' }),
        'event:default/post': gathering('post', {
          title: 'Release post',
          category: 'content',
          type: 'blog-post',
          status: 'draft',
          allDay: true,
          timeZone: 'UTC',
        }),
      },
      occurrences: [
        {
          eventRef: 'event:default/gone',
          start: '2027-01-21T14:00:00.000Z',
          end: '2027-01-21T17:00:00.000Z',
          localStart: '2027-01-21T14:00',
        },
        {
          eventRef: 'event:default/post',
          start: '2026-12-15T00:00:00.000Z',
          end: '2026-12-16T00:00:00.000Z',
          localStart: '2026-12-15',
        },
        {
          eventRef: 'event:default/unknown',
          start: '2026-12-15T00:00:00.000Z',
          end: '2026-12-16T00:00:00.000Z',
          localStart: '2026-12-15',
        },
      ],
    };
    const [gone, post, ...rest] = toCalendarEvents(response, href);
    expect(rest).toHaveLength(0);
    expect(gone.classNames).toEqual(['community-calendar-status-cancelled']);
    expect(gone.extendedProps?.ownZoneText).toMatch(/\nCancelled$/);
    expect(post).toMatchObject({
      start: '2026-12-15',
      end: '2026-12-16',
      classNames: ['community-calendar-status-draft'],
    });
    expect(post.extendedProps?.ownZoneText).toBe(
      'Release post\nBlog post, draft: Tue 15 Dec 2026',
    );
  });
});
