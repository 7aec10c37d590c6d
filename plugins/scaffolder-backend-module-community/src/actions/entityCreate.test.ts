import {
  createMockDirectory,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import { actionContext, AMARA } from '../__testUtils__/actionContext';
import { startFakeCreatedEntitiesApi } from '../__testUtils__/fakeCreatedEntitiesApi';
import { readCreatedContentConfig } from '../config';
import { createCreatedEntitiesClient } from '../lib/createdEntitiesClient';
import { createEntityCreateAction } from './entityCreate';
import { createGitCommitAction } from './gitCommit';

const root = createMockDirectory();
const workspacePath = root.resolve('workspace');
const settings = readCreatedContentConfig(
  new ConfigReader({
    communityHub: { createdContent: { directory: root.resolve('created') } },
  }),
);

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'kestrel-metrics', description: 'Metrics for flows' },
  spec: {
    type: 'library',
    lifecycle: 'experimental',
    owner: 'group:default/core-maintainers',
    system: 'kestrel-core',
  },
};

const meetup = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Event',
  metadata: { name: 'kestrel-meetup-berlin', title: 'Kestrel meetup Berlin' },
  spec: {
    type: 'meetup',
    owner: 'group:default/event-organisers',
    start: '2026-03-12T17:00',
    end: '2026-03-12T19:00',
    timeZone: 'Europe/Berlin',
    location: { venue: 'c-base', address: 'Rungestraße 20, Berlin' },
    organisers: ['user:default/amara.okafor'],
    status: 'scheduled',
  },
};

describe('community:entity:create', () => {
  let api: Awaited<ReturnType<typeof startFakeCreatedEntitiesApi>>;
  let action: ReturnType<typeof createEntityCreateAction>;

  beforeAll(async () => {
    api = await startFakeCreatedEntitiesApi();
    action = createEntityCreateAction({
      settings,
      client: createCreatedEntitiesClient({
        auth: mockServices.auth(),
        discovery: mockServices.discovery.mock({
          getBaseUrl: async () => api.catalogBaseUrl,
        }),
      }),
    });
  });
  afterAll(() => api.stop());

  beforeEach(() => {
    api.received.length = 0;
    root.setContent({
      workspace: { package: { 'catalog-info.yaml': 'kind: Component\n' } },
    });
  });

  /** Runs community:git:commit as the step before, like the templates do. */
  async function commitSkeleton(): Promise<string> {
    const { ctx, outputs } = actionContext({
      input: { sourcePath: 'package', name: 'kestrel-metrics' },
      workspacePath,
    });
    await createGitCommitAction({ settings }).handler(ctx);
    return outputs().directory as string;
  }

  function run(
    input: { entity: Record<string, unknown>; sourceDirectory?: string },
    isDryRun = false,
  ) {
    const { ctx, outputs } = actionContext({ input, workspacePath, isDryRun });
    return action.handler(ctx).then(outputs);
  }

  it('creates the entity through the API on behalf of the person running the template', async () => {
    const sourceDirectory = await commitSkeleton();
    api.answer(201, {
      entityRef: 'component:default/kestrel-metrics',
      entityUrl: '/catalog/default/component/kestrel-metrics',
    });

    await expect(run({ entity, sourceDirectory })).resolves.toEqual({
      entityRef: 'component:default/kestrel-metrics',
      entityUrl: '/catalog/default/component/kestrel-metrics',
    });
    expect(api.received).toEqual([
      {
        method: 'POST',
        url: '/api/catalog/community/created-entities',
        authorization: `Bearer ${mockCredentials.service.token({
          onBehalfOf: mockCredentials.user(AMARA),
          targetPluginId: 'catalog',
        })}`,
        body: { entity, sourceDirectory },
      },
    ]);
    expect(fs.existsSync(sourceDirectory)).toBe(true);
  });

  it('finishes once the catalog lists the new entity, so the output links work', async () => {
    api.answer(201, {
      entityRef: 'event:default/kestrel-meetup-berlin',
      entityUrl: '/catalog/default/event/kestrel-meetup-berlin',
    });
    const lookups: string[] = [];
    const catalog = catalogServiceMock.mock({
      getEntityByRef: async (ref: any) => {
        lookups.push(String(ref));
        return lookups.length < 3 ? undefined : (meetup as any);
      },
    });
    const waiting = createEntityCreateAction({
      settings,
      client: createCreatedEntitiesClient({
        auth: mockServices.auth(),
        discovery: mockServices.discovery.mock({
          getBaseUrl: async () => api.catalogBaseUrl,
        }),
      }),
      catalog,
    });
    const { ctx, outputs } = actionContext({
      input: { entity: meetup },
      workspacePath,
    });
    await waiting.handler(ctx);
    expect(lookups).toEqual([
      'event:default/kestrel-meetup-berlin',
      'event:default/kestrel-meetup-berlin',
      'event:default/kestrel-meetup-berlin',
    ]);
    expect(outputs().entityRef).toBe('event:default/kestrel-meetup-berlin');
  });

  it('fails with NotAllowedError when the policy refuses, and removes the committed skeleton', async () => {
    const sourceDirectory = await commitSkeleton();
    api.refuse(
      403,
      'NotAllowedError',
      'Only maintainers may create packages (Component kestrel-metrics)',
    );

    const error = await run({ entity, sourceDirectory }).catch(e => e);
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message).toBe(
      'Only maintainers may create packages (Component kestrel-metrics)',
    );
    expect(fs.existsSync(sourceDirectory)).toBe(false);
    expect(root.content({ path: 'created' })).toEqual({ packages: {} });
  });

  it.each([
    [400, 'InputError', 'spec.owner: must be a group', InputError],
    [
      409,
      'ConflictError',
      'component:default/kestrel-metrics already exists',
      ConflictError,
    ],
  ])(
    'passes on a %s answer as %s with the API message, and removes the skeleton',
    async (status, name, message, type) => {
      const sourceDirectory = await commitSkeleton();
      api.refuse(status, name, message);

      const error = await run({ entity, sourceDirectory }).catch(e => e);
      expect(error).toBeInstanceOf(type);
      expect(error.message).toBe(message);
      expect(fs.existsSync(sourceDirectory)).toBe(false);
    },
  );

  it('removes the skeleton when the API fails otherwise', async () => {
    const sourceDirectory = await commitSkeleton();
    api.answer(503, 'catalog is starting');

    await expect(run({ entity, sourceDirectory })).rejects.toThrow(
      /Request failed with 503/,
    );
    expect(fs.existsSync(sourceDirectory)).toBe(false);
  });

  it('refuses a sourceDirectory that community:git:commit did not make, and leaves it alone', async () => {
    for (const sourceDirectory of [
      workspacePath,
      settings.directory,
      root.resolve('created/packages'),
      root.resolve('created/packages/kestrel-metrics/docs'),
      'created/packages/kestrel-metrics',
    ]) {
      await expect(run({ entity, sourceDirectory })).rejects.toThrow(
        new InputError(
          `sourceDirectory: '${sourceDirectory}' is not a folder made by community:git:commit (${settings.directory}/packages/<name>)`,
        ),
      );
    }
    expect(fs.existsSync(workspacePath)).toBe(true);
    expect(api.received).toEqual([]);
  });

  describe('in a dry-run', () => {
    it('checks the entity locally and answers the would-be ref and page without calling the API', async () => {
      await expect(
        run(
          {
            entity,
            sourceDirectory: root.resolve('created/packages/kestrel-metrics'),
          },
          true,
        ),
      ).resolves.toEqual({
        entityRef: 'component:default/kestrel-metrics',
        entityUrl: '/catalog/default/component/kestrel-metrics',
      });
      await expect(
        run({ entity: meetup, sourceDirectory: '' }, true),
      ).resolves.toEqual({
        entityRef: 'event:default/kestrel-meetup-berlin',
        entityUrl: '/catalog/default/event/kestrel-meetup-berlin',
      });
      await expect(
        run(
          {
            entity: {
              apiVersion: 'communityhub.dev/v1alpha1',
              kind: 'Partner',
              metadata: { name: 'acme', namespace: 'Partners' },
              spec: {},
            },
          },
          true,
        ),
      ).rejects.toThrow(InputError);
      expect(api.received).toEqual([]);
    });

    it('refuses what the API would refuse, naming the field', async () => {
      await expect(
        run(
          { entity: { ...entity, metadata: { name: 'Kestrel Metrics' } } },
          true,
        ),
      ).rejects.toThrow(/^entity is not valid: .*metadata\.name/);
      await expect(
        run(
          { entity: { ...entity, spec: { type: 'library', owner: 'x' } } },
          true,
        ),
      ).rejects.toThrow(/^entity is not valid: .*lifecycle/);
      await expect(
        run(
          {
            entity: {
              ...meetup,
              spec: { ...meetup.spec, end: '2026-03-12T16:00' },
            },
          },
          true,
        ),
      ).rejects.toThrow(
        'entity is not valid: /spec/end must be after /spec/start',
      );
      await expect(
        run({ entity: { ...entity, kind: 'Template' } }, true),
      ).rejects.toThrow(
        "entity is not valid: kind must be one of Component, Event, Partner, got 'Template'",
      );
      expect(api.received).toEqual([]);
    });
  });
});
