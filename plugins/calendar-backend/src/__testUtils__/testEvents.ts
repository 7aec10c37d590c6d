import { EventEntity } from '@community-hub/catalog-common';

/** Event entities for the calendar backend's tests. */
export function eventEntity(
  name: string,
  spec: Partial<EventEntity['spec']>,
  title?: string,
): EventEntity {
  return {
    apiVersion: 'communityhub.dev/v1alpha1',
    kind: 'Event',
    metadata: { name, namespace: 'default', title: title ?? name },
    spec: {
      type: 'meetup',
      owner: 'group:default/community-managers',
      organisers: ['user:default/amara.okafor'],
      status: 'scheduled',
      ...spec,
    } as EventEntity['spec'],
  };
}

/** The second-Thursday call at 17:00 Berlin time, skipping 12 August 2027. */
export const berlinCall = eventEntity(
  'monthly-community-call',
  {
    type: 'community-call',
    start: '2026-12-10T17:00',
    end: '2026-12-10T18:00',
    timeZone: 'Europe/Berlin',
    recurrence: {
      rrule: 'FREQ=MONTHLY;BYDAY=2TH',
      exdates: ['2027-08-12T17:00'],
    },
    tags: ['community-call'],
    packages: ['component:default/kestrel-flow'],
  },
  'Kestrel community call',
);

/** A one-off workshop with 20 seats in Lisbon. */
export const workshop = eventEntity(
  'connector-workshop-lisbon',
  {
    type: 'workshop',
    start: '2027-01-20T14:00',
    end: '2027-01-20T18:00',
    timeZone: 'Europe/Lisbon',
    capacity: 20,
    tags: ['workshop'],
    partners: ['partner:default/tidewater-cloud'],
  },
  'Connector workshop',
);

/** A blog post published on 3 December 2026. */
export const blogPost = eventEntity('blog-flow-2-5', {
  type: 'blog-post',
  publishDate: '2026-12-03',
  contentStatus: 'published',
  organisers: undefined,
  status: undefined,
});
