import { startScaffolder } from './__testUtils__/dryRunTemplate';

jest.setTimeout(60_000);

const valid = {
  type: 'meetup',
  title: 'Kestrel meetup Berlin',
  name: 'meetup-berlin-2027-03',
  summary: 'Talks about pipelines in production, then pizza.',
  description: 'Two talks and time to talk.',
  start: '2027-03-18T18:30',
  end: '2027-03-18T21:00',
  timeZone: 'Europe/Berlin',
  recurrence: 'FREQ=MONTHLY;BYDAY=3TH',
  format: 'hybrid',
  venue: 'Northwind Data, Berlin office',
  address: 'Rungestrasse 20, Berlin',
  onlineUrl: 'https://meet.kestrel-project.org/berlin',
  capacity: 40,
  organisers: ['user:default/kwame.mensah', 'user:default/aisha.rahman'],
  speakers: ['user:default/mei.tanaka'],
  packages: ['component:default/kestrel-flow'],
  partners: ['partner:default/northwind-data'],
  owner: 'group:default/event-organisers',
  status: 'scheduled',
};
const organiser = 'user:default/kwame.mensah';

describe('the "New event" template (dry-run)', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(() => scaffolder.stop());

  it('creates an Event entity from the form', async () => {
    const result = await scaffolder.dryRun('new-event', valid, organiser);
    expect(result.status).toBe(200);
    expect(result.inputs.create.entity).toEqual({
      apiVersion: 'communityhub.dev/v1alpha1',
      kind: 'Event',
      metadata: {
        name: 'meetup-berlin-2027-03',
        namespace: 'default',
        title: 'Kestrel meetup Berlin',
        description: 'Talks about pipelines in production, then pizza.',
        tags: ['meetup'],
      },
      spec: {
        type: 'meetup',
        owner: 'group:default/event-organisers',
        description: 'Two talks and time to talk.',
        start: '2027-03-18T18:30',
        end: '2027-03-18T21:00',
        timeZone: 'Europe/Berlin',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH' },
        location: {
          venue: 'Northwind Data, Berlin office',
          address: 'Rungestrasse 20, Berlin',
          onlineUrl: 'https://meet.kestrel-project.org/berlin',
        },
        capacity: 40,
        organisers: ['user:default/kwame.mensah', 'user:default/aisha.rahman'],
        speakers: ['user:default/mei.tanaka'],
        packages: ['component:default/kestrel-flow'],
        partners: ['partner:default/northwind-data'],
        status: 'scheduled',
      },
    });
    // Checked against the catalog's Event rules by the dry-run of community:entity:create
    expect(result.messages).toContain(
      'Dry run: would create event:default/meetup-berlin-2027-03',
    );
    expect(result.inputs.validate).toMatchObject({
      kind: 'Event',
      name: 'meetup-berlin-2027-03',
      fields: {
        start: '2027-03-18T18:30',
        end: '2027-03-18T21:00',
        timeZone: 'Europe/Berlin',
      },
    });
    expect(result.skipped).toEqual(['write', 'pr']);
    expect(result.files).toEqual({});
    expect(result.links).toEqual([
      {
        title: 'Open Kestrel meetup Berlin in the catalog',
        icon: 'catalog',
        url: '/catalog/default/event/meetup-berlin-2027-03',
      },
    ]);
  });

  it('keeps only what the form filled in: an online event without optional fields', async () => {
    const result = await scaffolder.dryRun(
      'new-event',
      {
        type: 'office-hours',
        title: 'Maintainer office hours',
        name: 'office-hours-2027-04',
        summary: 'Bring your questions to the maintainers.',
        start: '2027-04-01T16:00',
        end: '2027-04-01T17:00',
        timeZone: 'America/New_York',
        format: 'online',
        // left over from choosing "in person" first; not part of an online event
        venue: 'Somewhere',
        onlineUrl: 'https://meet.kestrel-project.org/office-hours',
        organisers: ['user:default/aisha.rahman'],
        owner: 'group:default/event-organisers',
        status: 'draft',
      },
      'user:default/aisha.rahman',
    );
    expect(result.status).toBe(200);
    expect(result.inputs.create.entity.spec).toEqual({
      type: 'office-hours',
      owner: 'group:default/event-organisers',
      start: '2027-04-01T16:00',
      end: '2027-04-01T17:00',
      timeZone: 'America/New_York',
      location: { onlineUrl: 'https://meet.kestrel-project.org/office-hours' },
      organisers: ['user:default/aisha.rahman'],
      status: 'draft',
    });
  });

  it('refuses an end before the start, naming the field', async () => {
    const result = await scaffolder.dryRun(
      'new-event',
      { ...valid, end: '2027-03-18T17:00' },
      organiser,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(/\bend: /);
    expect(result.body.error.message).not.toMatch(/\bstart: /);
  });

  it('refuses a time zone that is not an IANA zone, naming the field', async () => {
    const result = await scaffolder.dryRun(
      'new-event',
      { ...valid, timeZone: 'Berlin Time' },
      organiser,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(
      /\btimeZone: 'Berlin Time' is not an IANA time zone/,
    );
  });

  it('refuses a date that does not exist, naming the field', async () => {
    const result = await scaffolder.dryRun(
      'new-event',
      { ...valid, start: '2027-02-30T18:30', end: '2027-03-01T21:00' },
      organiser,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(/\bstart: /);
  });

  it('refuses a bad name, naming the field', async () => {
    const result = await scaffolder.dryRun(
      'new-event',
      { ...valid, name: 'Meetup Berlin!' },
      organiser,
    );
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      expect.objectContaining({ path: ['name'], name: 'pattern' }),
    ]);
  });

  it('refuses the name of an existing event', async () => {
    const result = await scaffolder.dryRun(
      'new-event',
      { ...valid, name: 'monthly-community-call' },
      organiser,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(
      /\bname: event:default\/monthly-community-call already exists/,
    );
  });

  it('refuses people, packages and partners that do not exist, naming each field', async () => {
    const result = await scaffolder.dryRun(
      'new-event',
      {
        ...valid,
        organisers: ['user:default/nobody'],
        speakers: ['user:default/no-speaker'],
        packages: ['component:default/kestrel-nothing'],
        partners: ['partner:default/no-partner'],
      },
      organiser,
    );
    expect(result.status).toBe(400);
    for (const field of ['organisers', 'speakers', 'packages', 'partners']) {
      expect(result.body.error.message).toMatch(
        new RegExp(`\\b${field}: \\S+ does not exist`),
      );
    }
  });

  it('refuses an event without organisers before creating it', async () => {
    const result = await scaffolder.dryRun(
      'new-event',
      { ...valid, organisers: [] },
      organiser,
    );
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toMatch(/organisers/);
  });

  it('asks for a venue when the event is in person', async () => {
    const { venue: _venue, ...withoutVenue } = valid;
    const result = await scaffolder.dryRun(
      'new-event',
      { ...withoutVenue, format: 'in-person' },
      organiser,
    );
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body.errors)).toContain('venue');
  });

  it('refuses a recurrence that is not an RFC 5545 rule', async () => {
    const result = await scaffolder.dryRun(
      'new-event',
      { ...valid, recurrence: 'every week' },
      organiser,
    );
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      expect.objectContaining({ path: ['recurrence'] }),
    ]);
  });
});
