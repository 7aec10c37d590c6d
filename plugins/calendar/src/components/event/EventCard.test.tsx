import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { EventEntity } from '@community-hub/catalog-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calendarApiRef } from '../../api/calendarApiRef';
import {
  MockCalendarApi,
  mockCalendarApi,
  registration,
  responseError,
  workshopDetails,
  workshopEntity,
} from '../../testUtils/fixtures';
import { EventCard } from './EventCard';

jest.mock('../../lib/time', () => ({
  ...jest.requireActual('../../lib/time'),
  readerTimeZone: () => 'America/New_York',
}));

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

async function renderCard(
  api: MockCalendarApi,
  entity: EventEntity = workshopEntity,
) {
  await renderInTestApp(
    <EntityProvider entity={entity}>
      <EventCard />
    </EntityProvider>,
    { apis: [[calendarApiRef, api]], mountedRoutes },
  );
}

describe('EventCard', () => {
  it('shows what, when in both zones, where, who and the description', async () => {
    const api = mockCalendarApi({
      getEvent: jest.fn().mockResolvedValue(workshopDetails()),
    });
    await renderCard(api);

    expect(await screen.findByText('20 of 20 seats left')).toBeInTheDocument();
    expect(api.getEvent).toHaveBeenCalledWith(
      'event:default/connector-workshop-lisbon',
    );
    expect(screen.getByText('Workshop')).toBeInTheDocument();
    expect(screen.getByText('Scheduled')).toBeInTheDocument();
    expect(screen.getByTestId('when-reader-zone')).toHaveTextContent(
      'Thu 21 Jan 2027, 09:00–12:00 your time (America/New_York)',
    );
    expect(screen.getByTestId('when-event-zone')).toHaveTextContent(
      'Thu 21 Jan 2027, 14:00–17:00 event time (Europe/Lisbon)',
    );
    expect(
      screen.getByText(
        'Northwind Data, 3rd floor, Avenida da Liberdade 110, Lisbon',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('elena.voss').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/user/elena.voss',
    );
    expect(screen.getByText('kestrel-connect').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/kestrel-connect',
    );
    // The description is Markdown
    expect(screen.getByText('Kestrel fundamentals').tagName).toBe('EM');
    expect(screen.queryByText('Attendees')).not.toBeInTheDocument();
  });

  it('refreshes the counts and the attendee list after registering and cancelling', async () => {
    const mine = {
      status: 'registered' as const,
      registeredAt: '2026-12-02T10:00:00Z',
    };
    const api = mockCalendarApi({
      getEvent: jest
        .fn()
        .mockResolvedValue(workshopDetails({ canSeeAttendees: true })),
      getAttendees: jest
        .fn()
        .mockResolvedValueOnce({ registered: [], waitlisted: [] })
        .mockResolvedValueOnce({
          registered: [
            {
              userRef: 'user:default/aisha.rahman',
              registeredAt: mine.registeredAt,
            },
          ],
          waitlisted: [],
        })
        .mockResolvedValue({ registered: [], waitlisted: [] }),
      register: jest
        .fn()
        .mockResolvedValue(
          registration({ registered: 1, seatsLeft: 19, mine }),
        ),
      cancelRegistration: jest.fn().mockResolvedValue(registration()),
    });
    await renderCard(api);

    expect(await screen.findByText('Registered (0)')).toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Register' }),
    );

    expect(await screen.findByText('19 of 20 seats left')).toBeInTheDocument();
    expect(screen.getByText('You are registered.')).toBeInTheDocument();
    expect(await screen.findByText('Registered (1)')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Registered' })).toHaveTextContent(
      'aisha.rahman',
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Cancel registration' }),
    );
    expect(await screen.findByText('20 of 20 seats left')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Register' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(api.getAttendees).toHaveBeenCalledTimes(3));
    expect(api.getEvent).toHaveBeenCalledTimes(1);
  });

  it('downloads the event as <name>.ics', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:workshop');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        clicked.push(this);
      });
    const api = mockCalendarApi({
      getEvent: jest.fn().mockResolvedValue(workshopDetails()),
      getEventIcs: jest
        .fn()
        .mockResolvedValue('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'),
    });
    await renderCard(api);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Add to calendar' }),
    );

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(api.getEventIcs).toHaveBeenCalledWith(
      'event:default/connector-workshop-lisbon',
    );
    expect(clicked[0].download).toBe('connector-workshop-lisbon.ics');
    expect(await createObjectURL.mock.calls[0][0].text()).toBe(
      'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    );
    click.mockRestore();
  });

  it('says how a series repeats, which dates it skips and when it meets next', async () => {
    const call: EventEntity = {
      ...workshopEntity,
      metadata: {
        name: 'monthly-community-call',
        namespace: 'default',
        title: 'Community call',
      },
      spec: {
        type: 'community-call',
        owner: 'group:default/community-managers',
        start: '2026-12-10T17:00',
        end: '2026-12-10T18:00',
        timeZone: 'Europe/Berlin',
        recurrence: {
          rrule: 'FREQ=MONTHLY;BYDAY=2TH',
          exdates: ['2027-08-12T17:00'],
        },
        location: { onlineUrl: 'https://meet.example/call' },
        status: 'scheduled',
      },
    };
    const next = [
      {
        eventRef: 'event:default/monthly-community-call',
        start: '2026-12-10T16:00:00.000Z',
        end: '2026-12-10T17:00:00.000Z',
        localStart: '2026-12-10T17:00',
      },
      {
        eventRef: 'event:default/monthly-community-call',
        start: '2027-01-14T16:00:00.000Z',
        end: '2027-01-14T17:00:00.000Z',
        localStart: '2027-01-14T17:00',
      },
    ];
    const api = mockCalendarApi({
      getEvent: jest.fn().mockResolvedValue(
        workshopDetails({
          event: {
            ...workshopDetails().event,
            timeZone: 'Europe/Berlin',
            capacity: undefined,
            registration: undefined,
          },
          registration: registration({
            capacity: undefined,
            seatsLeft: undefined,
          }),
          upcoming: next,
        }),
      ),
    });
    await renderCard(api, call);

    expect(
      await screen.findByText('Every month on the second Thursday'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Not on Thu 12 Aug 2027, 17:00'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('when-event-zone')).toHaveTextContent(
      'Thu 10 Dec 2026, 17:00–18:00',
    );
    const dates = await screen.findByRole('list', { name: 'Next dates' });
    expect(dates).toHaveTextContent('Thu 10 Dec 2026, 11:00–12:00');
    expect(dates).toHaveTextContent('Thu 14 Jan 2027, 11:00–12:00');
    expect(
      screen.getByText('https://meet.example/call').closest('a'),
    ).toHaveAttribute('href', 'https://meet.example/call');
  });

  it('marks a cancelled event and says registration is closed', async () => {
    const api = mockCalendarApi({
      getEvent: jest.fn().mockResolvedValue(
        workshopDetails({
          event: { ...workshopDetails().event, status: 'cancelled' },
          registration: registration({
            open: false,
            closedReason: 'cancelled',
          }),
        }),
      ),
    });
    await renderCard(api, {
      ...workshopEntity,
      spec: { ...workshopEntity.spec, status: 'cancelled' },
    });

    expect(
      await screen.findByText(
        'This event was cancelled, so it takes no registrations.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/This event was cancelled$/)).toBeInTheDocument();
    expect(screen.getAllByText('Cancelled').length).toBeGreaterThan(0);
    expect(
      screen.queryByRole('button', { name: 'Register' }),
    ).not.toBeInTheDocument();
  });

  it('explains when the calendar does not know the event yet', async () => {
    const api = mockCalendarApi({
      getEvent: jest
        .fn()
        .mockRejectedValue(responseError(404, 'No event in the calendar')),
    });
    await renderCard(api);
    expect(
      await screen.findByText(/The calendar has not picked up this event yet/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Register' }),
    ).not.toBeInTheDocument();
  });
});
