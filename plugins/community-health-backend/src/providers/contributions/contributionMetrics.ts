import { MetricValue } from '@community-hub/plugin-community-health-common';
import { CONTRIBUTION_METRIC_IDS as IDS } from './contributionMetricDefinitions';
import { GitCommitRecord, GitHistory, GitTagRecord } from './GitHistory';
import { OrganizationResolver } from './organizations';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the contribution metrics are computed over, besides the history. */
export interface ContributionMetricsOptions {
  now: Date;
  /** The window in days (the last `windowDays` days before `now`). */
  windowDays: number;
  organizationOf: OrganizationResolver;
}

/**
 * Who made a commit: the author's email lower-cased, or, without an email,
 * the author's name (prefixed `name:` so it never equals an email).
 */
export function contributorIdentity(
  commit: Pick<GitCommitRecord, 'authorName' | 'authorEmail'>,
): string {
  const email = commit.authorEmail.trim().toLocaleLowerCase('en-US');
  if (email) {
    return email;
  }
  return `name:${commit.authorName.trim().toLocaleLowerCase('en-US')}`;
}

/** Whether a commit was made by a bot account: a name or email local part ending in `[bot]`. */
export function isBotAuthor(
  commit: Pick<GitCommitRecord, 'authorName' | 'authorEmail'>,
): boolean {
  const localPart = commit.authorEmail.split('@')[0];
  return (
    /\[bot\]$/i.test(commit.authorName.trim()) || /\[bot\]$/i.test(localPart)
  );
}

/**
 * Whether a tag names a release: its name ends in a version number
 * (`major.minor`, an optional `.patch` and an optional pre-release or build
 * suffix) after an optional prefix ending in `v`, `@`, `/`, `-` or `_`.
 */
export function isReleaseTag(name: string): boolean {
  return /(?:^|[@/_\-v])\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]+)?$/.test(name);
}

/**
 * The smallest number of the largest parts that together make at least half
 * of the total (the rule of the contributor absence and elephant factors).
 * 0 when the total is 0.
 */
export function smallestHalfCount(counts: Iterable<number>): number {
  const sorted = [...counts].sort((a, b) => b - a);
  const total = sorted.reduce((sum, count) => sum + count, 0);
  let sum = 0;
  let taken = 0;
  while (sum * 2 < total) {
    sum += sorted[taken];
    taken++;
  }
  return taken;
}

/**
 * Computes the contribution metrics of one repository's history: contributor
 * absence factor, elephant factor, new contributors, active contributors and
 * release frequency, as defined in `contributionMetricDefinitions`.
 */
export function computeContributionMetrics(
  history: GitHistory,
  options: ContributionMetricsOptions,
): MetricValue[] {
  const end = options.now.getTime();
  const start = end - options.windowDays * DAY_MS;
  const inWindow = (time: number) => time > start && time <= end;
  const period = `the last ${options.windowDays} days`;

  const counted = history.commits.filter(
    commit => !isBotAuthor(commit) && commit.authoredAt <= end,
  );
  const recent = counted.filter(commit => inWindow(commit.authoredAt));

  const byContributor = countBy(recent, contributorIdentity);
  const byOrganization = new Map<string, { label: string; count: number }>();
  for (const commit of recent) {
    const org = options.organizationOf(
      commit.authorEmail.trim(),
      contributorIdentity(commit),
    );
    const entry = byOrganization.get(org.key) ?? { label: org.label, count: 0 };
    entry.count++;
    byOrganization.set(org.key, entry);
  }

  const firstCommit = new Map<string, number>();
  for (const commit of counted) {
    const identity = contributorIdentity(commit);
    const first = firstCommit.get(identity);
    if (first === undefined || commit.authoredAt < first) {
      firstCommit.set(identity, commit.authoredAt);
    }
  }
  const newcomers = [...firstCommit.values()].filter(inWindow).length;

  const total = recent.length;
  const absence = smallestHalfCount(byContributor.values());
  const elephant = smallestHalfCount(
    [...byOrganization.values()].map(org => org.count),
  );
  const noCommits = `no commits in ${period}`;

  return [
    {
      metricId: IDS.contributorAbsenceFactor,
      version: '1',
      value: absence,
      note:
        total === 0
          ? noCommits
          : `${absence} of ${plural(
              byContributor.size,
              'contributor',
            )} made at least half of the ${plural(
              total,
              'commit',
            )} in ${period}`,
    },
    {
      metricId: IDS.elephantFactor,
      version: '1',
      value: elephant,
      note:
        total === 0
          ? noCommits
          : `${elephant} of ${plural(
              byOrganization.size,
              'organization',
            )} made at least half of the ${plural(
              total,
              'commit',
            )} in ${period}; ${largestOrganization(byOrganization, total)}`,
    },
    {
      metricId: IDS.newContributors,
      version: '1',
      value: newcomers,
      note: `${newcomers} of ${plural(
        byContributor.size,
        'active contributor',
      )} made their first commit in ${period}`,
    },
    {
      metricId: IDS.activeContributors,
      version: '1',
      value: byContributor.size,
      note: `${plural(byContributor.size, 'contributor')} made ${plural(
        total,
        'commit',
      )} in ${period}`,
    },
    releaseFrequency(history.tags, inWindow, options.windowDays, period),
  ];
}

function releaseFrequency(
  tags: GitTagRecord[],
  inWindow: (time: number) => boolean,
  windowDays: number,
  period: string,
): MetricValue {
  const releases = tags.filter(tag => isReleaseTag(tag.name));
  const recent = releases.filter(tag => inWindow(tag.taggedAt));
  const latest = [...releases].sort((a, b) => b.taggedAt - a.taggedAt)[0];
  const perMonth = Math.round(((recent.length * 30) / windowDays) * 100) / 100;
  let note = `${plural(recent.length, 'release')} in ${period}`;
  if (latest) {
    note += `; latest ${latest.name} on ${new Date(latest.taggedAt)
      .toISOString()
      .slice(0, 10)}`;
  } else {
    note += '; no release tags';
  }
  return {
    metricId: IDS.releaseFrequency,
    version: '1',
    value: perMonth,
    note,
  };
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** "the largest is Northwind Data with 60%" (ties: the first key in sort order). */
function largestOrganization(
  byOrganization: Map<string, { label: string; count: number }>,
  total: number,
): string {
  const [, largest] = [...byOrganization.entries()].sort(
    ([keyA, a], [keyB, b]) => b.count - a.count || keyA.localeCompare(keyB),
  )[0];
  const share = Math.round((100 * largest.count) / total);
  return `the largest is ${largest.label} with ${share}%`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
