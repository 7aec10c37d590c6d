import fs from 'node:fs';
import path from 'node:path';

export const POSTGRES_CONNECTION = {
  host: '127.0.0.1',
  port: 5432,
  user: 'postgres',
};

const QUIET_SCHEDULE = {
  frequency: { hours: 24 },
  timeout: { minutes: 15 },
  initialDelay: { hours: 12 },
};

function databaseConfig(run) {
  if (run.db === 'postgres') {
    return {
      client: 'pg',
      connection: POSTGRES_CONNECTION,
      prefix: run.postgresPrefix,
    };
  }
  return {
    client: 'better-sqlite3',
    connection: { directory: path.join(run.dataDir, 'sqlite') },
  };
}

function catalogConfig(run, options) {
  const catalog = {
    locations: [{ type: 'file', target: run.seedLocation }],
  };
  if (options.processingInterval !== undefined) {
    catalog.processingInterval = { seconds: options.processingInterval };
  }
  if (options.stitchPollingInterval !== undefined) {
    catalog.stitchingStrategy = {
      pollingInterval: { milliseconds: options.stitchPollingInterval },
    };
  }
  return catalog;
}

export function buildRunConfig(run, options) {
  const url = `http://127.0.0.1:${run.port}`;
  return {
    app: { baseUrl: url },
    backend: {
      baseUrl: url,
      listen: { port: run.port, host: '127.0.0.1' },
      cors: { origin: url },
      database: databaseConfig(run),
      workingDirectory: path.join(run.dataDir, 'scaffolder'),
    },
    catalog: catalogConfig(run, options),
    techdocs: {
      publisher: {
        local: { publishDirectory: path.join(run.dataDir, 'techdocs') },
      },
    },
    search: {
      collators: {
        catalog: { schedule: QUIET_SCHEDULE },
        techdocs: { schedule: QUIET_SCHEDULE },
      },
    },
  };
}

/** `extra` is merged over the generated config at its top level (e.g. `{ calendar: {...} }`). */
export function writeRunConfig(run, options, extra = {}) {
  for (const sub of ['sqlite', 'scaffolder', 'techdocs']) {
    fs.mkdirSync(path.join(run.dataDir, sub), { recursive: true });
  }
  const file = path.join(run.dataDir, 'app-config.bench.yaml');
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      { ...buildRunConfig(run, options), ...extra },
      null,
      2,
    )}\n`,
  );
  return file;
}
