import pg from 'pg';
import { POSTGRES_CONNECTION } from './runConfig.mjs';

export async function withPostgres(database, fn) {
  const client = new pg.Client({ ...POSTGRES_CONNECTION, database });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function listDatabasesWithPrefix(prefix) {
  return withPostgres('postgres', async client => {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname',
      [prefix],
    );
    return rows.map(r => r.datname);
  });
}

export async function dropDatabasesWithPrefix(prefix) {
  if (!/^bench_[a-z0-9_]+_$/.test(prefix)) {
    throw new Error(`Refusing to drop databases with prefix '${prefix}'`);
  }
  const names = await listDatabasesWithPrefix(prefix);
  await withPostgres('postgres', async client => {
    for (const name of names) {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
  return names;
}
