import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import request from 'supertest';
import { scaffolderModuleCommunity } from './module';

const catalogEntities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'core-maintainers', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
];

/** A template that runs every community action, as the real ones do. */
const template = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'module-test', title: 'Module test' },
  spec: {
    owner: 'group:default/core-maintainers',
    type: 'package',
    parameters: [
      {
        type: 'object',
        required: ['name', 'owner'],
        properties: { name: { type: 'string' }, owner: { type: 'string' } },
      },
    ],
    steps: [
      { id: 'destination', action: 'community:destination' },
      {
        id: 'validate',
        action: 'community:validate',
        input: {
          kind: 'Component',
          name: '${{ parameters.name }}',
          refs: { owner: ['${{ parameters.owner }}'] },
        },
      },
      {
        id: 'commit',
        action: 'community:git:commit',
        if: "${{ steps.destination.output.mode === 'portal' }}",
        input: { sourcePath: '.', name: '${{ parameters.name }}' },
      },
      {
        id: 'create',
        action: 'community:entity:create',
        if: "${{ steps.destination.output.mode === 'portal' }}",
        input: {
          sourceDirectory: '${{ steps.commit.output.directory }}',
          entity: {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: '${{ parameters.name }}' },
            spec: {
              type: 'library',
              lifecycle: 'experimental',
              owner: '${{ parameters.owner }}',
            },
          },
        },
      },
    ],
    output: {
      entityUrl: '${{ steps.create.output.entityUrl }}',
      directory: '${{ steps.commit.output.directory }}',
    },
  },
};

describe('scaffolderModuleCommunity', () => {
  async function startScaffolder() {
    return startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleCommunity,
        catalogServiceMock.factory({ entities: catalogEntities }),
        mockServices.rootConfig.factory({
          data: {
            // Dry-runs need no task workers.
            scaffolder: { concurrentTasksLimit: 0 },
            communityHub: {
              createdContent: { directory: '/srv/hub/data/created' },
            },
          },
        }),
      ],
    });
  }

  it('adds the community actions to the scaffolder, with described inputs and outputs', async () => {
    const backend = await startScaffolder();
    const res = await request(backend.server)
      .get('/api/scaffolder/v2/actions')
      .set('Authorization', mockCredentials.user.header());
    await backend.stop();

    expect(res.status).toBe(200);
    const actions = Object.fromEntries(
      (res.body as Array<{ id: string; schema: any }>).map(a => [a.id, a]),
    );
    expect(
      Object.keys(actions)
        .filter(id => id.startsWith('community:'))
        .sort(),
    ).toEqual([
      'community:destination',
      'community:entity:create',
      'community:git:commit',
      'community:validate',
    ]);
    expect(actions['community:validate'].schema.input).toMatchObject({
      required: ['kind', 'name'],
      properties: {
        name: { type: 'string', description: expect.any(String) },
      },
    });
    expect(actions['community:git:commit'].schema.output).toMatchObject({
      required: ['directory'],
      properties: { commit: { type: 'string' } },
    });
  });

  it('runs a template through all community actions in a dry-run', async () => {
    const backend = await startScaffolder();
    const res = await request(backend.server)
      .post('/api/scaffolder/v2/dry-run')
      .set(
        'Authorization',
        mockCredentials.user.header('user:default/amara.okafor'),
      )
      .send({
        template,
        values: {
          name: 'kestrel-metrics',
          owner: 'group:default/core-maintainers',
        },
        directoryContents: [],
      });
    const refused = await request(backend.server)
      .post('/api/scaffolder/v2/dry-run')
      .set(
        'Authorization',
        mockCredentials.user.header('user:default/amara.okafor'),
      )
      .send({
        template,
        values: { name: 'Kestrel Metrics', owner: 'group:default/nobody' },
        directoryContents: [],
      });
    await backend.stop();

    expect(res.status).toBe(200);
    expect(res.body.output).toEqual({
      entityUrl: '/catalog/default/component/kestrel-metrics',
      directory: '/srv/hub/data/created/packages/kestrel-metrics',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toEqual({
      name: 'InputError',
      message:
        "Please correct the form (2 problems): name: 'Kestrel Metrics' is not a valid name: " +
        'use 1-63 letters, digits, dashes, underscores or dots, starting and ending with a letter or digit; ' +
        'owner: group:default/nobody does not exist in the catalog',
    });
  });
});
