import {
  createMockDirectory,
  mockCredentials,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createValidateAction } from './validate';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'kestrel-core', namespace: 'default' },
    spec: {
      type: 'library',
      owner: 'core-maintainers',
      lifecycle: 'production',
    },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'core-maintainers', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'amara.okafor', namespace: 'default' },
    spec: {},
  },
];

const amara = mockCredentials.user('user:default/amara.okafor');
const workspace = createMockDirectory();

function setup() {
  const catalog = catalogServiceMock({ entities });
  jest.spyOn(catalog, 'getEntitiesByRefs');
  const action = createValidateAction({ catalog });
  const run = async (input: Record<string, unknown>) => {
    const ctx = {
      ...createMockActionContext({
        input: input as any,
        workspacePath: workspace.path,
      }),
      getInitiatorCredentials: async () => amara,
    };
    await action.handler(ctx as any);
    return ctx.output as jest.Mock;
  };
  return { catalog, run };
}

/** The InputError the action throws for this input. */
async function problemsWith(input: Record<string, unknown>) {
  const error = await setup()
    .run(input)
    .then(
      () => undefined,
      e => e,
    );
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
}

const event = (fields: Record<string, unknown>) => ({
  kind: 'Event',
  name: 'kestrel-meetup-berlin',
  fields: { timeZone: 'Europe/Berlin', ...fields },
});

describe('community:validate', () => {
  it('accepts good input and answers the new entity ref', async () => {
    const { run, catalog } = setup();
    const output = await run({
      kind: 'Event',
      name: 'kestrel-meetup-berlin',
      fields: {
        start: '2026-03-12T17:00',
        end: '2026-03-12T19:00',
        timeZone: 'Europe/Berlin',
        version: '0.1.0',
      },
      refs: {
        owner: ['group:default/core-maintainers'],
        packages: ['component:kestrel-core'],
        partners: [],
        sponsor: '',
      },
    });
    expect(output).toHaveBeenCalledWith(
      'entityRef',
      'event:default/kestrel-meetup-berlin',
    );
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRefs: [
          'event:default/kestrel-meetup-berlin',
          'group:default/core-maintainers',
          'component:default/kestrel-core',
        ],
      }),
      { credentials: amara },
    );
  });

  it('accepts an all-day event that ends on the day it starts', async () => {
    const output = await setup().run(
      event({ allDay: true, start: '2026-03-12', end: '2026-03-12' }),
    );
    expect(output).toHaveBeenCalledWith(
      'entityRef',
      'event:default/kestrel-meetup-berlin',
    );
  });

  it('skips blank optional values', async () => {
    const output = await setup().run({
      kind: 'Partner',
      name: 'acme',
      fields: { start: null, version: '' },
      refs: { sponsors: [null, ''], owner: null },
    });
    expect(output).toHaveBeenCalledWith('entityRef', 'partner:default/acme');
  });

  it('refuses a name that breaks the catalog rules', async () => {
    await expect(
      problemsWith({ kind: 'Component', name: 'Kestrel Metrics!' }),
    ).resolves.toMatch(
      /^Please correct the form: name: 'Kestrel Metrics!' is not a valid name: use 1-63 letters/,
    );
    await expect(
      problemsWith({ kind: 'Component', name: `k${'x'.repeat(63)}` }),
    ).resolves.toMatch(/name: 'kx+' is not a valid name/);
  });

  it('refuses a name that is taken in the catalog', async () => {
    await expect(
      problemsWith({ kind: 'Component', name: 'kestrel-core' }),
    ).resolves.toBe(
      'Please correct the form: name: component:default/kestrel-core already exists in the catalog; choose another name',
    );
  });

  it('refuses an end before the start', async () => {
    await expect(
      problemsWith(
        event({ start: '2026-03-12T17:00', end: '2026-03-12T16:00' }),
      ),
    ).resolves.toBe(
      "Please correct the form: end: must be after the start (2026-03-12T17:00), got '2026-03-12T16:00'",
    );
    await expect(
      problemsWith(
        event({ start: '2026-03-12T17:00', end: '2026-03-12T17:00' }),
      ),
    ).resolves.toMatch(/end: must be after the start/);
    await expect(
      problemsWith(
        event({ allDay: true, start: '2026-03-12', end: '2026-03-11' }),
      ),
    ).resolves.toMatch(/end: must be on or after the start \(2026-03-12\)/);
  });

  it('refuses dates that do not exist, and times skipped by daylight saving', async () => {
    await expect(
      problemsWith(
        event({ start: '2026-02-30T17:00', end: '2026-03-01T17:00' }),
      ),
    ).resolves.toMatch(/start: '2026-02-30T17:00' is not a real date or time/);
    await expect(
      problemsWith(
        event({ start: '2026-03-29T02:30', end: '2026-03-29T04:00' }),
      ),
    ).resolves.toMatch(
      /start: '2026-03-29T02:30' does not exist in Europe\/Berlin/,
    );
    await expect(
      problemsWith({
        kind: 'Event',
        name: 'kestrel-news-42',
        fields: { publishDate: '2026-13-01' },
      }),
    ).resolves.toMatch(/publishDate: '2026-13-01' is not a real date/);
  });

  it('wants dates for all-day events and times otherwise', async () => {
    await expect(
      problemsWith(
        event({ allDay: true, start: '2026-03-12T10:00', end: '2026-03-12' }),
      ),
    ).resolves.toMatch(/start: an all-day event starts on a date/);
    await expect(
      problemsWith(event({ start: '2026-03-12', end: '2026-03-12T10:00' })),
    ).resolves.toMatch(/start: needs a time as well/);
  });

  it('refuses a time zone that is not an IANA zone', async () => {
    await expect(
      problemsWith(
        event({
          timeZone: 'Mars/Olympus_Mons',
          start: '2026-03-12T17:00',
          end: '2026-03-12T19:00',
        }),
      ),
    ).resolves.toBe(
      "Please correct the form: timeZone: 'Mars/Olympus_Mons' is not an IANA time zone (for example Europe/Berlin or America/New_York)",
    );
  });

  it('refuses a version that is not semver', async () => {
    for (const version of ['1.0', 'v1.0.0', 'latest']) {
      await expect(
        problemsWith({
          kind: 'Component',
          name: 'kestrel-metrics',
          fields: { version },
        }),
      ).resolves.toBe(
        `Please correct the form: version: '${version}' is not a semantic version (for example 0.1.0 or 1.2.0-beta.1)`,
      );
    }
  });

  it('refuses refs that do not parse or do not exist, under their parameter', async () => {
    await expect(
      problemsWith({
        kind: 'Component',
        name: 'kestrel-metrics',
        refs: {
          owner: ['group:default/nobody'],
          sponsor: 'partner:default/acme',
          speakers: ['amara.okafor'],
        },
      }),
    ).resolves.toBe(
      'Please correct the form (3 problems): ' +
        "speakers: 'amara.okafor' is not an entity reference (kind:namespace/name, for example group:default/core-maintainers); " +
        'owner: group:default/nobody does not exist in the catalog; ' +
        'sponsor: partner:default/acme does not exist in the catalog',
    );
  });

  it('lists every problem at once', async () => {
    const message = await problemsWith({
      kind: 'Event',
      name: 'kestrel-core',
      fields: {
        start: '2026-03-12T17:00',
        end: '2026-03-12T16:00',
        timeZone: 'Europe/Berlin',
        version: 'next',
      },
      refs: { organisers: ['user:default/nobody'] },
    });
    expect(message).toMatch(/^Please correct the form \(3 problems\): /);
    expect(message).toMatch(/end: /);
    expect(message).toMatch(/version: /);
    expect(message).toMatch(/organisers: user:default\/nobody does not exist/);
  });
});
