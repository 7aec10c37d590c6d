import Database from 'better-sqlite3';
import path from 'node:path';
import { withPostgres } from './postgresDatabases.mjs';

const SNAPSHOTS = 'community_health_snapshots';

// Deterministic, identical on both engines: a score in tenths from the entity
// and the day, and the level that score would plausibly have.
const SCORE = '((r.entity_id * 7919 + d.day * 613) % 1001)';
const LEVEL = `CASE WHEN ${SCORE} >= 800 THEN 'gold' WHEN ${SCORE} >= 600 THEN 'silver' WHEN ${SCORE} >= 400 THEN 'bronze' END`;

const SELECT_POINTS = `SELECT r.entity_id, d.day, ${SCORE}, ${LEVEL}, '1' FROM packages r CROSS JOIN days d`;

const todayEpochDay = () => Math.floor(Date.now() / 86_400_000);

function sqliteStorage(dataDir) {
  const file = path.join(dataDir, 'sqlite', 'community-health.sqlite');
  const withDb = fn => {
    const db = new Database(file, { fileMustExist: true, timeout: 30_000 });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  return {
    async measure() {
      return withDb(db => {
        const { bytes } = db
          .prepare(
            `SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = ?)`,
          )
          .get(SNAPSHOTS);
        const { count } = db
          .prepare(`SELECT COUNT(*) AS count FROM ${SNAPSHOTS}`)
          .get();
        return { bytes: Number(bytes), rows: Number(count) };
      });
    },
    async insertYear({ entities, days }) {
      const today = todayEpochDay();
      return withDb(db => {
        const result = db
          .prepare(
            `INSERT OR IGNORE INTO ${SNAPSHOTS} (entity_id, day, score_tenths, level, scorecard_version)
             WITH RECURSIVE days(day) AS (SELECT ? UNION ALL SELECT day + 1 FROM days WHERE day < ?),
               packages(entity_id) AS (SELECT entity_id FROM community_health_scores WHERE target = 'package' ORDER BY entity_id LIMIT ?)
             ${SELECT_POINTS}`,
          )
          .run(today - days, today - 1, entities);
        return result.changes;
      });
    },
    async compact() {
      return withDb(db => db.exec('VACUUM'));
    },
  };
}

function postgresStorage(prefix) {
  const database = `${prefix}community-health`;
  return {
    async measure() {
      return withPostgres(database, async c => {
        const { rows } = await c.query(
          `SELECT pg_total_relation_size($1) AS bytes, (SELECT COUNT(*) FROM ${SNAPSHOTS}) AS count`,
          [SNAPSHOTS],
        );
        return { bytes: Number(rows[0].bytes), rows: Number(rows[0].count) };
      });
    },
    async insertYear({ entities, days }) {
      const today = todayEpochDay();
      return withPostgres(database, async c => {
        const result = await c.query(
          `WITH days(day) AS (SELECT generate_series($1::int, $2::int)),
             packages(entity_id) AS (SELECT entity_id FROM community_health_scores WHERE target = 'package' ORDER BY entity_id LIMIT $3)
           INSERT INTO ${SNAPSHOTS} (entity_id, day, score_tenths, level, scorecard_version)
           ${SELECT_POINTS}
           ON CONFLICT DO NOTHING`,
          [today - days, today - 1, entities],
        );
        return result.rowCount;
      });
    },
    async compact() {
      return withPostgres(database, c => c.query(`VACUUM FULL ${SNAPSHOTS}`));
    },
  };
}

/**
 * Direct access to the snapshots table of a run's community health
 * database: its size (PostgreSQL `pg_total_relation_size`, SQLite the pages
 * of the table and its index from `dbstat`) and row count, a year of daily
 * points inserted in one statement, and compaction (`VACUUM FULL` /
 * `VACUUM`) to see the live size after a prune.
 */
export function createHealthStorage(run) {
  return run.db === 'postgres'
    ? postgresStorage(run.postgresPrefix)
    : sqliteStorage(run.dataDir);
}
