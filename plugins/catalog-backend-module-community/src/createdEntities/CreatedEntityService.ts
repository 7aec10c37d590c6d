import {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  createdEntityCategory,
  CreatedEntityResponse,
  CreatedEntitySummary,
} from '@community-hub/catalog-common';
import { checkSourceDirectory } from './checkSourceDirectory';
import { CreatedEntityAuthorizer } from './CreatedEntityAuthorizer';
import { CreatedEntityPublisher } from './CreatedEntityProvider';
import {
  createdEntityKey,
  CreatedEntityRecord,
  CreatedEntityStore,
} from './CreatedEntityStore';
import { validateEntityInput } from './validateEntityInput';

type UserCredentials = BackstageCredentials<BackstageUserPrincipal>;

function categoryOf(entity: Record<string, unknown>) {
  try {
    return createdEntityCategory(entity);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

/** The entity's ref and its page in the portal. */
function responseOf(entity: Entity): CreatedEntityResponse {
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  return {
    entityRef: stringifyEntityRef(entity),
    entityUrl: `/catalog/${encodeURIComponent(
      namespace.toLocaleLowerCase('en-US'),
    )}/${encodeURIComponent(
      kind.toLocaleLowerCase('en-US'),
    )}/${encodeURIComponent(name)}`,
  };
}

/**
 * Creates, updates and deletes the entities the portal keeps: checks who may,
 * validates, keeps them in the store and tells the catalog at once.
 */
export class CreatedEntityService {
  constructor(
    private readonly options: {
      store: CreatedEntityStore;
      publisher: CreatedEntityPublisher;
      authorizer: CreatedEntityAuthorizer;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      /** Absolute path of `communityHub.createdContent.directory`. */
      directory: string;
      now?: () => Date;
    },
  ) {}

  async create(
    credentials: UserCredentials,
    input: { entity: Record<string, unknown>; sourceDirectory?: string },
  ): Promise<CreatedEntityResponse> {
    const { store, authorizer, directory } = this.options;
    await authorizer.authorizeCreate(credentials, categoryOf(input.entity));
    const entity = await validateEntityInput(input.entity);
    const sourceDirectory =
      input.sourceDirectory === undefined
        ? undefined
        : checkSourceDirectory(input.sourceDirectory, directory);
    const entityRef = stringifyEntityRef(entity);
    if (await store.get(entityRef)) {
      throw new ConflictError(
        `${entityRef} already exists; choose another name`,
      );
    }
    if (await this.inCatalog(entityRef)) {
      throw new ConflictError(
        `${entityRef} already exists in the catalog; choose another name`,
      );
    }
    const now = this.now();
    const record: CreatedEntityRecord = {
      entityRef: createdEntityKey(entityRef),
      entity,
      sourceDirectory,
      createdBy: credentials.principal.userEntityRef,
      createdAt: now,
      updatedAt: now,
    };
    await store.add(record);
    await this.publish(() => this.options.publisher.saved(record), entityRef);
    this.options.logger.info(
      `${record.createdBy} created ${entityRef}${
        sourceDirectory ? ` with files in ${sourceDirectory}` : ''
      }`,
    );
    return responseOf(entity);
  }

  async update(
    credentials: UserCredentials,
    ref: CompoundEntityRef,
    input: { entity: Record<string, unknown> },
  ): Promise<CreatedEntityResponse> {
    const { store, authorizer } = this.options;
    const existing = await this.require(ref);
    await authorizer.authorizeChange(credentials, existing);
    const category = categoryOf(input.entity);
    const entity = await validateEntityInput(input.entity);
    checkSameEntity(existing.entity, entity);
    if (category !== createdEntityCategory(existing.entity)) {
      await authorizer.authorizeCreate(credentials, category);
    }
    const record = await store.replace(existing.entityRef, entity, this.now());
    const entityRef = stringifyEntityRef(entity);
    await this.publish(() => this.options.publisher.saved(record), entityRef);
    this.options.logger.info(
      `${credentials.principal.userEntityRef} updated ${entityRef}`,
    );
    return responseOf(entity);
  }

  async delete(
    credentials: UserCredentials,
    ref: CompoundEntityRef,
  ): Promise<void> {
    const existing = await this.require(ref);
    await this.options.authorizer.authorizeChange(credentials, existing);
    const record = await this.options.store.remove(existing.entityRef);
    const entityRef = stringifyEntityRef(record.entity);
    await this.publish(() => this.options.publisher.removed(record), entityRef);
    this.options.logger.info(
      `${credentials.principal.userEntityRef} deleted ${entityRef}`,
    );
  }

  async list(): Promise<CreatedEntitySummary[]> {
    const records = await this.options.store.list();
    return records.map(record => ({
      entityRef: stringifyEntityRef(record.entity),
      createdBy: record.createdBy,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    }));
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private async require(ref: CompoundEntityRef): Promise<CreatedEntityRecord> {
    const entityRef = stringifyEntityRef(ref);
    const record = await this.options.store.get(entityRef);
    if (!record) {
      throw new NotFoundError(`${entityRef} is not kept by the portal`);
    }
    return record;
  }

  // Whatever the reader may see, a name taken by any entity is taken.
  private async inCatalog(entityRef: string): Promise<boolean> {
    const entity = await this.options.catalog.getEntityByRef(entityRef, {
      credentials: await this.options.auth.getOwnServiceCredentials(),
    });
    return entity !== undefined;
  }

  // The change is kept; if the catalog cannot take it now, the scheduled refresh brings it.
  private async publish(change: () => Promise<void>, entityRef: string) {
    try {
      await change();
    } catch (error) {
      this.options.logger.warn(
        `Kept ${entityRef} but could not hand the change to the catalog yet; the scheduled refresh will: ${error}`,
      );
    }
  }
}

function checkSameEntity(existing: Entity, updated: Entity) {
  const before = getCompoundEntityRef(existing);
  const after = getCompoundEntityRef(updated);
  const same = (a: string, b: string) =>
    a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');
  if (!same(before.kind, after.kind)) {
    throw new InputError(`kind: cannot change, must stay ${before.kind}`);
  }
  if (!same(before.namespace, after.namespace)) {
    throw new InputError(
      `metadata.namespace: cannot change, must stay ${before.namespace}`,
    );
  }
  if (!same(before.name, after.name)) {
    throw new InputError(
      `metadata.name: cannot change, must stay ${before.name}`,
    );
  }
}
