import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { RegistrationSummary } from '@community-hub/plugin-calendar-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calendarApiRef } from '../../api/calendarApiRef';
import {
  MockCalendarApi,
  mockCalendarApi,
  registration,
  responseError,
  workshopEvent,
} from '../../testUtils/fixtures';
import { RegistrationPanel } from './RegistrationPanel';

const event = {
  eventRef: workshopEvent.entityRef,
  timeZone: 'Europe/Lisbon',
  registration: { opens: '2026-12-01T09:00', closes: '2027-01-20T18:00' },
};

async function renderPanel(
  summary: RegistrationSummary,
  api: MockCalendarApi = mockCalendarApi(),
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <RegistrationPanel
      event={event}
      summary={summary}
      readerZone="Europe/Berlin"
      onChange={onChange}
    />,
    { apis: [[calendarApiRef, api]] },
  );
  return { onChange, api };
}

describe('RegistrationPanel', () => {
  it('offers a seat while seats are left, and hands on the new picture', async () => {
    const after = registration({
      registered: 6,
      seatsLeft: 14,
      mine: { status: 'registered', registeredAt: '2026-12-02T10:00:00Z' },
    });
    const api = mockCalendarApi({
      register: jest.fn().mockResolvedValue(after),
    });
    const { onChange } = await renderPanel(
      registration({ registered: 5, seatsLeft: 15 }),
      api,
    );

    expect(screen.getByText('15 of 20 seats left')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    expect(api.register).toHaveBeenCalledWith(
      'event:default/connector-workshop-lisbon',
    );
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(after));
    expect(api.cancelRegistration).not.toHaveBeenCalled();
  });

  it('offers the waitlist when the event is full', async () => {
    const api = mockCalendarApi({
      register: jest.fn().mockResolvedValue(registration()),
    });
    await renderPanel(
      registration({ registered: 20, seatsLeft: 0, waitlisted: 3 }),
      api,
    );

    expect(
      screen.getByText(
        'Full: all 20 seats are taken; 3 people on the waitlist',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Register' }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Join the waitlist' }),
    );
    expect(api.register).toHaveBeenCalledTimes(1);
  });

  it('lets a registered person cancel', async () => {
    const after = registration({ registered: 19, seatsLeft: 1 });
    const api = mockCalendarApi({
      cancelRegistration: jest.fn().mockResolvedValue(after),
    });
    const { onChange } = await renderPanel(
      registration({
        registered: 20,
        seatsLeft: 0,
        mine: { status: 'registered', registeredAt: '2026-12-02T10:00:00Z' },
      }),
      api,
    );

    expect(screen.getByText('You are registered.')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Join the waitlist' }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Cancel registration' }),
    );

    expect(api.cancelRegistration).toHaveBeenCalledWith(
      'event:default/connector-workshop-lisbon',
    );
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(after));
    expect(api.register).not.toHaveBeenCalled();
  });

  it('tells a waitlisted person their place and lets them leave', async () => {
    await renderPanel(
      registration({
        registered: 20,
        seatsLeft: 0,
        waitlisted: 4,
        mine: {
          status: 'waitlisted',
          registeredAt: '2026-12-02T10:00:00Z',
          waitlistPosition: 2,
        },
      }),
    );
    expect(
      screen.getByText(/You are on the waitlist, number 2\./),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Leave the waitlist' }),
    ).toBeInTheDocument();
  });

  it.each([
    ['not-yet-open', 'Registration opens on Tue 1 Dec 2026, 10:00 your time.'],
    ['closed', 'Registration closed on Wed 20 Jan 2027, 19:00 your time.'],
    ['cancelled', 'This event was cancelled, so it takes no registrations.'],
    ['draft', 'Registration is not open: this event is still a draft.'],
    ['ended', 'This event is over.'],
  ] as const)(
    'says why registration is closed (%s) and offers no button',
    async (reason, text) => {
      await renderPanel(registration({ open: false, closedReason: reason }));
      expect(screen.getByText(text)).toBeInTheDocument();
      expect(screen.getByText('20 of 20 seats left')).toBeInTheDocument();
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
    },
  );

  it('shows no seat count for events without a limit', async () => {
    await renderPanel(
      registration({
        capacity: undefined,
        seatsLeft: undefined,
        registered: 7,
      }),
    );
    expect(screen.getByText('No seat limit; 7 registered')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Register' }),
    ).toBeInTheDocument();
  });

  it("shows the backend's reason when registering fails", async () => {
    const api = mockCalendarApi({
      register: jest
        .fn()
        .mockRejectedValue(
          responseError(409, 'Registration is closed: registration has closed'),
        ),
    });
    const { onChange } = await renderPanel(registration(), api);
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Registration is closed: registration has closed',
    );
    expect(onChange).not.toHaveBeenCalled();
  });
});
