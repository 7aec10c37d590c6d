// Seeds a scratch support database on its own, without a backend, and checks
// the counts: the support benchmark's seed, testable by itself.
//
//   node bench/lib/supportSeedCheck.mjs --db sqlite|postgres [--questions N]
//     [--answers N] [--queues N] [--seed N] [--scan] [--keep-data]
//
// The tables are created by the support backend's own migrations. With
// --scan the breach scan is timed on the result too.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPostgres } from './postgresDatabases.mjs';
import { runSupportDb, seedCountsMatch } from './supportDatabase.mjs';
import { writeSupportSeed } from './supportSeedContent.mjs';

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const SCRATCH_DATABASE = 'bench_supportcheck_support';

function parse(argv) {
  const options = {
    db: 'sqlite',
    questions: 100000,
    answers: 300000,
    queues: 50,
    seed: 42,
    scan: false,
    keepData: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]
      .replace(/^--/, '')
      .replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(key in options)) throw new Error(`Unknown option ${argv[i]}`);
    if (typeof options[key] === 'boolean') options[key] = true;
    else if (typeof options[key] === 'number') options[key] = Number(argv[++i]);
    else options[key] = argv[++i];
  }
  if (!['sqlite', 'postgres'].includes(options.db)) {
    throw new Error('--db must be sqlite or postgres');
  }
  return options;
}

async function scratchDatabase(db, dataDir) {
  if (db === 'postgres') {
    await withPostgres('postgres', async client => {
      await client.query(
        `DROP DATABASE IF EXISTS ${SCRATCH_DATABASE} WITH (FORCE)`,
      );
      await client.query(`CREATE DATABASE ${SCRATCH_DATABASE}`);
    });
    return {
      args: ['--pg', SCRATCH_DATABASE],
      drop: () =>
        withPostgres('postgres', client =>
          client.query(
            `DROP DATABASE IF EXISTS ${SCRATCH_DATABASE} WITH (FORCE)`,
          ),
        ),
    };
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  return {
    args: ['--sqlite', path.join(dataDir, 'support.sqlite')],
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function main() {
  const options = parse(process.argv.slice(2));
  const dataRoot = path.join(repoRoot, 'data');
  const seedDir = path.join(dataRoot, 'bench-seed-support');
  const manifest = writeSupportSeed(seedDir, {
    seed: options.seed,
    questions: options.questions,
    answers: options.answers,
    queues: options.queues,
  });
  const database = await scratchDatabase(
    options.db,
    path.join(dataRoot, 'bench-support-check'),
  );
  try {
    const seeded = await runSupportDb(repoRoot, 'seed', [
      ...database.args,
      '--migrate',
      '--content',
      manifest.contentDir,
      '--manifest',
      path.join(seedDir, 'manifest.json'),
      '--now',
      String(Date.now()),
    ]);
    const ok = seedCountsMatch(seeded.counts, manifest);
    console.log(
      `seed on ${options.db}: planned in ${seeded.planSeconds} s, inserted in ${
        seeded.insertSeconds
      } s; ${JSON.stringify(seeded.counts)}; expected ${
        manifest.expected.questions
      } questions, ${manifest.expected.answers} answers, ${
        manifest.expected.queues
      } queues: ${ok ? 'ok' : 'MISMATCH'}`,
    );
    if (options.scan) {
      const scan = await runSupportDb(repoRoot, 'scan', [
        ...database.args,
        '--content',
        manifest.contentDir,
      ]);
      console.log(`breach scans: ${JSON.stringify(scan)}`);
    }
    if (!ok) process.exitCode = 1;
  } finally {
    if (!options.keepData) await database.drop();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
