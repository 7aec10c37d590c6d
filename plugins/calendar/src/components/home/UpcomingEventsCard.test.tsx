import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { CalendarOccurrence } from '@community-hub/plugin-calendar-common';
import { screen, within } from '@testing-library/react';
import { calendarApiRef } from '../../api/calendarApiRef';
import { rootRouteRef } from '../../routes';
import { gathering, mockCalendarApi } from '../../testUtils/fixtures';
import { UpcomingEventsCard } from './UpcomingEventsCard';

jest.mock('../../lib/time', () => ({
  ...jest.requireActual('../../lib/time'),
  readerTimeZone: () => 'Europe/Berlin',
}));

const mountedRoutes = {
  '/catalog/:namespace/:kind/:name': entityRouteRef,
  '/calendar': rootRouteRef,
};

const occurrence = (
  name: string,
  start: string,
  end: string,
): CalendarOccurrence => ({
  eventRef: `event:default/${name}`,
  start,
  end,
  localStart: start.slice(0, 16),
});

describe('UpcomingEventsCard', () => {
  it('lists the next five gatherings with their times and links, and links to the calendar', async () => {
    const names = [
      'call',
      'office-hours',
      'workshop',
      'meetup',
      'conference',
      'hackathon',
      'later',
    ];
    const events = Object.fromEntries(
      names.map(name => [
        `event:default/${name}`,
        gathering(name, { title: `The ${name}` }),
      ]),
    );
    events['event:default/meetup'] = gathering('meetup', {
      title: 'The meetup',
      status: 'cancelled',
    });
    const occurrences = names.map((name, i) =>
      occurrence(
        name,
        `2026-12-0${i + 1}T16:00:00.000Z`,
        `2026-12-0${i + 1}T17:00:00.000Z`,
      ),
    );
    const api = mockCalendarApi({
      getOccurrences: jest.fn().mockResolvedValue({ events, occurrences }),
    });
    const before = Date.now();

    await renderInTestApp(<UpcomingEventsCard />, {
      apis: [[calendarApiRef, api]],
      mountedRoutes,
    });

    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('The call');
    expect(items[0]).toHaveTextContent('Tue 1 Dec 2026, 17:00–18:00');
    expect(
      within(items[0]).getByRole('link', { name: 'The call' }),
    ).toHaveAttribute('href', '/catalog/default/event/call');
    expect(items[3]).toHaveTextContent('Cancelled');
    expect(screen.queryByText('The hackathon')).not.toBeInTheDocument();
    expect(
      screen.getByText('Times in your time zone, Europe/Berlin.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the calendar' }),
    ).toHaveAttribute('href', '/calendar');

    const [range, filter] = api.getOccurrences.mock.calls[0];
    expect(filter).toEqual({ category: 'gathering' });
    expect(Date.parse(range.from)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(range.from)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(range.to) - Date.parse(range.from)).toBeLessThanOrEqual(
      400 * 86_400_000,
    );
  });

  it('says so when nothing is planned', async () => {
    const api = mockCalendarApi({
      getOccurrences: jest
        .fn()
        .mockResolvedValue({ events: {}, occurrences: [] }),
    });
    await renderInTestApp(<UpcomingEventsCard />, {
      apis: [[calendarApiRef, api]],
      mountedRoutes,
    });
    expect(
      await screen.findByText('No events planned yet.'),
    ).toBeInTheDocument();
  });
});
