import { Entity } from '@backstage/catalog-model';
import {
  computeContributionMetrics,
  isReleaseTag,
  smallestHalfCount,
} from './contributionMetrics';
import { GitCommitRecord, GitHistory } from './GitHistory';
import { createOrganizationResolver } from './organizations';

const northwind: Entity = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Partner',
  metadata: { name: 'northwind-data', title: 'Northwind Data' },
  spec: { emailDomains: ['northwind-data.example'] },
};
const organizationOf = createOrganizationResolver([northwind]);

// The window: the 90 days before 2025-06-30T12:00Z, i.e. after 2025-04-01T12:00Z
// (April 1 -> May 1: 30 days, -> June 1: 31, -> June 30: 29; 30 + 31 + 29 = 90).
const now = new Date('2025-06-30T12:00:00Z');

let counter = 0;
function commit(day: string, name: string, email: string): GitCommitRecord {
  counter++;
  return {
    oid: `c${counter}`,
    authorName: name,
    authorEmail: email,
    authoredAt: Date.parse(`${day}T10:00:00Z`),
  };
}

function valuesOf(history: GitHistory, windowDays = 90) {
  return Object.fromEntries(
    computeContributionMetrics(history, {
      now,
      windowDays,
      organizationOf,
    }).map(v => [v.metricId.replace('contributions.', ''), v]),
  );
}

describe('computeContributionMetrics', () => {
  it('computes every metric of a 10-commit history as worked out by hand', () => {
    const history: GitHistory = {
      head: 'c10',
      commits: [
        commit('2024-11-03', 'Alice Ng', 'alice@kestrel-project.org'), //    1 before the window
        commit('2025-01-15', 'Bob Stone', 'bob@northwind-data.example'), //  2 before the window
        commit('2025-04-02', 'Alice Ng', 'alice@kestrel-project.org'), //    3 in
        commit('2025-04-20', 'Alice Ng', 'Alice@Kestrel-Project.org'), //    4 in, same person as 3
        commit('2025-05-05', 'Bob Stone', 'bob@northwind-data.example'), //  5 in
        commit('2025-05-06', 'Bob S.', 'bob@northwind-data.example'), //     6 in, same person as 5
        commit('2025-05-18', 'Carol Reyes', 'carol@eng.northwind-data.example'), // 7 in, new
        commit('2025-06-01', 'Dan Cho', 'dan@gmail.com'), //                 8 in, new
        commit(
          '2025-06-20',
          'dependabot[bot]',
          '49699333+dependabot[bot]@users.noreply.github.com',
        ), //                                                                9 a bot: not counted
        commit('2025-07-02', 'Erin Falk', 'erin@gmail.com'), //              10 after now: not counted
      ],
      tags: [
        { name: 'v1.0.0', taggedAt: Date.parse('2025-01-20T09:00:00Z') }, // before the window
        { name: 'v1.1.0', taggedAt: Date.parse('2025-04-10T09:00:00Z') }, // in
        { name: 'docs-snapshot', taggedAt: Date.parse('2025-05-01T09:00:00Z') }, // not a release
        { name: 'v1.2.0-rc.1', taggedAt: Date.parse('2025-06-15T09:00:00Z') }, // in (a pre-release)
        { name: 'v1.2.0', taggedAt: Date.parse('2025-07-01T09:00:00Z') }, // after now
      ],
    };
    const values = valuesOf(history);

    // Counted commits in the window: 3-8, six commits (9 is a bot, 10 is after now).
    // By contributor: alice 2 (3, 4: emails equal ignoring case), bob 2 (5, 6),
    // carol 1, dan 1. Half of 6 is 3.
    // Active contributors: alice, bob, carol, dan = 4.
    expect(values['active-contributors']).toMatchObject({
      value: 4,
      note: '4 contributors made 6 commits in the last 90 days',
    });
    // Absence factor: sorted 2, 2, 1, 1; 2 < 3, 2 + 2 = 4 >= 3 -> 2.
    expect(values['contributor-absence-factor']).toMatchObject({
      value: 2,
      version: '1',
      note: '2 of 4 contributors made at least half of the 6 commits in the last 90 days',
    });
    // Organizations: Northwind Data = bob 2 + carol 1 (a subdomain of its domain) = 3;
    // kestrel-project.org = 2; dan (gmail.com) independent = 1.
    // Elephant factor: sorted 3, 2, 1; 3 >= 3 -> 1. Northwind has 3 / 6 = 50%.
    expect(values['elephant-factor']).toMatchObject({
      value: 1,
      note: '1 of 3 organizations made at least half of the 6 commits in the last 90 days; the largest is Northwind Data with 50%',
    });
    // First commits: alice 2024-11-03 (before), bob 2025-01-15 (before),
    // carol 2025-05-18 (in), dan 2025-06-01 (in); erin's only commit is after now -> 2.
    expect(values['new-contributors']).toMatchObject({
      value: 2,
      note: '2 of 4 active contributors made their first commit in the last 90 days',
    });
    // Releases in the window: v1.1.0 and v1.2.0-rc.1 = 2; 2 * 30 / 90 = 0.666.. -> 0.67 per month.
    expect(values['release-frequency']).toMatchObject({
      value: 0.67,
      note: '2 releases in the last 90 days; latest v1.2.0 on 2025-07-01',
    });
  });

  it('follows the CHAOSS worked examples', () => {
    // 5 contributors with 30, 25, 20, 15 and 10 commits (100): 30 < 50, 30 + 25 = 55 >= 50 -> 2.
    expect(smallestHalfCount([30, 25, 20, 15, 10])).toBe(2);
    // The CHAOSS absence factor example, unsorted: total 2475, half 1237.5;
    // 1000 < 1237.5, 1000 + 433 = 1433 > 1237.5 -> 2.
    expect(smallestHalfCount([1000, 202, 90, 33, 332, 343, 42, 433])).toBe(2);
    // 8 organizations with 12.5% each: 4 * 12.5% = 50% -> 4.
    expect(smallestHalfCount([1, 1, 1, 1, 1, 1, 1, 1])).toBe(4);
    // One organization with exactly 50% -> 1.
    expect(smallestHalfCount([4, 1, 1, 1, 1])).toBe(1);
    expect(smallestHalfCount([])).toBe(0);
  });

  it('computes the CHAOSS examples from commits', () => {
    const commits: GitCommitRecord[] = [];
    const add = (count: number, name: string, email: string) => {
      for (let i = 0; i < count; i++) {
        commits.push(commit('2025-06-01', name, email));
      }
    };
    // Five contributors with 30, 25, 20, 15 and 10 commits (100), in three organizations:
    // Northwind Data a + c + e = 30 + 20 + 10 = 60 (60%), acme.example 25 (25%),
    // brightline.example 15 (15%).
    add(30, 'A', 'a@northwind-data.example');
    add(25, 'B', 'b@acme.example');
    add(20, 'C', 'c@northwind-data.example');
    add(15, 'D', 'd@brightline.example');
    add(10, 'E', 'e@northwind-data.example');
    // Absence factor: 30 < 50, 30 + 25 = 55 >= 50 -> 2.
    // Elephant factor: 60 >= 50 -> 1.
    const values = valuesOf({ head: 'x', commits, tags: [] });
    expect(values['contributor-absence-factor'].value).toBe(2);
    expect(values['elephant-factor']).toMatchObject({
      value: 1,
      note: '1 of 3 organizations made at least half of the 100 commits in the last 90 days; the largest is Northwind Data with 60%',
    });
  });

  it('counts each independent contributor as an organization of their own', () => {
    // Three gmail.com authors with 1 commit each and kestrel-project.org with 2 (5 commits):
    // organizations 2, 1, 1, 1: 2 < 2.5, 2 + 1 = 3 >= 2.5 -> 2.
    // (Were gmail.com one organization, it would have 3 >= 2.5 -> 1.)
    const values = valuesOf({
      head: 'x',
      commits: [
        commit('2025-06-01', 'A', 'a@gmail.com'),
        commit('2025-06-02', 'B', 'b@gmail.com'),
        commit('2025-06-03', 'C', 'c@gmail.com'),
        commit('2025-06-04', 'M', 'm@kestrel-project.org'),
        commit('2025-06-05', 'M', 'm@kestrel-project.org'),
      ],
      tags: [],
    });
    expect(values['elephant-factor']).toMatchObject({
      value: 2,
      note: '2 of 4 organizations made at least half of the 5 commits in the last 90 days; the largest is kestrel-project.org with 40%',
    });
  });

  it('counts a window that starts after the start and ends at now, inclusive', () => {
    const start = now.getTime() - 30 * 24 * 60 * 60 * 1000;
    const at = (time: number, email: string): GitCommitRecord => ({
      oid: email,
      authorName: email,
      authorEmail: email,
      authoredAt: time,
    });
    const values = valuesOf(
      {
        head: 'x',
        commits: [
          at(start, 'on-the-start@a.example'), // not in the window
          at(start + 1, 'just-after@a.example'), // in
          at(now.getTime(), 'at-now@a.example'), // in
          at(now.getTime() + 1, 'after-now@a.example'), // not counted
        ],
        tags: [],
      },
      30,
    );
    expect(values['active-contributors'].value).toBe(2);
    expect(values['new-contributors'].value).toBe(2);
  });

  it('gives zeros with a note when the window has no commits', () => {
    const values = valuesOf({
      head: 'x',
      commits: [commit('2024-01-10', 'Old', 'old@kestrel-project.org')],
      tags: [{ name: 'v0.1.0', taggedAt: Date.parse('2024-01-11T00:00:00Z') }],
    });
    expect(values['contributor-absence-factor']).toMatchObject({
      value: 0,
      note: 'no commits in the last 90 days',
    });
    expect(values['elephant-factor'].value).toBe(0);
    expect(values['active-contributors'].value).toBe(0);
    expect(values['new-contributors'].value).toBe(0);
    expect(values['release-frequency']).toMatchObject({
      value: 0,
      note: '0 releases in the last 90 days; latest v0.1.0 on 2024-01-11',
    });
  });

  it('says so when a repository has no commits or release tags', () => {
    const values = valuesOf({ head: null, commits: [], tags: [] });
    expect(values['release-frequency'].note).toBe(
      '0 releases in the last 90 days; no release tags',
    );
  });
});

describe('isReleaseTag', () => {
  it.each([
    ['v1.4.0', true],
    ['1.4.0', true],
    ['v2.0', true],
    ['v1.2.0-rc.1', true],
    ['1.0.0+build.7', true],
    ['@kestrel/flow@1.2.3', true],
    ['kestrel-flow-1.2.3', true],
    ['docs-snapshot', false],
    ['release-2024', false],
    ['v1', false],
    ['latest', false],
  ])('%s is a release: %s', (name, expected) => {
    expect(isReleaseTag(name)).toBe(expected);
  });
});
