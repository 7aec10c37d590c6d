import { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { calendarApiRef } from '../../api/calendarApiRef';
import { rootRouteRef } from '../../routes';
import { gathering, mockCalendarApi } from '../../testUtils/fixtures';
import { EntityEventsContent } from './EntityEventsContent';

const kestrelConnect: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'kestrel-connect', namespace: 'default' },
  spec: {
    type: 'library',
    owner: 'group:default/core-maintainers',
    lifecycle: 'production',
  },
};

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe('EntityEventsContent', () => {
  it("lists the entity's upcoming and recent events and links to the filtered calendar", async () => {
    const api = mockCalendarApi({
      getOccurrences: jest.fn().mockResolvedValue({
        events: {
          'event:default/old-meetup': gathering('old-meetup', {
            title: 'Old meetup',
          }),
          'event:default/workshop': gathering('workshop', {
            title: 'Connector workshop',
          }),
          'event:default/conf': gathering('conf', { title: 'KestrelConf' }),
        },
        occurrences: [
          {
            eventRef: 'event:default/old-meetup',
            start: at(-30),
            end: at(-29.9),
            localStart: '2026-10-25T18:00',
          },
          {
            eventRef: 'event:default/workshop',
            start: at(20),
            end: at(20.1),
            localStart: '2026-12-14T14:00',
          },
          {
            eventRef: 'event:default/conf',
            start: at(90),
            end: at(90.4),
            localStart: '2027-02-22T09:00',
          },
        ],
      }),
    });
    await renderInTestApp(
      <EntityProvider entity={kestrelConnect}>
        <EntityEventsContent />
      </EntityProvider>,
      {
        apis: [[calendarApiRef, api]],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
          '/calendar': rootRouteRef,
        },
      },
    );

    const upcoming = (await screen.findByText('Upcoming events')).closest(
      '.MuiCard-root',
    ) as HTMLElement;
    const recent = screen
      .getByText('Recent events')
      .closest('.MuiCard-root') as HTMLElement;
    expect(
      within(upcoming)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      expect.stringContaining('Connector workshop'),
      expect.stringContaining('KestrelConf'),
    ]);
    expect(
      within(recent).getByRole('link', { name: 'Old meetup' }),
    ).toHaveAttribute('href', '/catalog/default/event/old-meetup');
    expect(within(upcoming).queryByText('Old meetup')).not.toBeInTheDocument();
    expect(api.getOccurrences.mock.calls[0][1]).toEqual({
      relatedTo: 'component:default/kestrel-connect',
    });
    expect(
      screen.getByRole('link', { name: /Open in the calendar/ }),
    ).toHaveAttribute(
      'href',
      '/calendar/events?package=component%3Adefault%2Fkestrel-connect',
    );
  });
});
