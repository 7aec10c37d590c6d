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
  QUEUE_LIST_TTL_MS,
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

const queueNumbers = {
  flow: { median: 6.5, responses: 30, share: 0.9, backlog: 4, breaches: 1 },
  'flow-security': {
    median: 30,
    responses: 2,
    share: 0.5,
    backlog: 1,
    breaches: 2,
  },
  connect: { median: null, responses: 0, share: null, backlog: 3, breaches: 0 },
  general: { median: 2, responses: 8, share: 1, backlog: 1, breaches: 1 },
};

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
        queues: Object.entries(queueNumbers).map(([id, values]) =>
          numbers(id, values),
        ),
      };
    },
    async getMetrics(window, scope) {
      calls.push(`getMetrics ${scope?.queue}`);
      windows.push(window);
      const id = scope!.queue as keyof typeof queueNumbers;
      const { queueId, ...metrics } = numbers(id, queueNumbers[id]);
      return metrics;
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

  // Two queues name kestrel-flow: backlog 4 + 1 = 5, breaches 1 + 2 = 3;
  // the median and share come from the busier queue (30 responses against 2)
  const flowValues = {
    'support.median-first-response-hours': 6.5,
    'support.first-response-within-target': 0.9,
    'support.backlog': 5,
    'support.breaches': 3,
  };

  it('maps queue numbers to packages with two calls for a whole run', async () => {
    const support = fakeSupport();
    const provider = createSupportProvider({ support });
    const context = testContext([]);
    const others = Array.from({ length: 10 }, (_, i) =>
      testPackage(`pkg-${i}`),
    );

    // Two batches of the same run, the first larger than a recomputation
    const first = await provider.compute([flow, connect, ...others], context);
    const second = await provider.compute([lint, nimbus], context);

    expect(support.calls.sort()).toEqual(['getQueueMetrics', 'listQueues']);
    // The last 90 days before the run
    expect(support.windows).toEqual([
      { from: '2026-08-26T03:00:00.000Z', to: '2026-11-24T03:00:00.000Z' },
    ]);
    expect(byMetric(first.get('component:default/kestrel-flow'))).toEqual(
      flowValues,
    );
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
    await provider.compute([flow, ...others], testContext([]));
    expect(support.calls).toHaveLength(4);
  });

  it('asks for the queues of one package alone when recomputing it, with the same numbers', async () => {
    const support = fakeSupport();
    const provider = createSupportProvider({ support });

    const values = await provider.compute([flow], testContext([]));

    expect(byMetric(values.get('component:default/kestrel-flow'))).toEqual(
      flowValues,
    );
    expect(support.calls.sort()).toEqual([
      'getMetrics flow',
      'getMetrics flow-security',
      'listQueues',
    ]);
    expect(support.windows[0]).toEqual({
      from: '2026-08-26T03:00:00.000Z',
      to: '2026-11-24T03:00:00.000Z',
    });

    // The queue list is reused by the next recomputation
    await provider.compute([connect], testContext([]));
    expect(support.calls.filter(c => c === 'listQueues')).toHaveLength(1);
    expect(support.calls).toContain('getMetrics connect');

    // Ten minutes later it is used once more while a new one is fetched
    const later = Date.now() + QUEUE_LIST_TTL_MS + 1;
    jest.spyOn(Date, 'now').mockReturnValue(later);
    const again = await provider.compute([flow], testContext([]));
    expect(byMetric(again.get('component:default/kestrel-flow'))).toEqual(
      flowValues,
    );
    expect(support.calls.filter(c => c === 'listQueues')).toHaveLength(2);
    jest.restoreAllMocks();
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
        getMetrics: async () => {
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
