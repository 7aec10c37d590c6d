import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { ImportResult } from '@community-hub/plugin-calendar-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calendarApiRef } from '../../api/calendarApiRef';
import {
  mockCalendarApi,
  responseError,
  workshopEntity,
} from '../../testUtils/fixtures';
import { draftsAsYaml } from './ImportedDrafts';
import { ImportIcsPanel } from './ImportIcsPanel';

const ICS =
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Meetup\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

const result: ImportResult = {
  drafts: [
    {
      entity: {
        ...workshopEntity,
        metadata: { name: 'berlin-meetup', title: 'Berlin meetup' },
      },
      yaml: 'kind: Event\nmetadata:\n  name: berlin-meetup\n',
      problems: [],
    },
    {
      entity: {
        ...workshopEntity,
        metadata: { name: 'munich-meetup', title: 'Munich meetup' },
      },
      yaml: 'kind: Event\nmetadata:\n  name: munich-meetup\n',
      problems: ['spec.owner: no such group group:default/munich'],
    },
  ],
  skipped: [{ summary: 'Buy snacks', reason: 'a VTODO is not an event' }],
};

const file = () => new File([ICS], 'meetups.ics', { type: 'text/calendar' });

describe('ImportIcsPanel', () => {
  it('sends the file and shows the drafts with their problems', async () => {
    const api = mockCalendarApi({
      importIcs: jest.fn().mockResolvedValue(result),
    });
    await renderInTestApp(<ImportIcsPanel />, {
      apis: [[calendarApiRef, api]],
    });

    await userEvent.upload(
      screen.getByLabelText('Choose an .ics file'),
      file(),
    );

    expect(await screen.findByText('Berlin meetup')).toBeInTheDocument();
    expect(api.importIcs).toHaveBeenCalledWith(ICS);
    expect(
      screen.getByText(
        /2 draft events read from meetups\.ics, 1 with problems/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('No problems found')).toBeInTheDocument();
    expect(
      screen.getByText('spec.owner: no such group group:default/munich'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Buy snacks: a VTODO is not an event'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download meetups-events.yaml' }),
    ).toBeInTheDocument();
  });

  it('joins the drafts into one YAML file, one document each', () => {
    expect(draftsAsYaml(result)).toBe(
      'kind: Event\nmetadata:\n  name: berlin-meetup\n---\nkind: Event\nmetadata:\n  name: munich-meetup\n',
    );
  });

  it('explains that importing is for organisers when the backend says no', async () => {
    const api = mockCalendarApi({
      importIcs: jest.fn().mockRejectedValue(responseError(403, 'Not allowed')),
    });
    await renderInTestApp(<ImportIcsPanel />, {
      apis: [[calendarApiRef, api]],
    });

    await userEvent.upload(
      screen.getByLabelText('Choose an .ics file'),
      file(),
    );

    expect(
      await screen.findByText(
        /Importing is for event organisers and community managers/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByLabelText('Choose an .ics file'),
    ).not.toBeInTheDocument();
  });

  it("shows the backend's message for a file it cannot read", async () => {
    const api = mockCalendarApi({
      importIcs: jest
        .fn()
        .mockRejectedValue(
          responseError(400, 'Not an iCalendar file: no VCALENDAR'),
        ),
    });
    await renderInTestApp(<ImportIcsPanel />, {
      apis: [[calendarApiRef, api]],
    });

    await userEvent.upload(
      screen.getByLabelText('Choose an .ics file'),
      file(),
    );

    expect(
      await screen.findByText('Not an iCalendar file: no VCALENDAR'),
    ).toBeInTheDocument();
  });
});
