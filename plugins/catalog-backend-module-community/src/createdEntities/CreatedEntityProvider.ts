import {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { CreatedEntityRecord, CreatedEntityStore } from './CreatedEntityStore';
import { CREATED_ENTITIES_PROVIDER, providedEntity } from './providedEntity';

/**
 * What the created-entities API tells the catalog after each change.
 *
 * @public
 */
export interface CreatedEntityPublisher {
  /** The entity was created or updated. */
  saved(record: CreatedEntityRecord): Promise<void>;
  /** The entity was deleted. */
  removed(record: CreatedEntityRecord): Promise<void>;
}

/**
 * Serves the entities the portal keeps to the catalog: all of them when the
 * catalog connects and again on a schedule (so replicas converge and a lost
 * change is made good), and each change as it happens.
 *
 * @public
 */
export class CreatedEntityProvider
  implements EntityProvider, CreatedEntityPublisher
{
  private connection?: EntityProviderConnection;

  constructor(
    private readonly options: {
      store: CreatedEntityStore;
      logger: LoggerService;
      /** Runs the full refresh; schedule it with scope `global`. */
      taskRunner: SchedulerServiceTaskRunner;
    },
  ) {}

  getProviderName(): string {
    return CREATED_ENTITIES_PROVIDER;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    try {
      await this.refresh();
    } catch (error) {
      this.options.logger.error(
        `Could not hand the kept entities to the catalog; the scheduled refresh will retry: ${error}`,
      );
    }
    await this.options.taskRunner.run({
      id: `${CREATED_ENTITIES_PROVIDER}:refresh`,
      fn: () => this.refresh(),
    });
  }

  /** Replaces everything this provider gave the catalog with what is kept now. */
  async refresh(): Promise<void> {
    const connection = this.requireConnection();
    const records = await this.options.store.list();
    await connection.applyMutation({
      type: 'full',
      entities: records.map(providedEntity),
    });
    this.options.logger.debug(
      `Handed ${records.length} kept entities to the catalog`,
    );
  }

  async saved(record: CreatedEntityRecord): Promise<void> {
    await this.connection?.applyMutation({
      type: 'delta',
      added: [providedEntity(record)],
      removed: [],
    });
  }

  async removed(record: CreatedEntityRecord): Promise<void> {
    await this.connection?.applyMutation({
      type: 'delta',
      added: [],
      removed: [providedEntity(record)],
    });
  }

  private requireConnection(): EntityProviderConnection {
    if (!this.connection) {
      throw new Error(
        `${CREATED_ENTITIES_PROVIDER} is not connected to the catalog`,
      );
    }
    return this.connection;
  }
}
