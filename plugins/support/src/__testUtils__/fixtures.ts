import type {
  Answer,
  FaqEntry,
  QuestionDetails,
  QuestionSummary,
  SupportApi,
  SupportMetrics,
  SupportQueueSummary,
} from '@community-hub/plugin-support-common';

/** A mocked support API whose every method is a jest mock. */
export type MockSupportApi = { [K in keyof SupportApi]: jest.Mock };

/** A support API that fails loudly when a test did not expect a call. */
export function mockSupportApi(
  overrides: Partial<MockSupportApi> = {},
): MockSupportApi {
  const unexpected = (name: string) =>
    jest.fn(() => Promise.reject(new Error(`unexpected call to ${name}`)));
  const names: Array<keyof SupportApi> = [
    'listQueues',
    'getQueue',
    'listQuestions',
    'findSimilarQuestions',
    'createQuestion',
    'getQuestion',
    'editQuestion',
    'listQuestionRevisions',
    'addAnswer',
    'editAnswer',
    'listAnswerRevisions',
    'voteQuestion',
    'voteAnswer',
    'acceptAnswer',
    'changeStatus',
    'assign',
    'setPriority',
    'moveQuestion',
    'promoteToFaq',
    'listFaq',
    'getFaqEntry',
    'deleteFaqEntry',
    'getMetrics',
    'getQueueMetrics',
    'getMetricDefinitions',
  ];
  const api = Object.fromEntries(
    names.map(name => [name, unexpected(name)]),
  ) as MockSupportApi;
  return { ...api, ...overrides };
}

/** An error shaped like the `ResponseError` the support client throws. */
export function responseError(statusCode: number, message: string) {
  return Object.assign(new Error(`Request failed with ${statusCode}`), {
    name: 'ResponseError',
    statusCode,
    body: { error: { name: 'InputError', message } },
  });
}

const guideline = {
  id: 'default',
  title: 'Default guideline',
  escalateAfter: 'P2D',
  targets: [
    {
      priority: 'urgent' as const,
      firstResponse: 'PT4H',
      resolution: 'P1D',
      clock: 'calendar' as const,
    },
    {
      priority: 'normal' as const,
      firstResponse: 'P1D',
      resolution: 'P5D',
      clock: 'business-days' as const,
    },
    {
      priority: 'low' as const,
      firstResponse: 'P3D',
      resolution: 'P14D',
      clock: 'business-days' as const,
    },
  ],
};

/** A queue as the support home lists it. */
export function queue(
  id: string,
  overrides: Partial<SupportQueueSummary> = {},
): SupportQueueSummary {
  return {
    id,
    title: id,
    description: `Questions about ${id}`,
    team: 'group:default/flow-maintainers',
    visibility: 'public',
    guideline,
    open: 0,
    unanswered: 0,
    breached: 0,
    ...overrides,
  };
}

/** A question as lists show it; open, in `kestrel-flow`, due in the future. */
export function questionSummary(
  id: number,
  overrides: Partial<QuestionSummary> = {},
): QuestionSummary {
  return {
    id,
    queueId: 'kestrel-flow',
    title: `Question ${id}`,
    tags: [],
    priority: 'normal',
    visibility: 'public',
    status: 'open',
    authorRef: 'user:default/ana.lima',
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    firstResponseDueAt: '2099-03-03T09:00:00.000Z',
    resolutionDueAt: '2099-03-09T09:00:00.000Z',
    score: 0,
    answerCount: 0,
    ...overrides,
  };
}

/** An answer by a maintainer. */
export function answer(id: number, overrides: Partial<Answer> = {}): Answer {
  return {
    id,
    questionId: 7,
    kind: 'answer',
    body: `Answer ${id}`,
    authorRef: 'user:default/jon.park',
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    score: 0,
    accepted: false,
    myVote: 0,
    ...overrides,
  };
}

/** Question 7 with its answers, as `GET /questions/7` returns it. */
export function questionDetails(
  overrides: Partial<QuestionDetails> = {},
): QuestionDetails {
  return {
    question: {
      ...questionSummary(7, {
        title: 'How do I retry a failed step?',
        tags: ['retry'],
        answerCount: 1,
      }),
      body: 'My step fails **sometimes**.',
    },
    answers: [answer(12, { body: 'Use a `retry` block.' })],
    duplicates: [],
    myVote: 0,
    can: { answer: true, edit: false, accept: false, moderate: false },
    ...overrides,
  };
}

/** An FAQ entry promoted from question 7. */
export function faqEntry(
  id: number,
  overrides: Partial<FaqEntry> = {},
): FaqEntry {
  return {
    id,
    queueId: 'kestrel-flow',
    questionId: 7,
    answerId: 12,
    title: `FAQ ${id}`,
    question: 'How do I retry?',
    answer: 'Use a `retry` block.',
    promotedByRef: 'user:default/jon.park',
    createdAt: '2026-03-05T10:00:00.000Z',
    updatedAt: '2026-03-05T10:00:00.000Z',
    ...overrides,
  };
}

/** Metrics with every number set, for one scope. */
export function metrics(
  overrides: Partial<SupportMetrics> = {},
): SupportMetrics {
  return {
    scope: {},
    window: {
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
    },
    definitions: { 'support.time-to-first-response': '1' },
    timeToFirstResponse: { medianHours: 3.5, p90Hours: 20, count: 40 },
    resolutionDuration: { medianHours: 50, p90Hours: 200, count: 30 },
    withinTargetShare: 0.875,
    backlog: 12,
    breaches: 4,
    opened: 45,
    closed: 38,
    daily: [
      { date: '2026-03-30', opened: 2, closed: 1 },
      { date: '2026-03-31', opened: 1, closed: 3 },
    ],
    ...overrides,
  };
}
