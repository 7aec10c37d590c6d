import type { MetricDefinition } from '@community-hub/plugin-community-health-common';

const calendar = (
  definition: Omit<MetricDefinition, 'source' | 'version'>,
): MetricDefinition => ({ source: 'calendar', version: '1', ...definition });

const HELD =
  'An occurrence is held when it belongs to a gathering (not a content item) that is not cancelled, starts in the window (default the last 90 days) and has ended by the time of the computation; each occurrence of a recurring event counts. An event relates to a package or partner through its `spec.packages` and `spec.partners`. Read with one occurrence query to the calendar API per computation; missing when the call to the calendar fails.';

/** The calendar metrics of packages and partners. */
export const calendarMetricDefinitions: MetricDefinition[] = [
  calendar({
    id: 'calendar.events-held',
    title: 'Events held',
    description: 'Community gatherings about the package or with the partner.',
    unit: 'count',
    definition: `The number of held occurrences of events related to the entity. ${HELD}`,
  }),
  calendar({
    id: 'calendar.registrations',
    title: 'Registrations',
    description: 'People registered for the events held.',
    unit: 'count',
    definition:
      'The registrations for held occurrences of events related to the entity. Not yet available: the calendar API gives other plugins occurrence summaries without registration counts, so the value is always missing, with a note.',
  }),
  calendar({
    id: 'calendar.distinct-speakers',
    title: 'Distinct speakers',
    description: 'Different people who spoke at the events held.',
    unit: 'count',
    definition: `The number of different people named in \`spec.speakers\` of the events with held occurrences related to the entity (read from their Event entities in the catalog). ${HELD}`,
  }),
  calendar({
    id: 'calendar.partner-cohosted-events',
    title: 'Partner co-hosted events',
    description: 'Events held together with a partner.',
    unit: 'count',
    definition: `For a package: the held occurrences related to it whose event names at least one partner. For a partner: the held occurrences whose event names it. ${HELD}`,
  }),
];
