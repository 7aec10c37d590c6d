import { DemoPackageProfile } from './demoPackages';
import { DEMO_SEED, hashText, seededRandom } from './seededRandom';
import {
  PlannedCommit,
  PlannedRepository,
  PlannedTag,
} from './writeGitRepository';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Maps a uniform number in [0, 1) to a commit's position between the last
 * day (0) and the first (1): evenly (`steady`), ever more often towards the
 * last day (`growing`: a density falling linearly from the last day to the
 * first) or ever more rarely (`fading`).
 */
const TRENDS = {
  steady: (u: number) => u,
  growing: (u: number) => 1 - Math.sqrt(u),
  fading: (u: number) => Math.sqrt(u),
};

const VERBS = [
  'Fix',
  'Add',
  'Improve',
  'Document',
  'Refactor',
  'Test',
  'Speed up',
];
const TOPICS = [
  'error messages',
  'the configuration loader',
  'backpressure handling',
  'retry timing',
  'the public API types',
  'schema validation',
  'the getting started guide',
  'logging of failed batches',
  'shutdown of idle workers',
  'the release notes',
  'edge cases in the parser',
  'memory use of large payloads',
];

/**
 * Plans a demo package's history relative to `now`, deterministically (seeded
 * by the fixed demo seed and the package name): `profile.commits` commits
 * between `firstDay` and `lastDay` days ago (the first and last on those days,
 * the others spread at random following the profile's trend), each by a
 * contributor active at that time chosen by weight, with every contributor
 * making at least one; and roughly every `releaseEvery` days a release tag
 * (annotated, by the lead maintainer) on the newest commit, bumping the patch
 * version, or now and then the minor.
 */
export function planDemoHistory(
  profile: DemoPackageProfile,
  now: Date,
): PlannedRepository {
  const random = seededRandom(hashText(profile.name) ^ DEMO_SEED);
  const end = now.getTime();
  const lead = profile.contributors[0].person;

  const days = [profile.firstDay, profile.lastDay];
  for (let i = 2; i < profile.commits; i++) {
    const position = TRENDS[profile.trend ?? 'steady'](random());
    days.push(
      profile.lastDay + position * (profile.firstDay - profile.lastDay),
    );
  }
  const times = days
    .map(day => end - day * DAY_MS - Math.floor(random() * 10 * 60) * 60_000)
    .sort((a, b) => a - b);

  const activeAt = (time: number) => {
    const day = (end - time) / DAY_MS;
    return profile.contributors.filter(
      c => day <= (c.from ?? Infinity) && day >= (c.until ?? -Infinity),
    );
  };
  const authors = times.map((time, index) =>
    index === 0 ? 0 : pickByWeight(activeAt(time), random, profile),
  );
  // Everyone makes at least one commit: take one from someone with several.
  profile.contributors.forEach((contributor, who) => {
    if (authors.includes(who)) {
      return;
    }
    const candidates = times
      .map((time, index) => ({ time, index }))
      .filter(
        ({ time, index }) =>
          index > 0 &&
          activeAt(time).includes(contributor) &&
          authors.filter(a => a === authors[index]).length > 1,
      );
    if (candidates.length > 0) {
      authors[candidates[Math.floor(random() * candidates.length)].index] = who;
    }
  });

  const commits: PlannedCommit[] = times.map((at, index) => ({
    author: profile.contributors[authors[index]].person,
    at,
    message:
      index === 0
        ? `Start ${profile.name}`
        : `${VERBS[Math.floor(random() * VERBS.length)]} ${
            TOPICS[Math.floor(random() * TOPICS.length)]
          }`,
  }));
  if (profile.lastMessage) {
    commits[commits.length - 1].message = profile.lastMessage;
  }

  const tags: PlannedTag[] = [];
  let version = profile.firstVersion.split('.').map(Number);
  let lastTagged = -1;
  for (
    let day = profile.firstDay - profile.releaseEvery * (0.5 + random() / 2);
    day >= profile.lastDay;
    day -= profile.releaseEvery * (0.8 + random() * 0.4)
  ) {
    const target = end - day * DAY_MS;
    const index = times.filter(time => time <= target).length - 1;
    if (index > lastTagged) {
      tags.push({
        name: `v${version.join('.')}`,
        commit: index,
        at: Math.min(times[index] + 2 * HOUR_MS, end),
        tagger: lead,
      });
      lastTagged = index;
      version =
        random() < 0.25
          ? [version[0], version[1] + 1, 0]
          : [version[0], version[1], version[2] + 1];
    }
  }

  return {
    readme: `# ${profile.name}\n\nPart of the Kestrel Project.\n`,
    commits,
    tags,
  };
}

/** The index (in the profile) of a contributor chosen by weight; the lead when nobody is active. */
function pickByWeight(
  active: DemoPackageProfile['contributors'],
  random: () => number,
  profile: DemoPackageProfile,
): number {
  const total = active.reduce((sum, c) => sum + c.weight, 0);
  let point = random() * total;
  for (const contributor of active) {
    point -= contributor.weight;
    if (point < 0) {
      return profile.contributors.indexOf(contributor);
    }
  }
  return 0;
}
