import type {
  MetricsWindow,
  SupportMetrics,
  SupportQueueSummary,
} from '@community-hub/plugin-support-common';
import {
  testContext,
  testPackage,
  testPartner,
} from '../../__testUtils__/testEntities';
import {
  createSupportProvider,
  SupportMetricsSource,
} from './createSupportProvider';

function queue(id: string, entityRef?: string): SupportQueueSummary {
  return {
    id,
    title: id,
    description: '',
    team: 'group:default/support-team',
    entityRef,
    visibility: 'public',
    guideline: {} as SupportQueueSummary['guideline'],
    open: 0,
    unanswered: 0,
    breached: 0,
  };
}

function numbers(
  queueId: string,
  values: {
    median: number | null;
    responses: number;
    share: number | null;
    backlog: number;
    breaches: number;
  },
): SupportMetrics & { queueId: string } {
  return {
    queueId,
    scope: { queue: queueId },
    window: { from: '', to: '' },
    definitions: {},
    timeToFirstResponse: {
      medianHours: values.median,
      p90Hours: null,
      count: values.responses,
    },
    resolutionDuration: { medianHours: null, p90Hours: null, count: 0 },
    withinTargetShare: values.share,
    backlog: values.backlog,
    breaches: values.breaches,
    opened: 0,
    closed: 0,
    daily: [],
  };
}

/** A fake support API that records its calls. */
function fakeSupport(): SupportMetricsSource & {
  calls: string[];
  windows: MetricsWindow[];
} {
  const calls: string[] = [];
  const windows: MetricsWindow[] = [];
  return {
    calls,
    windows,
    async listQueues() {
      calls.push('listQueues');
      return {
        items: [
          queue('flow', 'component:default/kestrel-flow'),
          queue('flow-security', 'Component:default/Kestrel-Flow'),
          queue('connect', 'component:default/kestrel-connect'),
          queue('general'),
        ],
      };
    },
    async getQueueMetrics(window) {
      calls.push('getQueueMetrics');
      windows.push(window);
      return {
        window,
        overall: numbers('all', {
          median: 5,
          responses: 40,
          share: 0.8,
          backlog: 9,
          breaches: 4,
        }),
        queues: [
          numbers('flow', {
            median: 6.5,
            responses: 30,
            share: 0.9,
            backlog: 4,
            breaches: 1,
          }),
          numbers('flow-security', {
            median: 30,
            responses: 2,
            share: 0.5,
            backlog: 1,
            breaches: 2,
          }),
          numbers('connect', {
            median: null,
            responses: 0,
            share: null,
            backlog: 3,
            breaches: 0,
          }),
          numbers('general', {
            median: 2,
            responses: 8,
            share: 1,
            backlog: 1,
            breaches: 1,
          }),
        ],
      };
    },
  };
}

const byMetric = (
  values:
    | { metricId: string; value: number | null; note?: string }[]
    | undefined,
) =>
  Object.fromEntries(
    (values ?? []).map(v => [v.metricId, v.note ? [v.value, v.note] : v.value]),
  );

describe('support metrics', () => {
  const flow = testPackage('kestrel-flow');
  const connect = testPackage('kestrel-connect');
  const lint = testPackage('kestrel-lint');
  const nimbus = testPartner('nimbus-cloud');

  it('maps queue numbers to packages with two calls for a whole run', async () => {
    const support = fakeSupport();
    const provider = createSupportProvider({ support });
    const context = testContext([]);

    // Two batches of the same run
    const first = await provider.compute([flow, connect], context);
    const second = await provider.compute([lint, nimbus], context);

    expect(support.calls.sort()).toEqual(['getQueueMetrics', 'listQueues']);
    // The last 90 days before the run
    expect(support.windows).toEqual([
      { from: '2026-08-26T03:00:00.000Z', to: '2026-11-24T03:00:00.000Z' },
    ]);
    // Two queues name kestrel-flow: backlog 4 + 1 = 5, breaches 1 + 2 = 3;
    // the median and share come from the busier queue (30 responses against 2)
    expect(byMetric(first.get('component:default/kestrel-flow'))).toEqual({
      'support.median-first-response-hours': 6.5,
      'support.first-response-within-target': 0.9,
      'support.backlog': 5,
      'support.breaches': 3,
    });
    expect(byMetric(first.get('component:default/kestrel-connect'))).toEqual({
      'support.median-first-response-hours': [
        null,
        'no question got a first response in the window',
      ],
      'support.first-response-within-target': [
        null,
        'no first response was due in the window',
      ],
      'support.backlog': 3,
      'support.breaches': 0,
    });
    expect(byMetric(second.get('component:default/kestrel-lint'))).toEqual({
      'support.median-first-response-hours': [
        null,
        'no support queue is linked to this package',
      ],
      'support.first-response-within-target': [
        null,
        'no support queue is linked to this package',
      ],
      'support.backlog': [null, 'no support queue is linked to this package'],
      'support.breaches': [null, 'no support queue is linked to this package'],
    });
    // Partners have no queues: nothing for them
    expect(second.has('partner:default/nimbus-cloud')).toBe(false);

    // A new run asks again
    await provider.compute([flow], testContext([]));
    expect(support.calls).toHaveLength(4);
  });

  it('leaves the values missing, with a note, when support cannot be reached', async () => {
    const provider = createSupportProvider({
      support: {
        listQueues: async () => {
          throw new Error('connect ECONNREFUSED 127.0.0.1:7007');
        },
        getQueueMetrics: async () => {
          throw new Error('connect ECONNREFUSED 127.0.0.1:7007');
        },
      },
    });

    const values = await provider.compute([flow, nimbus], testContext([]));

    const note =
      'the support API call failed: connect ECONNREFUSED 127.0.0.1:7007';
    expect(byMetric(values.get('component:default/kestrel-flow'))).toEqual({
      'support.median-first-response-hours': [null, note],
      'support.first-response-within-target': [null, note],
      'support.backlog': [null, note],
      'support.breaches': [null, note],
    });
    expect(values.has('partner:default/nimbus-cloud')).toBe(false);
  });
});
