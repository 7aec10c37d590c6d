// The support benchmark's database work, run by bench/lib/supportDatabase.mjs
// with the backend's TypeScript loader:
//
//   node --require <repo>/node_modules/@backstage/cli-node/config/nodeTransform.cjs \
//     bench/support/supportDb.ts <seed|scan|count> --content <dir> \
//     (--sqlite <file> | --pg <database>) [--manifest <file>] [--now <ms>] [--migrate]
//
// `seed` fills migrated, empty tables from the manifest's sizes; `scan`
// reopens every question and times two breach scans; `count` counts rows.
// The result is printed as one line of JSON on stdout.
import knexFactory, { Knex } from 'knex';
import fs from 'node:fs';
import path from 'node:path';
import { countSupportRows, seedSupportDatabase } from './seedSupportDatabase';
import { readQueues } from './supportQueues';
import { planSupportSeed } from './supportSeedPlan';
import { reopenAll, timeBreachScans } from './timeBreachScan';

const MIGRATIONS = path.resolve(
  __dirname,
  '../../plugins/support-backend/migrations',
);

interface Args {
  command: string;
  content?: string;
  sqlite?: string;
  pg?: string;
  manifest?: string;
  now?: string;
  migrate?: boolean;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  const args: Args = { command };
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i].replace(/^--/, '');
    if (key === 'migrate') {
      args.migrate = true;
    } else if (['content', 'sqlite', 'pg', 'manifest', 'now'].includes(key)) {
      (args as unknown as Record<string, string>)[key] = rest[++i];
    } else {
      throw new Error(`Unknown argument ${rest[i]}`);
    }
  }
  return args;
}

function connect(args: Args): Knex {
  if (args.sqlite) {
    return knexFactory({
      client: 'better-sqlite3',
      connection: { filename: args.sqlite },
      useNullAsDefault: true,
    });
  }
  if (args.pg) {
    return knexFactory({
      client: 'pg',
      connection: {
        host: '127.0.0.1',
        port: 5432,
        user: 'postgres',
        database: args.pg,
      },
    });
  }
  throw new Error('Name the database with --sqlite <file> or --pg <database>');
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`--${name} is required`);
  return value;
}

async function seed(knex: Knex, args: Args) {
  const manifest = JSON.parse(
    fs.readFileSync(required(args.manifest, 'manifest'), 'utf8'),
  );
  const queues = readQueues(required(args.content, 'content'));
  const now = Number(required(args.now, 'now'));
  if (!(await knex.schema.hasTable('support_questions'))) {
    throw new Error(
      'No support tables in this database: the backend has not run the support migrations (is the support plugin added to packages/backend?); for a scratch database pass --migrate',
    );
  }
  const [existing] = await knex('support_questions').count({ n: '*' });
  if (Number(existing.n) > 0) {
    throw new Error(
      `support_questions already holds ${existing.n} rows; seed an empty database`,
    );
  }
  const planned = performance.now();
  const plan = planSupportSeed({
    now,
    questions: manifest.sizes.questions,
    answers: manifest.sizes.answers,
    seed: manifest.sizes.seed,
    queues,
    users: manifest.userRefs,
    benchUserRef: manifest.benchUserRef,
  });
  if (args.sqlite) {
    // A benchmark seed need not survive a power cut: skip the sync per commit
    await knex.raw('PRAGMA synchronous = OFF');
  }
  const inserting = performance.now();
  await seedSupportDatabase(knex, plan);
  if (args.pg) {
    // What autovacuum would have done by the time anyone reads the data
    await knex.raw('ANALYZE');
  }
  const done = performance.now();
  return {
    planSeconds: Number(((inserting - planned) / 1000).toFixed(1)),
    insertSeconds: Number(((done - inserting) / 1000).toFixed(1)),
    counts: await countSupportRows(knex),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const knex = connect(args);
  try {
    if (args.migrate) {
      await knex.migrate.latest({ directory: MIGRATIONS });
    }
    let result: unknown;
    if (args.command === 'seed') {
      result = await seed(knex, args);
    } else if (args.command === 'scan') {
      const queues = readQueues(required(args.content, 'content'));
      const open = await reopenAll(knex);
      result = { open, ...(await timeBreachScans(knex, queues, new Date())) };
    } else if (args.command === 'count') {
      result = await countSupportRows(knex);
    } else {
      throw new Error(`Unknown command '${args.command}' (seed, scan, count)`);
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await knex.destroy();
  }
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
