import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { Scorecard } from '../types';
import { parseScorecardDocument } from './parseScorecardDocument';

const repoRoot = path.resolve(__dirname, '../../../..');
const healthDirectory = path.join(repoRoot, 'community/health');
const checksPage = path.join(healthDirectory, 'docs/checks.md');
const UPDATE_COMMAND =
  'UPDATE_HEALTH_DOCS=1 yarn test plugins/community-health-common/src/scoring/communityScorecards --watchAll=false';

/** The metric ids of the built-in providers, as published on docs/metrics.md. */
const BUILT_IN_METRICS = [
  'catalog.has-owner',
  'catalog.has-description',
  'catalog.has-techdocs',
  'catalog.techdocs-builds',
  'catalog.lifecycle-production',
  'catalog.active-maintainers',
  'support.median-first-response-hours',
  'support.first-response-within-target',
  'support.backlog',
  'support.breaches',
  'calendar.events-held',
  'calendar.registrations',
  'calendar.distinct-speakers',
  'calendar.partner-cohosted-events',
  'contributions.contributor-absence-factor',
  'contributions.elephant-factor',
  'contributions.new-contributors',
  'contributions.active-contributors',
  'contributions.release-frequency',
];

function readScorecards(): Scorecard[] {
  const text = fs.readFileSync(
    path.join(healthDirectory, 'scorecards.yaml'),
    'utf8',
  );
  return parseScorecardDocument(parse(text));
}

function formatShare(weight: number, total: number): string {
  return `${(Math.round((1000 * weight) / total) / 10).toFixed(1)} %`;
}

/** The Markdown tables of docs/checks.md, one section per scorecard. */
function renderCheckTables(scorecards: Scorecard[]): string {
  const sections = scorecards.map(scorecard => {
    const heading = `## ${scorecard.title}\n\nScorecard \`${scorecard.id}\`, version ${scorecard.version}.`;
    if (scorecard.checks.length === 0) {
      return `${heading} No checks of its own: it is rolled up from its members (see [Levels and scores](levels-and-scores.md#roll-ups)), with the levels ${scorecard.levels
        .map(l => l.id)
        .join(', ')}.`;
    }
    const total = scorecard.checks.reduce((sum, c) => sum + c.weight, 0);
    const levelOf = (checkId: string) =>
      scorecard.levels.find(l => l.checks.includes(checkId))?.title ?? '-';
    const ordered = [
      ...scorecard.levels.flatMap(l =>
        scorecard.checks.filter(c => levelOf(c.id) === l.title),
      ),
      ...scorecard.checks.filter(c => levelOf(c.id) === '-'),
    ];
    const rows = ordered.map(
      c =>
        `| ${levelOf(c.id)} | ${c.title} (\`${c.id}\`) | \`${c.metricId} ${
          c.operator
        } ${c.threshold}\` | ${c.weight} | ${formatShare(c.weight, total)} |`,
    );
    return [
      `${heading} Total weight ${total}.`,
      '',
      '| Level | Check | Passes when | Weight | Share |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return sections.join('\n\n');
}

const START = '<!-- generated:checks:start -->';
const END = '<!-- generated:checks:end -->';

describe('the community scorecards', () => {
  const scorecards = readScorecards();
  const byTarget = new Map(scorecards.map(s => [s.target, s]));

  it('has a scorecard for every target', () => {
    expect([...byTarget.keys()].sort()).toEqual([
      'community',
      'group',
      'package',
      'partner',
    ]);
  });

  it('scores packages with at least 15 checks, each in a level', () => {
    const pkg = byTarget.get('package')!;
    expect(pkg.checks.length).toBeGreaterThanOrEqual(15);
    const inLevels = new Set(pkg.levels.flatMap(l => l.checks));
    expect(pkg.checks.filter(c => !inLevels.has(c.id))).toEqual([]);
  });

  it('uses the levels bronze, silver and gold everywhere, so roll-ups can count them', () => {
    for (const scorecard of scorecards) {
      expect(scorecard.levels.map(l => l.id)).toEqual([
        'bronze',
        'silver',
        'gold',
      ]);
    }
  });

  it('only reads metrics that the built-in providers publish', () => {
    const unknown = scorecards
      .flatMap(s => s.checks)
      .map(c => c.metricId)
      .filter(id => !BUILT_IN_METRICS.includes(id));
    expect(unknown).toEqual([]);
    const metricsPage = fs.readFileSync(
      path.join(healthDirectory, 'docs/metrics.md'),
      'utf8',
    );
    for (const id of BUILT_IN_METRICS) {
      expect(metricsPage).toContain(`\`${id}\``);
    }
  });

  it('links handbook pages that exist from every how-to-improve text', () => {
    // Every documentation site of the catalog: component name -> folder.
    const sites = new Map<string, string>();
    for (const folder of fs.readdirSync(path.join(repoRoot, 'community'))) {
      const file = path.join(
        repoRoot,
        'community',
        folder,
        'catalog-info.yaml',
      );
      if (!fs.existsSync(file)) continue;
      for (const doc of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
        const entity = doc.toJS();
        if (entity?.spec?.type === 'documentation') {
          sites.set(entity.metadata.name, path.dirname(file));
        }
      }
    }
    const broken: string[] = [];
    for (const check of scorecards.flatMap(s => s.checks)) {
      const links = [
        ...check.howToImprove.matchAll(
          /\]\(\/docs\/default\/component\/([^/]+)\/([^/#)]*)\/?(#[^)]*)?\)/g,
        ),
      ];
      for (const [link, site, page] of links) {
        const folder = sites.get(site);
        const markdown = page ? `docs/${page}.md` : 'docs/index.md';
        if (!folder || !fs.existsSync(path.join(folder, markdown))) {
          broken.push(`${check.id}: ${link}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('is shown in the handbook as it is enforced', () => {
    const page = fs.readFileSync(checksPage, 'utf8');
    const start = page.indexOf(START);
    const end = page.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const expected = `${START}\n${renderCheckTables(scorecards)}\n${END}`;
    const actual = page.slice(start, end + END.length);
    if (process.env.UPDATE_HEALTH_DOCS === '1') {
      fs.writeFileSync(
        checksPage,
        page.slice(0, start) + expected + page.slice(end + END.length),
      );
      return;
    }
    if (actual !== expected) {
      throw new Error(
        `community/health/docs/checks.md is out of date with community/health/scorecards.yaml.\nRun: ${UPDATE_COMMAND}`,
      );
    }
  });
});
