import type { MetricDefinition } from '@community-hub/plugin-community-health-common';

const support = (
  definition: Omit<MetricDefinition, 'source' | 'version'>,
): MetricDefinition => ({ source: 'support', version: '1', ...definition });

const QUEUES =
  'Read from the support queues whose `entityRef` names the package, over the window (default the last 90 days), through the support API. When several queues name the same package, counts are added up and the median and share are those of the queue with the most first responses. Missing when no queue names the package or the calls to the support API fail.';

/** The support metrics of each package with a support queue. */
export const supportMetricDefinitions: MetricDefinition[] = [
  support({
    id: 'support.median-first-response-hours',
    title: 'Median time to first response',
    description: 'How long people typically wait for a first answer.',
    unit: 'hours',
    definition: `The median, in calendar hours, of the time from a question's creation to the first answer or comment by someone other than its author (support's \`support.time-to-first-response\`), over the questions created in the window that got one. Missing when none did. ${QUEUES}`,
    reference: 'https://chaoss.community/kb/metric-time-to-first-response/',
  }),
  support({
    id: 'support.first-response-within-target',
    title: 'First responses within target',
    description: 'The share of questions answered within the promised time.',
    unit: 'share',
    definition: `Of the questions whose first response was due in the window, the share (0 to 1) that got it by the due time of its queue's response guideline (support's \`support.first-response-within-target\`). Missing when no first response was due. ${QUEUES}`,
  }),
  support({
    id: 'support.backlog',
    title: 'Open backlog',
    description: 'Questions still open at the end of the window.',
    unit: 'count',
    definition: `Questions created before the end of the window and still open at its end (support's \`support.backlog\`). ${QUEUES}`,
    reference: 'https://chaoss.community/kb/metric-issues-active/',
  }),
  support({
    id: 'support.breaches',
    title: 'Missed response targets',
    description: 'Response and resolution targets missed in the window.',
    unit: 'count',
    definition: `First-response and resolution due times that passed in the window without the response or the resolution; a question can breach twice (support's \`support.breaches\`). ${QUEUES}`,
  }),
];
