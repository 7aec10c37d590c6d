import { createSeededRandom } from './seededRandom.mjs';

export const BENCH_USER = 'bench.user';

const COMPONENT_TYPES = ['library', 'framework', 'tool'];
const LIFECYCLES = ['production', 'experimental', 'deprecated'];
const TAGS = [
  'typescript',
  'streaming',
  'etl',
  'cli',
  'testing',
  'observability',
  'storage',
  'http',
];
const PARTNER_TYPES = [
  'company',
  'university',
  'foundation',
  'alliance',
  'individual-sponsor',
];
const PARTNER_TIERS = ['platinum', 'gold', 'silver', 'bronze', 'community'];

export const pad = (n, width) => String(n).padStart(width, '0');

const names = {
  group: i => `bench-group-${pad(i, 2)}`,
  system: i => `bench-system-${pad(i, 2)}`,
  user: i => (i === 1 ? BENCH_USER : `bench-user-${pad(i, 5)}`),
  component: i => `bench-pkg-${pad(i, 5)}`,
  partner: i => `bench-partner-${pad(i, 4)}`,
};

export const range = count => Array.from({ length: count }, (_, i) => i + 1);

export function groups(count) {
  return range(count).map(i => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: names.group(i), description: `Benchmark team ${i}` },
    spec: {
      type: 'team',
      profile: { displayName: `Bench Team ${i}` },
      ...(i > 1 ? { parent: names.group(1) } : {}),
      children: [],
    },
  }));
}

export function users(count, groupNames, random) {
  return range(count).map(i => {
    const name = names.user(i);
    const memberOf =
      i === 1 ? [groupNames[0]] : random.sample(groupNames, random.int(1, 2));
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name },
      spec: {
        profile: {
          displayName: `Bench User ${i}`,
          email: `${name}@bench.example`,
        },
        memberOf,
      },
    };
  });
}

function systems(count, groupNames, random) {
  return range(count).map(i => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: names.system(i), description: `Benchmark system ${i}` },
    spec: { owner: `group:default/${random.pick(groupNames)}` },
  }));
}

function components(count, groupNames, systemNames, random) {
  return range(count).map(i => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: names.component(i),
      title: `Bench package ${i}`,
      description: `Synthetic package number ${i} of the benchmark catalog.`,
      tags: random.sample(TAGS, random.int(1, 3)),
    },
    spec: {
      type: random.pick(COMPONENT_TYPES),
      lifecycle: random.pick(LIFECYCLES),
      owner: `group:default/${random.pick(groupNames)}`,
      system: random.pick(systemNames),
    },
  }));
}

function partners(count, groupNames, userNames, componentNames, random) {
  return range(count).map(i => {
    const name = names.partner(i);
    const year = random.int(2015, 2025);
    const month = pad(random.int(1, 12), 2);
    const day = pad(random.int(1, 28), 2);
    const refs = (kind, list, min, max) =>
      random
        .sample(list, random.int(min, max))
        .map(n => `${kind}:default/${n}`);
    return {
      apiVersion: 'communityhub.dev/v1alpha1',
      kind: 'Partner',
      metadata: { name, title: `Bench Partner ${i}` },
      spec: {
        type: random.pick(PARTNER_TYPES),
        tier: random.pick(PARTNER_TIERS),
        since: `${year}-${month}-${day}`,
        website: `https://${name}.example`,
        emailDomains: [`${name}.example`],
        owner: `group:default/${random.pick(groupNames)}`,
        contacts: refs('user', userNames, 1, 3),
        sponsors: refs('component', componentNames, 0, 5),
        maintains: refs('component', componentNames, 0, 3),
      },
    };
  });
}

export function generateSeedEntities(sizes) {
  const random = createSeededRandom(sizes.seed);
  const groupList = groups(sizes.groups);
  const groupNames = groupList.map(e => e.metadata.name);
  const userList = users(sizes.users, groupNames, random);
  const systemList = systems(sizes.systems, groupNames, random);
  const systemNames = systemList.map(e => e.metadata.name);
  const componentList = components(
    sizes.packages,
    groupNames,
    systemNames,
    random,
  );
  const partnerList = partners(
    sizes.partners,
    groupNames,
    userList.map(e => e.metadata.name),
    componentList.map(e => e.metadata.name),
    random,
  );
  return {
    groups: groupList,
    users: userList,
    systems: systemList,
    components: componentList,
    partners: partnerList,
  };
}
