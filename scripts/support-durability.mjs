#!/usr/bin/env node
// Kills the backend with SIGKILL in the middle of a burst of question creates,
// starts it again on the same database, and checks that every question whose
// create was acknowledged (201) is there with its title. Runs on SQLite files
// and on PostgreSQL; prints one PASS or FAIL line per database.
//
// Usage: node scripts/support-durability.mjs <results-dir> [sqlite|postgres ...]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = resolve(process.argv[2] ?? join(ROOT, 'test-results'));
const ENGINES = process.argv.slice(3).length
  ? process.argv.slice(3)
  : ['sqlite', 'postgres'];
const PORT = Number(process.env.DURABILITY_PORT ?? 7027);
const BASE = `http://localhost:${PORT}`;
const PG = process.env.DURABILITY_PG ?? 'postgresql://postgres@127.0.0.1:5432';
const CONCURRENCY = 8;
const KILL_AFTER_ACKS = 120;

const sleep = ms => new Promise(r => setTimeout(r, ms));

function startBackend(engine, dataDir, prefix, logName) {
  const env = {
    ...process.env,
    ROOT,
    COMMUNITY_HUB_DATA_DIR: dataDir,
    PORTAL_PORT: String(PORT),
    // The breach scan and collators are not under test; keep the run quiet
    APP_CONFIG_support_breachScan: JSON.stringify({ minutes: 30 }),
  };
  if (engine === 'postgres') {
    const pg = new URL(PG);
    env.APP_CONFIG_backend_database_client = 'pg';
    env.APP_CONFIG_backend_database_prefix = prefix;
    env.APP_CONFIG_backend_database_connection_host = pg.hostname;
    env.APP_CONFIG_backend_database_connection_port = pg.port || '5432';
    env.APP_CONFIG_backend_database_connection_user = pg.username;
  }
  const log = openSync(join(RESULTS, logName), 'a');
  // start_portal ends in `exec node`, so this pid is the backend itself
  return spawn(
    'bash',
    ['-c', 'source "$ROOT/scripts/lib/setup.sh" && start_portal'],
    { env, stdio: ['ignore', log, log] },
  );
}

function exited(child) {
  return new Promise(r =>
    child.exitCode !== null || child.signalCode !== null ? r() : child.on('exit', r),
  );
}

async function waitReady(child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('the backend exited');
    try {
      const res = await fetch(`${BASE}/.backstage/health/v1/readiness`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(1000);
  }
  throw new Error('the backend was not ready within 300 s');
}

/** Signs in as a demo user; the catalog may still be loading the people. */
async function tokenFor(user) {
  let status;
  for (let i = 0; i < 120; i++) {
    const res = await fetch(`${BASE}/api/auth/demo/refresh`, {
      headers: { 'x-community-hub-demo-user': user },
    });
    if (res.ok) return (await res.json()).backstageIdentity.token;
    status = res.status;
    await sleep(1000);
  }
  throw new Error(`sign-in as ${user}: ${status}`);
}

/** Creates questions until the backend dies; returns the acknowledged ones. */
async function burstUntilKilled(child, token, run) {
  const acknowledged = new Map();
  let sent = 0;
  let killed = false;
  async function worker() {
    while (!killed || child.exitCode === null) {
      const title = `Durability ${run} question ${sent++}`;
      try {
        const res = await fetch(`${BASE}/api/support/questions`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            queueId: 'getting-started',
            title,
            body: 'Which package reads from Kafka, and how do I install it?',
            tags: ['durability'],
          }),
        });
        if (res.status === 201) {
          const question = await res.json();
          acknowledged.set(question.id, title);
          if (!killed && acknowledged.size >= KILL_AFTER_ACKS) {
            killed = true;
            child.kill('SIGKILL');
          }
        }
      } catch {
        // connection refused or reset: the backend is gone
        if (killed) return;
        await sleep(50);
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { acknowledged, sent };
}

async function storedTitles(token) {
  const titles = new Map();
  for (let offset = 0; ; offset += 100) {
    const res = await fetch(
      `${BASE}/api/support/questions?mine=true&tag=durability&limit=100&offset=${offset}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    if (!res.ok) throw new Error(`listing questions: ${res.status}`);
    const page = await res.json();
    for (const item of page.items) titles.set(item.id, item.title);
    if (offset + page.limit >= page.totalCount) return titles;
  }
}

async function checkEngine(engine) {
  const run = `${engine}-${Date.now().toString(36)}`;
  const dataDir = join(RESULTS, `durability-${engine}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const prefix = `durability_${Date.now().toString(36)}_`;
  const logName = `durability-${engine}.log`;

  const first = startBackend(engine, dataDir, prefix, logName);
  let burst;
  try {
    await waitReady(first);
    const token = await tokenFor('elena.voss');
    burst = await burstUntilKilled(first, token, run);
  } finally {
    if (first.exitCode === null) first.kill('SIGKILL');
    await exited(first);
  }
  const { acknowledged, sent } = burst;

  const second = startBackend(engine, dataDir, prefix, logName);
  try {
    await waitReady(second);
    const stored = await storedTitles(await tokenFor('elena.voss'));
    const lost = [...acknowledged].filter(([id, title]) => stored.get(id) !== title);
    const summary = `${acknowledged.size} acknowledged of ${sent} sent before SIGKILL, ${stored.size} stored after restart`;
    if (lost.length === 0 && acknowledged.size >= KILL_AFTER_ACKS) {
      console.log(`    PASS support durability on ${engine}: ${summary}, none lost`);
      return true;
    }
    console.log(
      `    FAIL support durability on ${engine}: ${summary}, lost ${lost.length}: ${lost
        .slice(0, 5)
        .map(([id]) => id)
        .join(', ')}`,
    );
    return false;
  } finally {
    second.kill('SIGTERM');
    await exited(second);
    if (engine === 'postgres') dropDatabases(prefix);
  }
}

/** Drops the databases of one run (psql; best effort). */
function dropDatabases(prefix) {
  const psql = args =>
    spawnSync('psql', [PG, '-Atc', args], { encoding: 'utf8' }).stdout ?? '';
  for (const name of psql(
    `select datname from pg_database where datname like '${prefix}%'`,
  ).split('\n')) {
    if (name) psql(`drop database "${name}"`);
  }
}

mkdirSync(RESULTS, { recursive: true });
let ok = true;
for (const engine of ENGINES) {
  try {
    ok = (await checkEngine(engine)) && ok;
  } catch (error) {
    console.log(`    FAIL support durability on ${engine}: ${error.message}`);
    ok = false;
  }
}
process.exit(ok ? 0 : 1);
