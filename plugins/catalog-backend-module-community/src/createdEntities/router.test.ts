import { TestBackend, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  catalogEntity,
  signedInAs,
  startCommunityCatalog,
  waitFor,
} from '../__testUtils__/startCommunityCatalog';

jest.setTimeout(120_000);

const API = '/api/catalog/community/created-entities';

// In-memory SQLite, closed again after the tests.
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

function aPackage(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      description: 'Retries with backoff',
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
    },
    spec: {
      type: 'library',
      lifecycle: 'experimental',
      owner: 'group:default/core-maintainers',
      system: 'kestrel-core',
    },
  };
}

function aLearningPath(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, title: 'Pipelines in a day' },
    spec: {
      type: 'learning-path',
      lifecycle: 'production',
      owner: 'group:default/educators',
      system: 'kestrel-handbook',
    },
  };
}

function aMeetup(name: string, spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'communityhub.dev/v1alpha1',
    kind: 'Event',
    metadata: { name, title: 'Lisbon meetup' },
    spec: {
      type: 'meetup',
      owner: 'group:default/event-organisers',
      start: '2027-03-12T18:00',
      end: '2027-03-12T20:00',
      timeZone: 'Europe/Lisbon',
      location: { venue: 'Cowork Lisboa' },
      organisers: ['user:default/organiser'],
      status: 'scheduled',
      ...spec,
    },
  };
}

function aNewsletter(name: string): Entity {
  return {
    apiVersion: 'communityhub.dev/v1alpha1',
    kind: 'Event',
    metadata: { name, title: 'Newsletter, March 2027' },
    spec: {
      type: 'newsletter',
      owner: 'group:default/event-organisers',
      publishDate: '2027-03-01',
      contentStatus: 'draft',
    },
  };
}

function aPartner(name: string): Entity {
  return {
    apiVersion: 'communityhub.dev/v1alpha1',
    kind: 'Partner',
    metadata: { name },
    spec: {
      type: 'company',
      tier: 'silver',
      since: '2026-11-01',
      website: 'https://fjord-analytics.example',
      emailDomains: ['fjord-analytics.example'],
      owner: 'group:default/partnerships',
      contacts: ['user:default/ines.duarte'],
    },
  };
}

describe('created-entities API', () => {
  let backend: TestBackend;
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'created-'));
    backend = await startCommunityCatalog({
      createdContentDirectory: directory,
      knex: await databases.init('SQLITE_3'),
    });
    // The fixture has been read once the taken name is in the catalog.
    await waitFor(() => catalogEntity(backend, 'component/default/kestrel-flow'));
  });

  afterAll(async () => {
    await backend?.stop();
    await rm(directory, { recursive: true, force: true });
  });

  const create = (userRef: string | undefined, body: unknown) => {
    const req = request(backend.server).post(API);
    return (userRef ? req.set(signedInAs(userRef)) : req).send(body as object);
  };
  const update = (userRef: string, ref: string, body: unknown) =>
    request(backend.server)
      .put(`${API}/${ref}`)
      .set(signedInAs(userRef))
      .send(body as object);
  const remove = (userRef: string, ref: string) =>
    request(backend.server).delete(`${API}/${ref}`).set(signedInAs(userRef));
  const errorOf = (res: request.Response) => res.body.error?.message as string;

  it('needs a signed-in user on every route', async () => {
    const server = request(backend.server);
    expect((await create(undefined, { entity: aPackage('kestrel-anon') })).status).toBe(401);
    expect((await server.get(API)).status).toBe(401);
    expect((await server.put(`${API}/component/default/kestrel-flow`).send({})).status).toBe(401);
    expect((await server.delete(`${API}/component/default/kestrel-flow`)).status).toBe(401);
  });

  it.each([
    ['a member', 'member', 'a package', aPackage('kestrel-by-member'), 'Only maintainers and community managers may create packages'],
    ['an educator', 'educator', 'a package', aPackage('kestrel-by-educator'), 'Only maintainers and community managers may create packages'],
    ['a maintainer', 'maintainer', 'a partner', aPartner('partner-by-maintainer'), 'Only community managers may create partners'],
    ['an event organiser', 'organiser', 'a partner', aPartner('partner-by-organiser'), 'Only community managers may create partners'],
    ['a maintainer', 'maintainer', 'an event', aMeetup('meetup-by-maintainer'), 'Only event organisers and community managers may create events'],
    ['a member', 'member', 'a newsletter', aNewsletter('newsletter-by-member'), 'Only event organisers and community managers may create events'],
    ['an event organiser', 'organiser', 'a learning path', aLearningPath('path-by-organiser'), 'Only educators and community managers may create learning paths'],
  ])('refuses %s creating %s with 403, naming who may', async (_who, user, _what, entity, message) => {
    const res = await create(`user:default/${user}`, { entity });
    expect(res.status).toBe(403);
    expect(errorOf(res)).toContain(message);
  });

  it.each([
    ['a name with spaces', { entity: { ...aMeetup('x'), metadata: { name: 'Lisbon Meetup', title: 'Lisbon' } } }, /^metadata\.name: must be 1-63 characters/],
    ['a name of 64 characters', { entity: aMeetup('m'.repeat(64)) }, /^metadata\.name: must be 1-63 characters/],
    ['an Event ending before it starts', { entity: aMeetup('early-end', { end: '2027-03-12T17:00' }) }, /^spec\.end: must be after spec\.start/],
    ['an unknown time zone', { entity: aMeetup('on-mars', { timeZone: 'Mars/Olympus' }) }, /^spec\.timeZone: must be an IANA time zone/],
    ['a malformed recurrence rule', { entity: aMeetup('every-blue-moon', { recurrence: { rrule: 'FREQ=SOMETIMES' } }) }, /^spec\.recurrence\.rrule: is not a valid RFC 5545 rule/],
    ['an Event without an owner', { entity: aMeetup('ownerless', { owner: undefined }) }, /^spec\.owner: is required/],
    ['a kind the portal does not keep', { entity: { ...aMeetup('x'), kind: 'System' } }, /^kind: must be one of Component, Event, Partner/],
    ['an Event of another apiVersion', { entity: { ...aMeetup('x'), apiVersion: 'backstage.io/v1alpha1' } }, /^apiVersion: must be communityhub\.dev\/v1alpha1 for kind Event/],
    ['no entity', {}, /^entity: /],
    ['an unknown field in the body', { entity: aMeetup('with-extra'), extra: 1 }, /^extra: not allowed/],
    ['a relative source directory', { entity: aMeetup('relative-dir'), sourceDirectory: 'packages/x' }, /^sourceDirectory: must be an absolute path/],
    ['a source directory outside the created content', { entity: aMeetup('outside-dir'), sourceDirectory: '/etc' }, /^sourceDirectory: must be inside/],
  ])('rejects %s with 400, naming the field', async (_case, body, message) => {
    const res = await create('user:default/organiser', body);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatch(message);
  });

  it('refuses a name an entity of the catalog has, with 409', async () => {
    const res = await create('user:default/maintainer', { entity: aPackage('kestrel-flow') });
    expect(res.status).toBe(409);
    expect(errorOf(res)).toContain('component:default/kestrel-flow already exists in the catalog');
    // Names are compared as the catalog does, without regard to case.
    const shouting = await create('user:default/maintainer', { entity: aPackage('Kestrel-Flow') });
    expect(shouting.status).toBe(409);
  });

  it('creates a package that reaches the catalog with its annotations, and keeps it once', async () => {
    const sourceDirectory = join(directory, 'packages', 'kestrel-retry');
    const res = await create('user:default/maintainer', {
      entity: aPackage('kestrel-retry'),
      sourceDirectory,
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      entityRef: 'component:default/kestrel-retry',
      entityUrl: '/catalog/default/component/kestrel-retry',
    });

    const entity = await waitFor(() => catalogEntity(backend, 'component/default/kestrel-retry'));
    const location = `file:${join(sourceDirectory, 'catalog-info.yaml')}`;
    expect(entity.metadata.annotations).toEqual(
      expect.objectContaining({
        'backstage.io/managed-by-location': location,
        'backstage.io/managed-by-origin-location': location,
        'backstage.io/techdocs-ref': 'dir:.',
        'communityhub.dev/created-by': 'user:default/maintainer',
        'communityhub.dev/created-at': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      }),
    );
    expect(entity.relations).toContainEqual({
      type: 'ownedBy',
      targetRef: 'group:default/core-maintainers',
    });

    const again = await create('user:default/manager', { entity: aPackage('kestrel-retry') });
    expect(again.status).toBe(409);

    const list = await request(backend.server).get(API).set(signedInAs('user:default/member'));
    expect(list.status).toBe(200);
    expect(list.body.items).toContainEqual({
      entityRef: 'component:default/kestrel-retry',
      createdBy: 'user:default/maintainer',
      createdAt: entity.metadata.annotations!['communityhub.dev/created-at'],
      updatedAt: entity.metadata.annotations!['communityhub.dev/created-at'],
    });
  });

  it.each([
    ['an event organiser', 'organiser', 'an event', aMeetup('lisbon-meetup-2027'), 'event/default/lisbon-meetup-2027'],
    ['an event organiser', 'organiser', 'a newsletter', aNewsletter('newsletter-2027-03'), 'event/default/newsletter-2027-03'],
    ['an educator', 'educator', 'a learning path', aLearningPath('pipelines-in-a-day'), 'component/default/pipelines-in-a-day'],
    ['a community manager', 'manager', 'a partner', aPartner('fjord-analytics'), 'partner/default/fjord-analytics'],
    ['a community manager', 'manager', 'a package', aPackage('kestrel-by-manager'), 'component/default/kestrel-by-manager'],
  ])('lets %s create %s, which the catalog serves without files', async (_who, user, _what, entity, path) => {
    const res = await create(`user:default/${user}`, { entity });
    expect(res.status).toBe(201);
    const served = await waitFor(() => catalogEntity(backend, path));
    expect(served.metadata.annotations?.['backstage.io/managed-by-location']).toBe(
      `community-created-entities:${path.replace('/', ':')}`,
    );
  });

  it('lets the creator, the owner group and community managers update, and no one else', async () => {
    const ref = 'component/default/kestrel-backoff';
    expect((await create('user:default/maintainer', { entity: aPackage('kestrel-backoff') })).status).toBe(201);

    const described = (description: string) => {
      const entity = aPackage('kestrel-backoff');
      entity.metadata.description = description;
      return { entity };
    };
    const stranger = await update('user:default/stranger', ref, described('Hijacked'));
    expect(stranger.status).toBe(403);
    expect(errorOf(stranger)).toContain(
      'Only the creator of component:default/kestrel-backoff, the members of group:default/core-maintainers and community managers',
    );
    expect((await update('user:default/organiser', ref, described('Hijacked'))).status).toBe(403);

    const served = (description: string) =>
      waitFor(async () => {
        const entity = await catalogEntity(backend, ref);
        return entity?.metadata.description === description ? entity : undefined;
      });
    for (const [user, description] of [
      ['maintainer', 'By its creator'],
      ['co-maintainer', 'By its owner group'],
      ['manager', 'By a community manager'],
    ]) {
      const res = await update(`user:default/${user}`, ref, described(description));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        entityRef: 'component:default/kestrel-backoff',
        entityUrl: '/catalog/default/component/kestrel-backoff',
      });
      await served(description);
    }

    const latest = await catalogEntity(backend, ref);
    expect(latest?.metadata.annotations?.['communityhub.dev/created-by']).toBe('user:default/maintainer');

    const renamed = await update('user:default/maintainer', ref, { entity: aPackage('kestrel-renamed') });
    expect(renamed.status).toBe(400);
    expect(errorOf(renamed)).toMatch(/^metadata\.name: cannot change/);

    const invalid = { entity: { ...aPackage('kestrel-backoff'), spec: { type: 'library' } } };
    const res = await update('user:default/maintainer', ref, invalid);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatch(/^spec\.\w+: is required/);

    // Turning a package into a learning path needs the right to create learning paths.
    const asPath = { entity: { ...aLearningPath('kestrel-backoff') } };
    const turned = await update('user:default/maintainer', ref, asPath);
    expect(turned.status).toBe(403);
    expect(errorOf(turned)).toContain('Only educators and community managers');

    expect((await update('user:default/manager', 'component/default/kestrel-flow', described('x'))).status).toBe(404);
  });

  it('lets those allowed delete, which removes the entity from the catalog', async () => {
    const ref = 'event/default/office-hours-2027';
    expect((await create('user:default/organiser', { entity: aMeetup('office-hours-2027') })).status).toBe(201);
    await waitFor(() => catalogEntity(backend, ref));

    expect((await remove('user:default/member', ref)).status).toBe(403);
    expect((await remove('user:default/maintainer', ref)).status).toBe(403);

    const res = await remove('user:default/organiser', ref);
    expect(res.status).toBe(204);
    await waitFor(async () =>
      (await catalogEntity(backend, ref)) === undefined ? true : undefined,
    );
    expect((await remove('user:default/organiser', ref)).status).toBe(404);

    const list = await request(backend.server).get(API).set(signedInAs('user:default/member'));
    expect(list.body.items.map((i: { entityRef: string }) => i.entityRef)).not.toContain(
      'event:default/office-hours-2027',
    );

    // The name is free again.
    expect((await create('user:default/organiser', { entity: aMeetup('office-hours-2027') })).status).toBe(201);
  });
});
