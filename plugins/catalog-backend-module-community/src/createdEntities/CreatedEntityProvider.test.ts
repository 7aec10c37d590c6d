import { mockServices } from '@backstage/backend-test-utils';
import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProviderConnection,
  EntityProviderMutation,
  EntityProviderRefreshOptions,
} from '@backstage/plugin-catalog-node';
import { CreatedEntityProvider } from './CreatedEntityProvider';
import { CreatedEntityRecord, CreatedEntityStore } from './CreatedEntityStore';

const retry: CreatedEntityRecord = {
  entityRef: 'component:default/kestrel-retry',
  entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'kestrel-retry',
      namespace: 'default',
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
    },
    spec: { type: 'library', lifecycle: 'experimental', owner: 'core-maintainers' },
  },
  sourceDirectory: '/data/created/packages/kestrel-retry',
  createdBy: 'user:default/ada',
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
};

const meetup: CreatedEntityRecord = {
  entityRef: 'event:default/lisbon-meetup',
  entity: {
    apiVersion: 'communityhub.dev/v1alpha1',
    kind: 'Event',
    metadata: { name: 'Lisbon-Meetup', namespace: 'default' },
    spec: { type: 'meetup' },
  },
  createdBy: 'user:default/grace',
  createdAt: '2026-11-24T11:00:00.000Z',
  updatedAt: '2026-11-24T12:00:00.000Z',
};

function provided(record: CreatedEntityRecord, location: string): { entity: Entity; locationKey: string } {
  return {
    locationKey: 'community-created-entities',
    entity: {
      ...record.entity,
      metadata: {
        ...record.entity.metadata,
        annotations: {
          ...record.entity.metadata.annotations,
          'backstage.io/managed-by-location': location,
          'backstage.io/managed-by-origin-location': location,
          'communityhub.dev/created-by': record.createdBy,
          'communityhub.dev/created-at': record.createdAt,
        },
      },
    },
  };
}

const RETRY_LOCATION = 'file:/data/created/packages/kestrel-retry/catalog-info.yaml';
const MEETUP_LOCATION = 'community-created-entities:event:default/lisbon-meetup';

function setUp(records: CreatedEntityRecord[]) {
  const store = { list: jest.fn(async () => records) } as unknown as CreatedEntityStore &
    { list: jest.Mock };
  const connection = {
    applyMutation: jest.fn(async (_mutation: EntityProviderMutation) => {}),
    refresh: jest.fn(async (_options: EntityProviderRefreshOptions) => {}),
  } satisfies EntityProviderConnection;
  const scheduled: SchedulerServiceTaskInvocationDefinition[] = [];
  const provider = new CreatedEntityProvider({
    store,
    logger: mockServices.logger.mock(),
    taskRunner: { run: async task => void scheduled.push(task) },
  });
  return { store, connection, scheduled, provider };
}

describe('CreatedEntityProvider', () => {
  it('hands every kept entity to the catalog when connected, with its locations and creator', async () => {
    const { provider, connection } = setUp([retry, meetup]);
    expect(provider.getProviderName()).toBe('community-created-entities');
    await provider.connect(connection);
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    expect(connection.applyMutation).toHaveBeenCalledWith({
      type: 'full',
      entities: [provided(retry, RETRY_LOCATION), provided(meetup, MEETUP_LOCATION)],
    });
  });

  it('schedules a full refresh that hands over what is kept by then', async () => {
    const records = [retry];
    const { provider, connection, scheduled } = setUp(records);
    await provider.connect(connection);
    expect(scheduled.map(task => task.id)).toEqual(['community-created-entities:refresh']);

    records.push(meetup);
    await scheduled[0].fn(new AbortController().signal);
    expect(connection.applyMutation).toHaveBeenLastCalledWith({
      type: 'full',
      entities: [provided(retry, RETRY_LOCATION), provided(meetup, MEETUP_LOCATION)],
    });
  });

  it('hands each change over as a delta', async () => {
    const { provider, connection } = setUp([]);
    await provider.connect(connection);
    connection.applyMutation.mockClear();

    await provider.saved(meetup);
    expect(connection.applyMutation).toHaveBeenCalledWith({
      type: 'delta',
      added: [provided(meetup, MEETUP_LOCATION)],
      removed: [],
    });
    await provider.removed(retry);
    expect(connection.applyMutation).toHaveBeenLastCalledWith({
      type: 'delta',
      added: [],
      removed: [provided(retry, RETRY_LOCATION)],
    });
  });

  it('leaves changes before the catalog connects to the first full mutation', async () => {
    const { provider, connection } = setUp([meetup]);
    await expect(provider.saved(meetup)).resolves.toBeUndefined();
    await provider.connect(connection);
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    expect(connection.applyMutation).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'full' }),
    );
  });

  it('still schedules the refresh when the first full mutation fails', async () => {
    const { provider, connection, store, scheduled } = setUp([]);
    store.list.mockRejectedValueOnce(new Error('database is starting'));
    await provider.connect(connection);
    expect(connection.applyMutation).not.toHaveBeenCalled();
    await scheduled[0].fn(new AbortController().signal);
    expect(connection.applyMutation).toHaveBeenCalledWith({ type: 'full', entities: [] });
  });
});
