import fs from 'node:fs';
import path from 'node:path';
import { parseSupportContent, readSupportContent } from './supportContent';

const fixtures = path.join(__dirname, '__fixtures__', 'content');
const queuesYaml = fs.readFileSync(path.join(fixtures, 'queues.yaml'), 'utf8');
const guidelinesYaml = fs.readFileSync(
  path.join(fixtures, 'response-guidelines.yaml'),
  'utf8',
);

function parseWith(changes: { queues?: string; guidelines?: string }) {
  return () =>
    parseSupportContent({
      queues: changes.queues ?? queuesYaml,
      guidelines: changes.guidelines ?? guidelinesYaml,
    });
}

describe('readSupportContent', () => {
  it('reads both files, keeping queue order and sorting targets by priority', () => {
    const content = readSupportContent(fixtures);
    expect(content.queues.map(q => q.id)).toEqual([
      'kestrel-flow',
      'getting-started',
      'security',
    ]);
    expect(content.queues[0]).toEqual({
      id: 'kestrel-flow',
      title: 'Kestrel Flow',
      description: 'Flows and stages',
      team: 'group:default/core-maintainers',
      entityRef: 'component:default/kestrel-flow',
      visibility: 'public',
      guideline: 'default',
      answeredBy: 'Mei Tanaka',
    });
    expect(content.queues[1].entityRef).toBeUndefined();
    expect(content.guidelines[0].targets).toEqual([
      {
        priority: 'urgent',
        firstResponse: 'PT4H',
        resolution: 'P1D',
        clock: 'calendar',
      },
      {
        priority: 'normal',
        firstResponse: 'P1D',
        resolution: 'P5D',
        clock: 'business-days',
      },
      {
        priority: 'low',
        firstResponse: 'P3D',
        resolution: 'P14D',
        clock: 'business-days',
      },
    ]);
  });

  it('names the missing file', () => {
    expect(() => readSupportContent(path.join(fixtures, 'nope'))).toThrow(
      /Cannot read support content .*nope\/queues\.yaml/,
    );
  });
});

describe('parseSupportContent', () => {
  it('names the file and field of a team that is not a group', () => {
    expect(
      parseWith({
        queues: queuesYaml.replace(
          'team: group:default/support-team',
          'team: user:default/chloe.martin',
        ),
      }),
    ).toThrow(
      "Invalid support content in queues.yaml:\n  - queues[1] (getting-started).team: must be a group entity ref such as group:default/<name>, got 'user:default/chloe.martin'",
    );
  });

  it('names a queue whose guideline does not exist', () => {
    expect(
      parseWith({
        queues: queuesYaml.replace(
          'guideline: security-reports',
          'guideline: security',
        ),
      }),
    ).toThrow(
      "queues[2] (security).guideline: no guideline 'security' in response-guidelines.yaml (it has default, security-reports)",
    );
  });

  it('refuses an unknown visibility, a misspelt field and a bad id', () => {
    const broken = queuesYaml
      .replace('visibility: private', 'visibility: secret')
      .replace('answeredBy: Mei Tanaka', 'answerdBy: Mei Tanaka')
      .replace('id: getting-started', 'id: Getting Started');
    let message = '';
    try {
      parseWith({ queues: broken })();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('in queues.yaml');
    expect(message).toMatch(/queues\[0\] \(kestrel-flow\): .*answerdBy/);
    expect(message).toContain(
      'queues[1] (Getting Started).id: must be lowercase letters and digits joined by hyphens',
    );
    expect(message).toMatch(/queues\[2\] \(security\)\.visibility: .*public/);
  });

  it('refuses a duplicate queue id', () => {
    expect(
      parseWith({
        queues: queuesYaml.replace('id: security', 'id: kestrel-flow'),
      }),
    ).toThrow("queues: the id 'kestrel-flow' is used more than once");
  });

  it('names a guideline without a target for every priority', () => {
    const withoutLow = guidelinesYaml.replace(
      / {6}- priority: low\n {8}firstResponse: P3D\n {8}resolution: P14D\n {8}clock: business-days\n/,
      '',
    );
    expect(parseWith({ guidelines: withoutLow })).toThrow(
      "Invalid support content in response-guidelines.yaml:\n  - guidelines[0] (default).targets: needs exactly one target with priority 'low', found 0",
    );
  });

  it('names a duration that is not ISO 8601', () => {
    expect(
      parseWith({
        guidelines: guidelinesYaml.replace(
          'firstResponse: P1D',
          'firstResponse: 1 day',
        ),
      }),
    ).toThrow(
      "guidelines[0] (default).targets[2].firstResponse: must be an ISO 8601 duration longer than zero such as PT4H or P1D, got '1 day'",
    );
  });

  it('refuses a zero duration and an unknown clock', () => {
    const broken = guidelinesYaml
      .replace('escalateAfter: P1D', 'escalateAfter: PT0H')
      .replace('clock: business-days', 'clock: weekdays');
    let message = '';
    try {
      parseWith({ guidelines: broken })();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('guidelines[0] (default).escalateAfter:');
    expect(message).toMatch(
      /guidelines\[0\] \(default\)\.targets\[0\]\.clock:/,
    );
  });

  it('needs the default guideline, which package queues use', () => {
    expect(
      parseWith({
        guidelines: guidelinesYaml.replace('id: default', 'id: standard'),
      }),
    ).toThrow("guidelines: needs a guideline with id 'default'");
  });

  it('reports YAML that does not parse, and a missing top-level list', () => {
    expect(parseWith({ queues: 'queues: [' })).toThrow(
      /Invalid support content in queues\.yaml:\n {2}- not valid YAML/,
    );
    expect(parseWith({ queues: 'queue: []' })).toThrow(
      /queues\.yaml:\n {2}- queues: /,
    );
  });

  it('uses the given file names in messages', () => {
    expect(() =>
      parseSupportContent({
        queues: 'queues: []',
        guidelines: guidelinesYaml,
        files: {
          queues: '/content/queues.yaml',
          guidelines: '/content/response-guidelines.yaml',
        },
      }),
    ).toThrow(
      'Invalid support content in /content/queues.yaml:\n  - queues: needs at least one queue',
    );
  });
});
