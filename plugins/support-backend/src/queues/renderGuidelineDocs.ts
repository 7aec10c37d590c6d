import {
  parseIsoDuration,
  ResponseClock,
  ResponseTarget,
  SupportMetricDefinition,
  supportMetricDefinitions,
} from '@community-hub/plugin-support-common';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  DEFAULT_GUIDELINE_ID,
  GuidelineDefinition,
  QueueDefinition,
  readSupportContent,
  SupportContent,
} from './supportContent';

/**
 * The handbook sections generated from the content files: each lies between
 * `<!-- generated:<name>:start -->` and `<!-- generated:<name>:end -->`.
 */
export const GENERATED_SECTIONS = [
  { file: 'docs/index.md', name: 'targets-summary' },
  { file: 'docs/response-guidelines.md', name: 'targets' },
  { file: 'docs/queues.md', name: 'queues' },
  { file: 'docs/portal.md', name: 'metrics' },
] as const;

/** Section names of {@link GENERATED_SECTIONS}. */
export type GeneratedSectionName = (typeof GENERATED_SECTIONS)[number]['name'];

/** Titles of catalog Groups by ref (`group:default/support-team` -> `Support team`). */
export type GroupTitles = Map<string, string>;

const PRIORITY_LABELS = { urgent: 'Urgent', normal: 'Normal', low: 'Low' };

const CLOCK_LABELS: Record<ResponseClock, string> = {
  calendar: 'Calendar time, seven days a week',
  'business-days': 'Business days, Monday to Friday, UTC',
};

const plural = (count: number, unit: string) =>
  `${count} ${unit}${count === 1 ? '' : 's'}`;

/**
 * An ISO 8601 duration in words: `PT4H` -> `4 hours`, `P1DT12H` ->
 * `1 day 12 hours`. With `qualify`, days and hours of the business-days
 * clock say so (`1 business day`).
 */
export function durationInWords(
  duration: string,
  clock?: ResponseClock,
): string {
  const { days, hours, minutes } = parseIsoDuration(duration);
  const business = clock === 'business-days' ? 'business ' : '';
  return [
    days ? plural(days, `${business}day`) : '',
    hours ? plural(hours, `${business}hour`) : '',
    minutes ? plural(minutes, 'minute') : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const cell = (value: string) =>
  value.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function table(headers: string[], rows: string[][]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function guideline(content: SupportContent, id: string): GuidelineDefinition {
  const found = content.guidelines.find(g => g.id === id);
  if (!found) {
    throw new Error(`No response guideline '${id}'`);
  }
  return found;
}

const sameTargets = (targets: ResponseTarget[]) =>
  targets.every(
    t =>
      t.firstResponse === targets[0].firstResponse &&
      t.resolution === targets[0].resolution &&
      t.clock === targets[0].clock,
  );

/** `index.md`: the default targets in short, days of business clocks named as such. */
export function renderTargetsSummary(content: SupportContent): string {
  const targets = guideline(content, DEFAULT_GUIDELINE_ID).targets;
  return table(
    ['Priority', 'First response', 'Resolution'],
    targets.map(t => [
      PRIORITY_LABELS[t.priority],
      durationInWords(t.firstResponse, t.clock),
      durationInWords(t.resolution, t.clock),
    ]),
  );
}

/**
 * `response-guidelines.md`: the default targets with their clocks and
 * escalation, then the targets of queues with a guideline of their own.
 */
export function renderTargets(content: SupportContent): string {
  const standard = guideline(content, DEFAULT_GUIDELINE_ID);
  const parts = [
    table(
      ['Priority', 'First response', 'Resolution', 'Clock'],
      standard.targets.map(t => [
        PRIORITY_LABELS[t.priority],
        `**${durationInWords(t.firstResponse)}**`,
        `**${durationInWords(t.resolution)}**`,
        CLOCK_LABELS[t.clock],
      ]),
    ),
    `A question whose target was missed and that is still waiting ${durationInWords(
      standard.escalateAfter,
    )} later is escalated: the community managers are notified.`,
  ];

  const others = content.guidelines.filter(
    g =>
      g.id !== DEFAULT_GUIDELINE_ID &&
      content.queues.some(q => q.guideline === g.id),
  );
  if (others.length > 0) {
    const rows = others.flatMap(g => {
      const queues = content.queues
        .filter(q => q.guideline === g.id)
        .map(q => `\`${q.id}\``)
        .join(', ');
      const targets = sameTargets(g.targets)
        ? [{ ...g.targets[0], label: 'All' }]
        : g.targets.map(t => ({ ...t, label: PRIORITY_LABELS[t.priority] }));
      return targets.map(t => [
        queues,
        g.title,
        t.label,
        durationInWords(t.firstResponse),
        durationInWords(t.resolution),
        CLOCK_LABELS[t.clock],
        durationInWords(g.escalateAfter),
      ]);
    });
    parts.push(
      'Some queues have targets of their own:',
      table(
        [
          'Queue',
          'Guideline',
          'Priority',
          'First response',
          'Resolution',
          'Clock',
          'Escalated after',
        ],
        rows,
      ),
      ...others
        .filter(g => g.description)
        .map(g => `**${g.title}.** ${g.description!.trim()}`),
    );
  }
  return parts.join('\n\n');
}

function groupTitle(groups: GroupTitles, queue: QueueDefinition): string {
  const title = groups.get(queue.team);
  if (!title) {
    throw new Error(
      `Queue '${queue.id}' names team ${queue.team}, which is not a group in the catalog content`,
    );
  }
  return title;
}

/** `queues.md`: package queues (linked to an entity), then shared queues. */
export function renderQueues(
  content: SupportContent,
  groups: GroupTitles,
): string {
  const targets = (queue: QueueDefinition) =>
    `[${
      guideline(content, queue.guideline).title
    }](response-guidelines.md#targets)`;
  const packages = content.queues.filter(q => q.entityRef);
  const shared = content.queues.filter(q => !q.entityRef);
  return [
    '## Package queues',
    table(
      ['Queue', 'Scope', 'Owning group', 'Answered by', 'Targets'],
      packages.map(q => [
        `\`${q.id}\``,
        q.description,
        groupTitle(groups, q),
        q.answeredBy ?? 'The owning group',
        targets(q),
      ]),
    ),
    '## Shared queues',
    table(
      ['Queue', 'Scope', 'Owning group', 'Visibility', 'Targets'],
      shared.map(q => [
        `\`${q.id}\``,
        q.description,
        groupTitle(groups, q),
        q.visibility === 'private'
          ? '[private](portal.md#private-questions)'
          : 'public',
        targets(q),
      ]),
    ),
  ].join('\n\n');
}

/** `portal.md`: the published metric definitions with their ids and versions. */
export function renderMetricDefinitions(
  definitions: readonly SupportMetricDefinition[],
): string {
  return table(
    ['Metric', 'Id and version', 'Definition'],
    definitions.map(d => [
      d.reference ? `[${d.title}](${d.reference})` : d.title,
      `\`${d.id}\` v${d.version}`,
      d.definition,
    ]),
  );
}

/** The body of each generated section. */
export function renderGuidelineDocs(
  content: SupportContent,
  groups: GroupTitles,
): Record<GeneratedSectionName, string> {
  return {
    'targets-summary': renderTargetsSummary(content),
    targets: renderTargets(content),
    queues: renderQueues(content, groups),
    metrics: renderMetricDefinitions(supportMetricDefinitions),
  };
}

const markers = (name: string) => ({
  start: `<!-- generated:${name}:start -->`,
  end: `<!-- generated:${name}:end -->`,
});

/** The text between a section's markers, without the blank lines around it. */
export function readGeneratedSection(
  markdown: string,
  name: string,
): string | undefined {
  const { start, end } = markers(name);
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end);
  if (from < 0 || to < from) {
    return undefined;
  }
  return markdown.slice(from + start.length, to).trim();
}

/**
 * Replaces the text between a section's markers. Blank lines separate the
 * markers from the body, so that Markdown reads the body as Markdown.
 */
export function replaceGeneratedSection(
  markdown: string,
  name: string,
  body: string,
): string {
  const { start, end } = markers(name);
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end);
  if (from < 0 || to < from) {
    throw new Error(`No ${start} ... ${end} markers`);
  }
  return `${markdown.slice(0, from)}${start}\n\n${body}\n\n${markdown.slice(
    to,
  )}`;
}

/** Group titles by ref from a catalog file of Group entities (several YAML documents). */
export function readGroupTitles(groupsFile: string): GroupTitles {
  const titles: GroupTitles = new Map();
  for (const doc of parseAllDocuments(fs.readFileSync(groupsFile, 'utf8'))) {
    const entity = doc.toJS() as {
      kind?: string;
      metadata?: { name?: string; namespace?: string; title?: string };
    } | null;
    if (entity?.kind === 'Group' && entity.metadata?.name) {
      const { name, namespace = 'default', title } = entity.metadata;
      titles.set(`group:${namespace}/${name}`, title ?? name);
    }
  }
  return titles;
}

/** A generated section whose text differs from what the content renders. */
export interface StaleSection {
  file: string;
  name: string;
  expected: string;
  actual: string | undefined;
}

/**
 * Compares the generated sections of the support handbook in
 * `contentDirectory` with what its YAML renders; with `write`, rewrites the
 * stale ones. Returns the sections that were (or are) stale.
 */
export function syncGuidelineDocs(options: {
  contentDirectory: string;
  groupsFile: string;
  write?: boolean;
}): StaleSection[] {
  const content = readSupportContent(options.contentDirectory);
  const bodies = renderGuidelineDocs(
    content,
    readGroupTitles(options.groupsFile),
  );
  const stale: StaleSection[] = [];
  for (const section of GENERATED_SECTIONS) {
    const file = path.join(options.contentDirectory, section.file);
    const markdown = fs.readFileSync(file, 'utf8');
    const expected = bodies[section.name];
    const actual = readGeneratedSection(markdown, section.name);
    if (actual !== expected) {
      stale.push({ file, name: section.name, expected, actual });
      if (options.write) {
        fs.writeFileSync(
          file,
          replaceGeneratedSection(markdown, section.name, expected),
        );
      }
    }
  }
  return stale;
}
