import {
  ResponseGuideline,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import { QueueRegistry } from '../queues/QueueRegistry';

/** The default guideline of the test content, as the registry reads it. */
export const defaultGuideline: ResponseGuideline = {
  id: 'default',
  title: 'Standard targets',
  escalateAfter: 'P1D',
  targets: [
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
  ],
};

const securityGuideline: ResponseGuideline = {
  id: 'security-reports',
  title: 'Security reports',
  escalateAfter: 'PT12H',
  targets: (['urgent', 'normal', 'low'] as const).map(priority => ({
    priority,
    firstResponse: 'PT4H',
    resolution: 'P3D',
    clock: 'calendar' as const,
  })),
};

/** The queues of the test content. */
export const testQueues: SupportQueue[] = [
  {
    id: 'kestrel-flow',
    title: 'Kestrel Flow',
    description: 'Flows and stages',
    team: 'group:default/core-maintainers',
    entityRef: 'component:default/kestrel-flow',
    visibility: 'public',
    guideline: defaultGuideline,
  },
  {
    id: 'getting-started',
    title: 'Getting started',
    description: 'First projects',
    team: 'group:default/support-team',
    visibility: 'public',
    guideline: defaultGuideline,
  },
  {
    id: 'security',
    title: 'Security',
    description: 'Vulnerability reports',
    team: 'group:default/security-response',
    visibility: 'private',
    guideline: securityGuideline,
  },
];

/** A queue registry over fixed queues, for tests that build the service directly. */
export function fixedQueueRegistry(
  queues: SupportQueue[] = testQueues,
): QueueRegistry {
  return {
    list: () => [...queues],
    get: id => queues.find(queue => queue.id === id),
    forEntity: entityRef =>
      queues.filter(queue => queue.entityRef === entityRef),
  };
}
