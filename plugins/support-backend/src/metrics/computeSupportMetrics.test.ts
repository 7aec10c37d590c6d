import { supportMetricDefinitions } from '@community-hub/plugin-support-common';
import { MetricQuestionRow } from '../store/SupportStore';
import { computeSupportMetrics } from './computeSupportMetrics';

const at = (iso: string) => new Date(iso);

function row(
  id: number,
  fields: Omit<
    MetricQuestionRow,
    | 'id'
    | 'queueId'
    | 'createdAt'
    | 'firstResponseAt'
    | 'firstResponseDueAt'
    | 'resolutionDueAt'
    | 'resolvedAt'
  > & {
    createdAt: string;
    firstResponseAt?: string;
    firstResponseDueAt: string;
    resolutionDueAt: string;
    resolvedAt?: string;
  },
): MetricQuestionRow {
  return {
    ...fields,
    id,
    queueId: 'kestrel-flow',
    createdAt: at(fields.createdAt),
    firstResponseAt: fields.firstResponseAt
      ? at(fields.firstResponseAt)
      : undefined,
    firstResponseDueAt: at(fields.firstResponseDueAt),
    resolutionDueAt: at(fields.resolutionDueAt),
    resolvedAt: fields.resolvedAt ? at(fields.resolvedAt) : undefined,
  };
}

// The week from Tuesday 1 December 2026 00:00 UTC to Tuesday 8 December 00:00
// (excluded). Due times follow the community guideline: urgent 4 h / 1 day
// calendar, normal 1 / 5 and low 3 / 14 business days.
const WINDOW = {
  from: at('2026-12-01T00:00:00Z'),
  to: at('2026-12-08T00:00:00Z'),
};
const SCOPE = { queue: 'kestrel-flow' };

const ROWS: MetricQuestionRow[] = [
  // Q1 urgent, Tue 09:00: response after 1.5 h, resolved after 12 h.
  row(1, {
    priority: 'urgent',
    status: 'resolved',
    createdAt: '2026-12-01T09:00:00Z',
    firstResponseAt: '2026-12-01T10:30:00Z',
    firstResponseDueAt: '2026-12-01T13:00:00Z',
    resolutionDueAt: '2026-12-02T09:00:00Z',
    resolvedAt: '2026-12-01T21:00:00Z',
  }),
  // Q2 normal, Tue 12:00: response Wed 14:00 (26 h, 2 h late), answered Thu 12:00 (48 h).
  row(2, {
    priority: 'normal',
    status: 'answered',
    createdAt: '2026-12-01T12:00:00Z',
    firstResponseAt: '2026-12-02T14:00:00Z',
    firstResponseDueAt: '2026-12-02T12:00:00Z',
    resolutionDueAt: '2026-12-08T12:00:00Z',
    resolvedAt: '2026-12-03T12:00:00Z',
  }),
  // Q3 low, Wed 08:00: response after 2 h, still open.
  row(3, {
    priority: 'low',
    status: 'open',
    createdAt: '2026-12-02T08:00:00Z',
    firstResponseAt: '2026-12-02T10:00:00Z',
    firstResponseDueAt: '2026-12-07T08:00:00Z',
    resolutionDueAt: '2026-12-21T08:00:00Z',
  }),
  // Q4 urgent, Thu 10:00: no response at all; both targets pass in the window.
  row(4, {
    priority: 'urgent',
    status: 'open',
    createdAt: '2026-12-03T10:00:00Z',
    firstResponseDueAt: '2026-12-03T14:00:00Z',
    resolutionDueAt: '2026-12-04T10:00:00Z',
  }),
  // Q5 normal, Fri 16:00: response Mon 20:00, 4 h after its due time (76 h).
  row(5, {
    priority: 'normal',
    status: 'open',
    createdAt: '2026-12-04T16:00:00Z',
    firstResponseAt: '2026-12-07T20:00:00Z',
    firstResponseDueAt: '2026-12-07T16:00:00Z',
    resolutionDueAt: '2026-12-11T16:00:00Z',
  }),
  // Q6 normal, Saturday 10:00: first response due exactly at the window's end,
  // response after it (Tue 8, 09:00): neither counts in this window.
  row(6, {
    priority: 'normal',
    status: 'open',
    createdAt: '2026-12-05T10:00:00Z',
    firstResponseAt: '2026-12-08T09:00:00Z',
    firstResponseDueAt: '2026-12-08T00:00:00Z',
    resolutionDueAt: '2026-12-14T00:00:00Z',
  }),
  // Q7 urgent, Sunday 12:00: the author resolved it at 14:00 (2 h), before
  // anyone answered and before the 16:00 due time.
  row(7, {
    priority: 'urgent',
    status: 'resolved',
    createdAt: '2026-12-06T12:00:00Z',
    firstResponseDueAt: '2026-12-06T16:00:00Z',
    resolutionDueAt: '2026-12-07T12:00:00Z',
    resolvedAt: '2026-12-06T14:00:00Z',
  }),
  // Q8 low, asked the week before (Mon 23 Nov 10:00), resolved Wed 2 Dec 10:00: 9 days = 216 h.
  row(8, {
    priority: 'low',
    status: 'resolved',
    createdAt: '2026-11-23T10:00:00Z',
    firstResponseAt: '2026-11-24T10:00:00Z',
    firstResponseDueAt: '2026-11-26T10:00:00Z',
    resolutionDueAt: '2026-12-11T10:00:00Z',
    resolvedAt: '2026-12-02T10:00:00Z',
  }),
  // Q9 normal, asked Fri 27 Nov, answered in time then; resolution due Fri 4 Dec 09:00, still open.
  row(9, {
    priority: 'normal',
    status: 'open',
    createdAt: '2026-11-27T09:00:00Z',
    firstResponseAt: '2026-11-27T11:00:00Z',
    firstResponseDueAt: '2026-11-30T09:00:00Z',
    resolutionDueAt: '2026-12-04T09:00:00Z',
  }),
  // Q10 normal, Tue 15:00: response after 1 h; resolved on Wednesday, reopened
  // on Thursday, so it is open with no resolution time.
  row(10, {
    priority: 'normal',
    status: 'open',
    createdAt: '2026-12-01T15:00:00Z',
    firstResponseAt: '2026-12-01T16:00:00Z',
    firstResponseDueAt: '2026-12-02T15:00:00Z',
    resolutionDueAt: '2026-12-08T15:00:00Z',
  }),
  // Q11 urgent, Mon 7 08:00: response after 1 h, resolved after the window (Tue 06:00).
  row(11, {
    priority: 'urgent',
    status: 'resolved',
    createdAt: '2026-12-07T08:00:00Z',
    firstResponseAt: '2026-12-07T09:00:00Z',
    firstResponseDueAt: '2026-12-07T12:00:00Z',
    resolutionDueAt: '2026-12-08T08:00:00Z',
    resolvedAt: '2026-12-08T06:00:00Z',
  }),
];

describe('computeSupportMetrics', () => {
  describe('a hand-worked week', () => {
    const metrics = computeSupportMetrics(ROWS, WINDOW, SCOPE);

    it('echoes the scope and window and names every definition version', () => {
      expect(metrics.scope).toEqual(SCOPE);
      expect(metrics.window).toEqual({
        from: '2026-12-01T00:00:00.000Z',
        to: '2026-12-08T00:00:00.000Z',
      });
      expect(metrics.definitions).toEqual({
        'support.time-to-first-response': '1',
        'support.resolution-duration': '1',
        'support.first-response-within-target': '1',
        'support.backlog': '1',
        'support.breaches': '1',
        'support.opened': '1',
        'support.closed': '1',
      });
      expect(Object.keys(metrics.definitions)).toHaveLength(
        supportMetricDefinitions.length,
      );
    });

    it('counts opened and closed', () => {
      // Opened: created in the window, Q1-Q7, Q10, Q11 = 9 (Q8 and Q9 are older).
      expect(metrics.opened).toBe(9);
      // Closed: last left open in the window, Q1, Q2, Q7, Q8 = 4
      // (Q10 was reopened; Q11 left open after the window).
      expect(metrics.closed).toBe(4);
    });

    it('gives the median and p90 time to first response', () => {
      // Created in the window with a response before its end:
      // Q1 1.5, Q2 26, Q3 2, Q5 76, Q10 1, Q11 1 hours (Q4 and Q7 have none;
      // Q6's came after the window). Sorted: [1, 1, 1.5, 2, 26, 76], n = 6.
      // Median at h = 5 * 0.5 = 2.5: 1.5 + 0.5 * (2 - 1.5) = 1.75.
      // p90 at h = 5 * 0.9 = 4.5: 26 + 0.5 * (76 - 26) = 51.
      expect(metrics.timeToFirstResponse).toEqual({
        medianHours: 1.75,
        p90Hours: 51,
        count: 6,
      });
    });

    it('gives the median and p90 resolution duration', () => {
      // Q7 2, Q1 12, Q2 48, Q8 216 hours. Sorted [2, 12, 48, 216], n = 4.
      // Median at h = 1.5: 12 + 0.5 * (48 - 12) = 30.
      // p90 at h = 2.7: 48 + 0.7 * (216 - 48) = 48 + 117.6 = 165.6.
      expect(metrics.resolutionDuration).toEqual({
        medianHours: 30,
        p90Hours: expect.closeTo(165.6, 9),
        count: 4,
      });
    });

    it('gives the share of first responses within target', () => {
      // First response due in the window: Q1, Q2, Q3, Q4, Q5, Q7, Q10, Q11
      // (Q6 is due exactly at the end, which the window excludes).
      // Q7 left open before its due time without a response: left out.
      // In time: Q1, Q3, Q10, Q11; late or missing: Q2, Q4, Q5. 4 of 7.
      expect(metrics.withinTargetShare).toBeCloseTo(4 / 7, 12);
    });

    it('counts first-response and resolution breaches separately', () => {
      // First response: Q2, Q4, Q5 = 3.
      // Resolution due in the window: Q1 (resolved in time), Q4 (open), Q7
      // (resolved in time), Q9 (open): Q4 and Q9 = 2. Q4 breached twice.
      expect(metrics.breaches).toBe(5);
    });

    it('counts the open backlog at the end of the window', () => {
      // Open now: Q3, Q4, Q5, Q6, Q9, Q10; left open after the end: Q11. 7.
      expect(metrics.backlog).toBe(7);
    });

    it('gives opened and closed for every UTC day, quiet days included', () => {
      expect(metrics.daily).toEqual([
        { date: '2026-12-01', opened: 3, closed: 1 }, // Q1, Q2, Q10 | Q1
        { date: '2026-12-02', opened: 1, closed: 1 }, // Q3 | Q8
        { date: '2026-12-03', opened: 1, closed: 1 }, // Q4 | Q2
        { date: '2026-12-04', opened: 1, closed: 0 }, // Q5
        { date: '2026-12-05', opened: 1, closed: 0 }, // Q6
        { date: '2026-12-06', opened: 1, closed: 1 }, // Q7 | Q7
        { date: '2026-12-07', opened: 1, closed: 0 }, // Q11
      ]);
    });
  });

  it('takes the backlog counted elsewhere, so the rows need only the questions active in the window', () => {
    // Q12, asked and due in October and open since: only in the backlog.
    const q12 = row(12, {
      priority: 'low',
      status: 'open',
      createdAt: '2026-10-05T09:00:00Z',
      firstResponseDueAt: '2026-10-08T09:00:00Z',
      resolutionDueAt: '2026-10-23T09:00:00Z',
    });
    const fromAllRows = computeSupportMetrics([...ROWS, q12], WINDOW, SCOPE);
    // The backlog of the hand-worked week (7) plus Q12.
    expect(fromAllRows.backlog).toBe(8);
    expect(computeSupportMetrics(ROWS, WINDOW, SCOPE, 8)).toEqual(fromAllRows);
  });

  it('gives zeros, nulls and empty days for a window without questions', () => {
    const metrics = computeSupportMetrics(
      [],
      { from: at('2026-12-01T00:00:00Z'), to: at('2026-12-03T00:00:00Z') },
      {},
    );
    expect(metrics).toMatchObject({
      scope: {},
      timeToFirstResponse: { medianHours: null, p90Hours: null, count: 0 },
      resolutionDuration: { medianHours: null, p90Hours: null, count: 0 },
      withinTargetShare: null,
      backlog: 0,
      breaches: 0,
      opened: 0,
      closed: 0,
      daily: [
        { date: '2026-12-01', opened: 0, closed: 0 },
        { date: '2026-12-02', opened: 0, closed: 0 },
      ],
    });
  });

  it('has no days in a window that ends where it starts', () => {
    const instant = at('2026-12-01T12:00:00Z');
    const metrics = computeSupportMetrics(
      ROWS,
      { from: instant, to: instant },
      SCOPE,
    );
    expect(metrics.daily).toEqual([]);
    expect(metrics.opened).toBe(0);
    expect(metrics.closed).toBe(0);
    expect(metrics.withinTargetShare).toBeNull();
    // Created before noon: Q1 (resolved at 21:00, after noon), Q8 (resolved
    // 2 December) and Q9 (open). Q2, created at noon exactly, is not.
    expect(metrics.backlog).toBe(3);
  });

  it('includes partial first and last days of a window that does not start at midnight', () => {
    const metrics = computeSupportMetrics(
      ROWS,
      { from: at('2026-12-01T10:00:00Z'), to: at('2026-12-03T10:00:00Z') },
      SCOPE,
    );
    // Q1 (Tue 09:00) is before the window; Q2, Q10 (Tue), Q3 (Wed) are in; Q4 (Thu 10:00) is at the end.
    expect(metrics.daily).toEqual([
      { date: '2026-12-01', opened: 2, closed: 1 },
      { date: '2026-12-02', opened: 1, closed: 1 },
      { date: '2026-12-03', opened: 0, closed: 0 },
    ]);
    // Q2 was answered Thu 12:00, after this window: open at its end.
    // Backlog at Thu 10:00: Q2, Q3, Q9, Q10 = 4 (Q1 and Q8 had left open; Q4 starts at the end).
    expect(metrics.backlog).toBe(4);
  });

  it('counts a response exactly at the due time as within target, and a close exactly at it as left out', () => {
    const base = {
      priority: 'urgent' as const,
      createdAt: '2026-12-01T09:00:00Z',
      firstResponseDueAt: '2026-12-01T13:00:00Z',
      resolutionDueAt: '2026-12-02T09:00:00Z',
    };
    const metrics = computeSupportMetrics(
      [
        row(1, {
          ...base,
          status: 'open',
          firstResponseAt: '2026-12-01T13:00:00Z',
        }),
        row(2, {
          ...base,
          status: 'closed',
          resolvedAt: '2026-12-01T13:00:00Z',
        }),
        row(3, {
          ...base,
          status: 'open',
          firstResponseAt: '2026-12-01T13:00:00.001Z',
        }),
      ],
      WINDOW,
      SCOPE,
    );
    // Due: Q1 (in time) and Q3 (1 ms late); Q2 left out. Breaches: Q3's first
    // response; Q1 and Q3 pass their resolution due time open.
    expect(metrics.withinTargetShare).toBe(0.5);
    expect(metrics.breaches).toBe(3);
  });

  it('counts a due time at the start of the window and not one at its end', () => {
    const metrics = computeSupportMetrics(
      [
        row(1, {
          priority: 'urgent',
          status: 'open',
          createdAt: '2026-11-30T20:00:00Z',
          firstResponseDueAt: '2026-12-01T00:00:00Z',
          resolutionDueAt: '2026-12-08T00:00:00Z',
        }),
      ],
      WINDOW,
      SCOPE,
    );
    expect(metrics.breaches).toBe(1);
    expect(metrics.withinTargetShare).toBe(0);
  });

  it('does not count a question closed without a response as a first-response breach', () => {
    const metrics = computeSupportMetrics(
      [
        row(1, {
          priority: 'normal',
          status: 'closed',
          createdAt: '2026-12-01T09:00:00Z',
          firstResponseDueAt: '2026-12-02T09:00:00Z',
          resolutionDueAt: '2026-12-08T09:00:00Z',
          resolvedAt: '2026-12-01T10:00:00Z',
        }),
      ],
      WINDOW,
      SCOPE,
    );
    expect(metrics.breaches).toBe(0);
    expect(metrics.withinTargetShare).toBeNull();
    expect(metrics.timeToFirstResponse.count).toBe(0);
    expect(metrics.resolutionDuration).toEqual({
      medianHours: 1,
      p90Hours: 1,
      count: 1,
    });
  });

  it('refuses a window too long to draw day by day', () => {
    expect(() =>
      computeSupportMetrics(
        [],
        { from: at('2000-01-01T00:00:00Z'), to: at('2026-01-01T00:00:00Z') },
        {},
      ),
    ).toThrow('at most 3660 are allowed');
  });

  describe('speed', () => {
    const from = Date.parse('2026-09-01T00:00:00Z');
    const window = {
      from: new Date(from),
      to: new Date(from + 90 * 86_400_000),
    };
    const manyRows = (count: number): MetricQuestionRow[] =>
      Array.from({ length: count }, (_, i) => {
        // Spread over the 90 days and the 5 before them.
        const created = from - 5 * 86_400_000 + ((i * 95) / count) * 86_400_000;
        return {
          id: i,
          queueId: `queue-${i % 50}`,
          priority: 'normal',
          status: i % 3 === 0 ? 'open' : 'resolved',
          createdAt: new Date(created),
          firstResponseAt:
            i % 4 === 0 ? undefined : new Date(created + (i % 97) * 600_000),
          firstResponseDueAt: new Date(created + 86_400_000),
          resolutionDueAt: new Date(created + 5 * 86_400_000),
          resolvedAt:
            i % 3 === 0 ? undefined : new Date(created + (i % 13) * 3_600_000),
        };
      });
    const msPerRun = (rows: MetricQuestionRow[], runs: number) => {
      computeSupportMetrics(rows, window, {});
      const started = performance.now();
      for (let run = 0; run < runs; run++) {
        computeSupportMetrics(rows, window, {});
      }
      return (performance.now() - started) / runs;
    };

    it('computes 2,000 questions of a 90-day window in a few milliseconds', () => {
      // Typically 2 to 6 ms; the bound leaves room for a busy machine.
      expect(msPerRun(manyRows(2000), 10)).toBeLessThan(100);
    });

    it('grows about linearly: 20,000 questions stay far from quadratic time', () => {
      // Typically 20 to 40 ms; quadratic work would take 100 times the
      // 2,000-question run (4 x 10^8 steps, seconds).
      expect(msPerRun(manyRows(20_000), 3)).toBeLessThan(400);
    });
  });
});
