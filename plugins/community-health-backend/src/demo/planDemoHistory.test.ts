import { DEMO_PACKAGES } from './demoPackages';
import { planDemoHistory } from './planDemoHistory';

const now = new Date('2025-06-30T12:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const profile = (name: string) => DEMO_PACKAGES.find(p => p.name === name)!;

describe('planDemoHistory', () => {
  it('plans the same history for the same moment', () => {
    for (const p of DEMO_PACKAGES) {
      expect(planDemoHistory(p, now)).toEqual(
        planDemoHistory(p, new Date(now)),
      );
    }
  });

  it('spreads ordered commits over the last 18 months, with a few hundred in all', () => {
    let total = 0;
    for (const p of DEMO_PACKAGES) {
      const { commits } = planDemoHistory(p, now);
      total += commits.length;
      expect(commits).toHaveLength(p.commits);
      const times = commits.map(c => c.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(now.getTime() - times[0]).toBeLessThanOrEqual(548 * DAY_MS);
      expect(times[times.length - 1]).toBeLessThanOrEqual(now.getTime());
      // Every contributor of the profile commits at least once.
      expect(new Set(commits.map(c => c.author.email)).size).toBe(
        p.contributors.length,
      );
    }
    expect(total).toBeGreaterThan(200);
    expect(total).toBeLessThan(500);
  });

  it('tags releases with growing versions on commits in order, after the commit', () => {
    for (const p of DEMO_PACKAGES) {
      const { commits, tags } = planDemoHistory(p, now);
      expect(tags.length).toBeGreaterThanOrEqual(2);
      expect(tags[0].name).toBe(`v${p.firstVersion}`);
      for (let i = 1; i < tags.length; i++) {
        expect(tags[i].commit).toBeGreaterThan(tags[i - 1].commit);
        const [a, b] = [tags[i - 1].name, tags[i].name].map(n =>
          n.slice(1).split('.').map(Number),
        );
        expect(b[0] * 1e6 + b[1] * 1e3 + b[2]).toBeGreaterThan(
          a[0] * 1e6 + a[1] * 1e3 + a[2],
        );
      }
      for (const tag of tags) {
        expect(tag.at).toBeGreaterThanOrEqual(commits[tag.commit].at);
        expect(tag.at).toBeLessThanOrEqual(now.getTime());
      }
    }
  });

  it('keeps kestrel-lint quiet for months and kestrel-devtools to one author', () => {
    const lint = planDemoHistory(profile('kestrel-lint'), now);
    expect(
      now.getTime() - lint.commits[lint.commits.length - 1].at,
    ).toBeGreaterThan(250 * DAY_MS);
    expect(lint.commits[lint.commits.length - 1].message).toMatch(/^Deprecate/);
    const devtools = planDemoHistory(profile('kestrel-devtools'), now);
    expect(new Set(devtools.commits.map(c => c.author.email))).toEqual(
      new Set(['yusuf.demir@kestrel-project.org']),
    );
  });
});
