import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { createSeededRandom } from './seededRandom.mjs';
import { BENCH_USER, groups, pad, users } from './seedEntities.mjs';
import { rootLocation, toYamlDocuments } from './writeSeed.mjs';

const MANIFEST = 'manifest.json';
const ROOT_LOCATION = 'all.yaml';
const GROUPS = 20;
const USERS = 200;
/** The last queues are private, like the security and conduct queues. */
const PRIVATE_QUEUES = 2;

// The targets of the community's own guidelines
const TARGETS = {
  default: [
    ['urgent', 'PT4H', 'P1D', 'calendar'],
    ['normal', 'P1D', 'P5D', 'business-days'],
    ['low', 'P3D', 'P14D', 'business-days'],
  ],
  'private-reports': [
    ['urgent', 'PT4H', 'P3D', 'calendar'],
    ['normal', 'PT4H', 'P3D', 'calendar'],
    ['low', 'PT4H', 'P3D', 'calendar'],
  ],
};

function guidelinesYaml() {
  return YAML.stringify({
    guidelines: Object.entries(TARGETS).map(([id, targets]) => ({
      id,
      title: `Bench ${id}`,
      escalateAfter: 'P1D',
      targets: targets.map(([priority, firstResponse, resolution, clock]) => ({
        priority,
        firstResponse,
        resolution,
        clock,
      })),
    })),
  });
}

/** 50 queues owned by bench-group-02..20 (bench.user is in bench-group-01). */
function benchQueues(count) {
  return Array.from({ length: count }, (_, i) => {
    const isPrivate = i >= count - PRIVATE_QUEUES;
    return {
      id: `bench-queue-${pad(i + 1, 2)}`,
      title: `Bench queue ${i + 1}`,
      description: `Synthetic support queue ${i + 1} of the benchmark`,
      team: `group:default/bench-group-${pad(
        isPrivate ? GROUPS : 2 + (i % (GROUPS - 2)),
        2,
      )}`,
      visibility: isPrivate ? 'private' : 'public',
      guideline: isPrivate ? 'private-reports' : 'default',
    };
  });
}

/**
 * Writes the support suite's seed to `dir` (replacing it): a small catalog
 * (groups and users, one of them `bench.user`) under `catalog/`, and the
 * support content (`queues.yaml`, `response-guidelines.yaml`) under
 * `content/`. The questions and answers are not files: they are inserted
 * into the support database by `bench/support/supportDb.ts`.
 */
export function writeSupportSeed(dir, sizes) {
  if (sizes.queues <= PRIVATE_QUEUES) {
    throw new Error(`--queues must be more than ${PRIVATE_QUEUES}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const catalogDir = path.join(dir, 'catalog');
  const contentDir = path.join(dir, 'content');
  fs.mkdirSync(catalogDir, { recursive: true });
  fs.mkdirSync(contentDir, { recursive: true });

  const random = createSeededRandom(sizes.seed);
  const groupEntities = groups(GROUPS);
  const userEntities = users(
    USERS,
    groupEntities.map(g => g.metadata.name),
    random,
  );
  const files = [
    { name: 'groups.yaml', entities: groupEntities },
    { name: 'users.yaml', entities: userEntities },
  ];
  for (const file of files) {
    fs.writeFileSync(
      path.join(catalogDir, file.name),
      toYamlDocuments(file.entities),
    );
  }
  fs.writeFileSync(
    path.join(catalogDir, ROOT_LOCATION),
    toYamlDocuments([rootLocation(files.map(f => f.name))]),
  );

  const queues = benchQueues(sizes.queues);
  fs.writeFileSync(
    path.join(contentDir, 'queues.yaml'),
    YAML.stringify({ queues }),
  );
  fs.writeFileSync(
    path.join(contentDir, 'response-guidelines.yaml'),
    guidelinesYaml(),
  );

  const manifest = {
    suite: 'support',
    sizes,
    rootLocation: path.join(catalogDir, ROOT_LOCATION),
    contentDir,
    files: files.map(f => f.name),
    benchUser: BENCH_USER,
    benchUserRef: `user:default/${BENCH_USER}`,
    userRefs: userEntities.map(u => `user:default/${u.metadata.name}`),
    queueIds: queues.map(q => q.id),
    publicQueueIds: queues
      .filter(q => q.visibility === 'public')
      .map(q => q.id),
    expected: {
      component: 0,
      partner: 0,
      event: 0,
      user: userEntities.length,
      group: groupEntities.length,
      questions: sizes.questions,
      answers: sizes.answers,
      queues: queues.length,
    },
  };
  fs.writeFileSync(
    path.join(dir, MANIFEST),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  return manifest;
}
