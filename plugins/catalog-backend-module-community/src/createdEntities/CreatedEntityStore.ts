import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';

const TABLE = 'community_created_entities';

/**
 * Where the store's migrations are and the table that records them. The
 * store shares the catalog's database, so it keeps its own migrations table
 * next to the catalog's.
 */
export const createdEntityMigrations: Readonly<Knex.MigratorConfig> = {
  directory: resolvePackagePath(
    '@community-hub/plugin-catalog-backend-module-community',
    'migrations',
  ),
  tableName: 'community_created_entities_migrations',
};

/**
 * An entity the portal keeps.
 *
 * @public
 */
export interface CreatedEntityRecord {
  /** `kind:namespace/name` in lower case; the key of the record. */
  entityRef: string;
  /** The entity without the annotations the entity provider adds. */
  entity: Entity;
  /** Absolute path of the entity's files, when it has any. */
  sourceDirectory?: string;
  /** User entity ref of the creator. */
  createdBy: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
}

/**
 * The entities the portal keeps, in the catalog's database.
 *
 * @public
 */
export interface CreatedEntityStore {
  /** @throws ConflictError when an entity with the same ref is kept already. */
  add(record: CreatedEntityRecord): Promise<void>;
  get(entityRef: string): Promise<CreatedEntityRecord | undefined>;
  /** All kept entities, oldest first. */
  list(): Promise<CreatedEntityRecord[]>;
  /**
   * Replaces the entity of a record; its ref stays.
   *
   * @throws NotFoundError when no entity with the ref is kept.
   */
  replace(
    entityRef: string,
    entity: Entity,
    updatedAt: string,
  ): Promise<CreatedEntityRecord>;
  /**
   * Removes a record and returns what it was.
   *
   * @throws NotFoundError when no entity with the ref is kept.
   */
  remove(entityRef: string): Promise<CreatedEntityRecord>;
}

type Row = {
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  entity: string;
  source_directory: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
};

/** The key of an entity ref: the catalog compares refs without regard to case. */
export function createdEntityKey(entityRef: string): string {
  return entityRef.toLocaleLowerCase('en-US');
}

function toRecord(row: Row): CreatedEntityRecord {
  return {
    entityRef: row.entity_ref,
    entity: JSON.parse(row.entity),
    sourceDirectory: row.source_directory ?? undefined,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  return (
    code === '23505' ||
    code === 'ER_DUP_ENTRY' ||
    code.startsWith('SQLITE_CONSTRAINT')
  );
}

/**
 * {@link CreatedEntityStore} on knex, for SQLite and PostgreSQL.
 *
 * @public
 */
export class DatabaseCreatedEntityStore implements CreatedEntityStore {
  /** Runs the store's migrations, unless the database service says to skip them. */
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseCreatedEntityStore> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await knex.migrate.latest(createdEntityMigrations);
    }
    return new DatabaseCreatedEntityStore(knex);
  }

  private constructor(private readonly knex: Knex) {}

  async add(record: CreatedEntityRecord): Promise<void> {
    const { kind, metadata } = record.entity;
    const row: Row = {
      entity_ref: createdEntityKey(record.entityRef),
      kind,
      namespace: metadata.namespace ?? 'default',
      name: metadata.name,
      entity: JSON.stringify(record.entity),
      source_directory: record.sourceDirectory ?? null,
      created_by: record.createdBy,
      created_at: record.createdAt,
      updated_at: record.updatedAt,
    };
    try {
      await this.knex<Row>(TABLE).insert(row);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(
          `${stringifyEntityRef(record.entity)} is already kept by the portal`,
        );
      }
      throw error;
    }
  }

  async get(entityRef: string): Promise<CreatedEntityRecord | undefined> {
    const row = await this.knex<Row>(TABLE)
      .where({ entity_ref: createdEntityKey(entityRef) })
      .first();
    return row ? toRecord(row) : undefined;
  }

  async list(): Promise<CreatedEntityRecord[]> {
    const rows = await this.knex<Row>(TABLE).orderBy([
      { column: 'created_at' },
      { column: 'entity_ref' },
    ]);
    return rows.map(toRecord);
  }

  async replace(
    entityRef: string,
    entity: Entity,
    updatedAt: string,
  ): Promise<CreatedEntityRecord> {
    const key = createdEntityKey(entityRef);
    return this.knex.transaction(async tx => {
      const updated = await tx<Row>(TABLE)
        .where({ entity_ref: key })
        .update({ entity: JSON.stringify(entity), updated_at: updatedAt });
      if (updated === 0) {
        throw new NotFoundError(`${entityRef} is not kept by the portal`);
      }
      return toRecord(
        (await tx<Row>(TABLE).where({ entity_ref: key }).first())!,
      );
    });
  }

  async remove(entityRef: string): Promise<CreatedEntityRecord> {
    const key = createdEntityKey(entityRef);
    return this.knex.transaction(async tx => {
      const row = await tx<Row>(TABLE).where({ entity_ref: key }).first();
      if (!row) {
        throw new NotFoundError(`${entityRef} is not kept by the portal`);
      }
      await tx<Row>(TABLE).where({ entity_ref: key }).delete();
      return toRecord(row);
    });
  }
}
