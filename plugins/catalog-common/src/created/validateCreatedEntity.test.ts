import { Entity } from '@backstage/catalog-model';
import { EntityFieldError } from './EntityFieldError';
import { validateCreatedEntity } from './validateCreatedEntity';

const library: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'kestrel-retry', description: 'Retries with backoff' },
  spec: {
    type: 'library',
    lifecycle: 'experimental',
    owner: 'group:default/core-maintainers',
    system: 'kestrel-core',
  },
};

const meetup: Entity = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Event',
  metadata: { name: 'lisbon-meetup', title: 'Lisbon meetup' },
  spec: {
    type: 'meetup',
    owner: 'group:default/event-organisers',
    start: '2027-03-12T18:00',
    end: '2027-03-12T20:00',
    timeZone: 'Europe/Lisbon',
    location: { venue: 'Cowork Lisboa' },
    organisers: ['user:default/amara.okafor'],
    status: 'scheduled',
  },
};

const partner: Entity = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Partner',
  metadata: { name: 'fjord-analytics' },
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

function withChange(entity: Entity, change: (copy: any) => void): Entity {
  const copy = JSON.parse(JSON.stringify(entity));
  change(copy);
  return copy;
}

describe('validateCreatedEntity', () => {
  it('accepts a package, a learning path, an event and a partner, filling in the namespace', async () => {
    await expect(validateCreatedEntity(library)).resolves.toMatchObject({
      metadata: { name: 'kestrel-retry', namespace: 'default' },
    });
    const learningPath = withChange(library, e => {
      e.spec.type = 'learning-path';
    });
    await expect(validateCreatedEntity(learningPath)).resolves.toBeDefined();
    await expect(validateCreatedEntity(meetup)).resolves.toBeDefined();
    await expect(validateCreatedEntity(partner)).resolves.toBeDefined();
  });

  it.each([
    ['not an object', [], /^entity: must be an object/],
    ['no kind', withChange(library, e => delete e.kind), /^kind: is required/],
    ['a kind the portal does not keep', withChange(library, e => (e.kind = 'System')), /^kind: must be one of Component, Event, Partner, got "System"/],
    ['a component type the portal does not keep', withChange(library, e => (e.spec.type = 'service')), /^spec\.type: must be one of library, framework, tool, learning-path/],
    ['a name with spaces', withChange(library, e => (e.metadata.name = 'Kestrel Retry')), /^metadata\.name: must be 1-63 characters/],
    ['a name of 64 characters', withChange(library, e => (e.metadata.name = 'k'.repeat(64))), /^metadata\.name: /],
    ['no name', withChange(library, e => delete e.metadata.name), /^metadata\.name: /],
    ['an upper-case namespace', withChange(library, e => (e.metadata.namespace = 'Default')), /^metadata\.namespace: /],
    ['a component without an owner', withChange(library, e => delete e.spec.owner), /^spec\.owner: is required$/],
    ['a component without a lifecycle', withChange(library, e => delete e.spec.lifecycle), /^spec\.lifecycle: is required$/],
    ['a component of another apiVersion', withChange(library, e => (e.apiVersion = 'communityhub.dev/v1alpha1')), /^apiVersion: must be backstage\.io\/v1alpha1 for kind Component/],
    ['an unknown root field', withChange(library, e => (e.extra = true)), /^extra: is not an entity field/],
    ['a malformed label', withChange(library, e => (e.metadata.labels = { tier: 'a b' })), /^metadata\.labels\.tier: is not valid/],
    ['an event ending before it starts', withChange(meetup, e => (e.spec.end = '2027-03-12T17:00')), /^spec\.end: must be after spec\.start$/],
    ['an event in a made-up time zone', withChange(meetup, e => (e.spec.timeZone = 'Mars/Olympus')), /^spec\.timeZone: must be an IANA time zone/],
    ['an event on 30 February', withChange(meetup, e => (e.spec.start = '2027-02-30T18:00')), /^spec\.start: is not a real date/],
    ['an event without an owner', withChange(meetup, e => delete e.spec.owner), /^spec\.owner: is required$/],
    ['a partner without an owner', withChange(partner, e => delete e.spec.owner), /^spec\.owner: is required$/],
    ['a partner contact that is a group', withChange(partner, e => (e.spec.contacts = ['group:default/x'])), /^spec\.contacts\[0\]: must refer to a user/],
    ['a partner of the wrong apiVersion', withChange(partner, e => (e.apiVersion = 'backstage.io/v1alpha1')), /^apiVersion: must be communityhub\.dev\/v1alpha1 for kind Partner/],
  ])('rejects %s, naming the field', async (_case, entity, message) => {
    const result = validateCreatedEntity(entity);
    await expect(result).rejects.toThrow(message);
    await expect(result).rejects.toBeInstanceOf(EntityFieldError);
  });

  it('gives the field on its own too', async () => {
    await expect(
      validateCreatedEntity(withChange(meetup, e => (e.spec.capacity = 0))),
    ).rejects.toMatchObject({ field: 'spec.capacity' });
  });
});
