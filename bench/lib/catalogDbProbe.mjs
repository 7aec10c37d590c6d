import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { withPostgres } from './postgresDatabases.mjs';

const STATE_QUERY = `SELECT
  (SELECT COUNT(*) FROM refresh_state) AS refresh_rows,
  (SELECT COUNT(*) FROM refresh_state WHERE result_hash IS NULL OR result_hash = '') AS unprocessed,
  (SELECT COUNT(*) FROM refresh_state WHERE errors IS NOT NULL AND errors <> '' AND errors <> '[]') AS with_errors,
  (SELECT COUNT(*) FROM stitch_queue) AS stitch_pending,
  (SELECT COUNT(*) FROM final_entities WHERE final_entity IS NOT NULL) AS final_entities,
  (SELECT COUNT(*) FROM final_entities WHERE final_entity IS NOT NULL AND entity_ref LIKE 'component:%') AS components,
  (SELECT COUNT(*) FROM final_entities WHERE final_entity IS NOT NULL AND entity_ref LIKE 'partner:%') AS partners,
  (SELECT COUNT(*) FROM final_entities WHERE final_entity IS NOT NULL AND entity_ref LIKE 'user:%') AS users,
  (SELECT COUNT(*) FROM final_entities WHERE final_entity IS NOT NULL AND entity_ref LIKE 'event:%') AS events`;

const ERROR_SAMPLE_QUERY = `SELECT entity_ref, errors FROM refresh_state
  WHERE errors IS NOT NULL AND errors <> '' AND errors <> '[]'
  ORDER BY entity_ref LIMIT 1`;

function numbers(row) {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, Number(v)]),
  );
}

function sqliteProbe(dataDir) {
  const file = path.join(dataDir, 'sqlite', 'catalog.sqlite');
  const withDb = fn => {
    if (!fs.existsSync(file)) {
      return null;
    }
    const db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      timeout: 5000,
    });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  return {
    state: async () => withDb(db => numbers(db.prepare(STATE_QUERY).get())),
    errorSample: async () =>
      withDb(db => db.prepare(ERROR_SAMPLE_QUERY).get() ?? null),
  };
}

function postgresProbe(prefix) {
  const database = `${prefix}catalog`;
  return {
    state: async () =>
      withPostgres(database, async c =>
        numbers((await c.query(STATE_QUERY)).rows[0]),
      ),
    errorSample: async () =>
      withPostgres(
        database,
        async c => (await c.query(ERROR_SAMPLE_QUERY)).rows[0] ?? null,
      ),
  };
}

export function createCatalogDbProbe(run) {
  const probe =
    run.db === 'postgres'
      ? postgresProbe(run.postgresPrefix)
      : sqliteProbe(run.dataDir);
  return {
    async state() {
      try {
        return await probe.state();
      } catch {
        return null;
      }
    },
    async errorSample() {
      try {
        return await probe.errorSample();
      } catch {
        return null;
      }
    },
  };
}
