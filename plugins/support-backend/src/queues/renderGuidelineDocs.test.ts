import path from 'node:path';
import {
  durationInWords,
  readGeneratedSection,
  readGroupTitles,
  renderMetricDefinitions,
  renderQueues,
  renderTargets,
  renderTargetsSummary,
  replaceGeneratedSection,
  syncGuidelineDocs,
} from './renderGuidelineDocs';
import { readSupportContent } from './supportContent';

const repoRoot = path.resolve(__dirname, '../../../..');
const contentDirectory = path.join(repoRoot, 'community/support');
const groupsFile = path.join(repoRoot, 'community/governance/org/groups.yaml');
const fixtures = path.join(__dirname, '__fixtures__', 'content');

const UPDATE_COMMAND =
  'UPDATE_SUPPORT_DOCS=1 yarn test plugins/support-backend/src/queues/renderGuidelineDocs --watchAll=false';

describe('the support handbook', () => {
  it('shows the targets and queues that the portal enforces', () => {
    const update = process.env.UPDATE_SUPPORT_DOCS === '1';
    const stale = syncGuidelineDocs({
      contentDirectory,
      groupsFile,
      write: update,
    });
    if (stale.length > 0 && !update) {
      const details = stale
        .map(s =>
          [
            `${path.relative(repoRoot, s.file)}, section '${s.name}':`,
            s.actual === undefined
              ? `  the markers <!-- generated:${s.name}:start --> and <!-- generated:${s.name}:end --> are missing`
              : `  between the markers:\n${s.actual}\n  but the content renders:\n${s.expected}`,
          ].join('\n'),
        )
        .join('\n\n');
      throw new Error(
        `The support handbook is out of date with community/support/queues.yaml and response-guidelines.yaml.\nRun: ${UPDATE_COMMAND}\n\n${details}`,
      );
    }
    // After an update, the handbook matches
    expect(syncGuidelineDocs({ contentDirectory, groupsFile })).toEqual([]);
  });
});

describe('durationInWords', () => {
  it('says hours, days and their mix, naming business days when asked', () => {
    expect(durationInWords('PT4H')).toBe('4 hours');
    expect(durationInWords('P1D')).toBe('1 day');
    expect(durationInWords('P1DT12H')).toBe('1 day 12 hours');
    expect(durationInWords('PT1H30M')).toBe('1 hour 30 minutes');
    expect(durationInWords('P5D', 'business-days')).toBe('5 business days');
    expect(durationInWords('P1D', 'business-days')).toBe('1 business day');
    expect(durationInWords('P1D', 'calendar')).toBe('1 day');
  });
});

describe('rendering', () => {
  const content = readSupportContent(fixtures);
  const groups = new Map([
    ['group:default/core-maintainers', 'Core maintainers'],
    ['group:default/support-team', 'Support team'],
    ['group:default/security-response', 'Security response team'],
  ]);

  it('renders the short targets table', () => {
    expect(renderTargetsSummary(content)).toBe(
      [
        '| Priority | First response | Resolution |',
        '| --- | --- | --- |',
        '| Urgent | 4 hours | 1 day |',
        '| Normal | 1 business day | 5 business days |',
        '| Low | 3 business days | 14 business days |',
      ].join('\n'),
    );
  });

  it('renders the targets with clocks, escalation and the other guidelines', () => {
    expect(renderTargets(content)).toBe(
      [
        '| Priority | First response | Resolution | Clock |',
        '| --- | --- | --- | --- |',
        '| Urgent | **4 hours** | **1 day** | Calendar time, seven days a week |',
        '| Normal | **1 day** | **5 days** | Business days, Monday to Friday, UTC |',
        '| Low | **3 days** | **14 days** | Business days, Monday to Friday, UTC |',
        '',
        'A question whose target was missed and that is still waiting 1 day later is escalated: the community managers are notified.',
        '',
        'Some queues have targets of their own:',
        '',
        '| Queue | Guideline | Priority | First response | Resolution | Clock | Escalated after |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| `security` | Security reports | All | 4 hours | 3 days | Calendar time, seven days a week | 12 hours |',
        '',
        '**Security reports.** Acknowledged within 4 hours.',
      ].join('\n'),
    );
  });

  it('renders package and shared queues with their groups and targets', () => {
    expect(renderQueues(content, groups)).toBe(
      [
        '## Package queues',
        '',
        '| Queue | Scope | Owning group | Answered by | Targets |',
        '| --- | --- | --- | --- | --- |',
        '| `kestrel-flow` | Flows and stages | Core maintainers | Mei Tanaka | [Standard targets](response-guidelines.md#targets) |',
        '',
        '## Shared queues',
        '',
        '| Queue | Scope | Owning group | Visibility | Targets |',
        '| --- | --- | --- | --- | --- |',
        '| `getting-started` | First projects | Support team | public | [Standard targets](response-guidelines.md#targets) |',
        '| `security` | Vulnerability reports | Security response team | [private](portal.md#private-questions) | [Security reports](response-guidelines.md#targets) |',
      ].join('\n'),
    );
  });

  it('renders metric definitions with their ids, versions and references', () => {
    expect(
      renderMetricDefinitions([
        {
          id: 'support.opened',
          version: '2',
          title: 'Questions opened',
          unit: 'count',
          definition: 'Questions created in the window | counted once.',
          reference: 'https://example.org/opened',
        },
        {
          id: 'support.breaches',
          version: '1',
          title: 'Breaches',
          unit: 'count',
          definition: 'Due times that passed.',
        },
      ]),
    ).toBe(
      [
        '| Metric | Id and version | Definition |',
        '| --- | --- | --- |',
        '| [Questions opened](https://example.org/opened) | `support.opened` v2 | Questions created in the window \\| counted once. |',
        '| Breaches | `support.breaches` v1 | Due times that passed. |',
      ].join('\n'),
    );
  });

  it('refuses a team that is not a known group', () => {
    groups.delete('group:default/support-team');
    expect(() => renderQueues(content, groups)).toThrow(
      "Queue 'getting-started' names team group:default/support-team, which is not a group in the catalog content",
    );
  });

  it("reads group titles from the community's groups file", () => {
    const titles = readGroupTitles(groupsFile);
    expect(titles.get('group:default/support-team')).toBe('Support team');
    expect(titles.get('group:default/conduct-committee')).toBe(
      'Code of Conduct committee',
    );
  });
});

describe('generated sections', () => {
  const page = [
    '# Page',
    '',
    'Before.',
    '',
    '<!-- generated:queues:start -->',
    '',
    'old',
    '',
    '<!-- generated:queues:end -->',
    '',
    'After.',
    '',
  ].join('\n');

  it('replaces only the text between the markers', () => {
    const updated = replaceGeneratedSection(page, 'queues', '| new |');
    expect(updated).toBe(page.replace('old', '| new |'));
    expect(readGeneratedSection(updated, 'queues')).toBe('| new |');
  });

  it('says when the markers are missing', () => {
    expect(readGeneratedSection(page, 'targets')).toBeUndefined();
    expect(() => replaceGeneratedSection(page, 'targets', 'x')).toThrow(
      'No <!-- generated:targets:start --> ... <!-- generated:targets:end --> markers',
    );
  });
});
