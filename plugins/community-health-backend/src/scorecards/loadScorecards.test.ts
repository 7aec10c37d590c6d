import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadScorecards } from './loadScorecards';

describe('loadScorecards', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'health-scorecards-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('loads the community scorecards: one per target, at least 15 package checks', async () => {
    const set = await loadScorecards(
      path.resolve(__dirname, '../../../../community/health/scorecards.yaml'),
    );
    expect(set.all.map(s => s.target).sort()).toEqual([
      'community',
      'group',
      'package',
      'partner',
    ]);
    expect(set.forTarget('package')!.checks.length).toBeGreaterThanOrEqual(15);
  });

  it('names the file and the problem', async () => {
    await expect(
      loadScorecards(path.join(dir, 'missing.yaml')),
    ).rejects.toThrow(
      /Cannot read the community health scorecards at .*missing\.yaml/,
    );
    const broken = write(
      'broken.yaml',
      'scorecards:\n  - id: package\n    title: Package\n    version: "1"\n    target: package\n    checks:\n      - { id: a, title: A, metricId: catalog.has-owner, operator: "~", threshold: 1, weight: 1, howToImprove: x }\n    levels: []\n',
    );
    await expect(loadScorecards(broken)).rejects.toThrow(
      /Invalid community health scorecards in .*broken\.yaml: .*operator/,
    );
  });

  it('refuses two scorecards for one target', async () => {
    const card = (id: string) =>
      `  - { id: ${id}, title: T, version: "1", target: group, checks: [], levels: [] }\n`;
    const twice = write(
      'twice.yaml',
      `scorecards:\n${card('teams')}${card('groups')}`,
    );
    await expect(loadScorecards(twice)).rejects.toThrow(
      /twice\.yaml: .*target 'group' already has a scorecard/,
    );
  });
});
