import { ResponseError } from '@backstage/errors';
import { SupportClient } from './SupportClient';

const BASE = 'http://localhost:7007/api/support';

type Call = { url: URL; method: string; body?: unknown; contentType?: string };

/** A fetch that records every call and answers with the next queued response. */
function fakeBackend(...responses: Response[]) {
  const calls: Call[] = [];
  const fetch = jest.fn(
    async (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      calls.push({
        url: new URL(String(input)),
        method: init?.method ?? 'GET',
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
        contentType: headers.get('content-type') ?? undefined,
      });
      return (
        responses.shift() ?? new Response(JSON.stringify({}), { status: 200 })
      );
    },
  );
  const getBaseUrl = jest.fn(async () => BASE);
  const client = new SupportClient({
    discoveryApi: { getBaseUrl },
    fetchApi: { fetch: fetch as typeof globalThis.fetch },
  });
  return { client, calls, getBaseUrl };
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('SupportClient', () => {
  it('lists questions with every filter in the query string', async () => {
    const page = { items: [], totalCount: 0, offset: 25, limit: 25 };
    const { client, calls, getBaseUrl } = fakeBackend(json(page));

    await expect(
      client.listQuestions({
        queue: 'kestrel-flow',
        status: ['open', 'answered'],
        tag: 'connectors',
        mine: true,
        assignedToMe: false,
        breached: true,
        unanswered: true,
        entityRef: 'component:default/kestrel-flow',
        q: 'retry policy',
        sort: 'votes',
        limit: 25,
        offset: 25,
      }),
    ).resolves.toEqual(page);

    expect(getBaseUrl).toHaveBeenCalledWith('support');
    const [call] = calls;
    expect(call.method).toBe('GET');
    expect(call.url.pathname).toBe('/api/support/questions');
    expect(call.url.searchParams.getAll('status')).toEqual([
      'open',
      'answered',
    ]);
    expect(Object.fromEntries(call.url.searchParams)).toEqual({
      queue: 'kestrel-flow',
      status: 'answered',
      tag: 'connectors',
      mine: 'true',
      breached: 'true',
      unanswered: 'true',
      entityRef: 'component:default/kestrel-flow',
      q: 'retry policy',
      sort: 'votes',
      limit: '25',
      offset: '25',
    });
    expect(call.url.searchParams.has('assignedToMe')).toBe(false);
  });

  it('sends no query string when there are no filters', async () => {
    const { client, calls } = fakeBackend(
      json({ items: [], totalCount: 0, offset: 0, limit: 25 }),
    );
    await client.listQuestions();
    expect(calls[0].url.toString()).toBe(`${BASE}/questions`);
  });

  it('asks for similar questions by draft title and queue', async () => {
    const { client, calls } = fakeBackend(json({ items: [] }));
    await client.findSimilarQuestions('How do I retry & back off?', 'flow');
    expect(calls[0].url.pathname).toBe('/api/support/questions/similar');
    expect(calls[0].url.searchParams.get('q')).toBe(
      'How do I retry & back off?',
    );
    expect(calls[0].url.searchParams.get('queue')).toBe('flow');
  });

  it('creates a question with a JSON body', async () => {
    const created = { id: 7, title: 'Retries' };
    const { client, calls } = fakeBackend(json(created, 201));
    const question = {
      queueId: 'kestrel-flow',
      title: 'Retries',
      body: 'How?',
      tags: ['retry'],
      priority: 'normal' as const,
      visibility: 'public' as const,
    };
    await expect(client.createQuestion(question)).resolves.toEqual(created);
    expect(calls[0]).toEqual({
      url: new URL(`${BASE}/questions`),
      method: 'POST',
      body: question,
      contentType: 'application/json',
    });
  });

  it('uses the route contract for the question actions', async () => {
    const { client, calls } = fakeBackend();
    await client.getQuestion(7);
    await client.editQuestion(7, { title: 'New title' });
    await client.addAnswer(7, { body: 'Use a retry policy.' });
    await client.editAnswer(12, 'Better answer');
    await client.voteQuestion(7, -1);
    await client.voteAnswer(12, 1);
    await client.acceptAnswer(7, 12);
    await client.acceptAnswer(7, null);
    await client.changeStatus(7, {
      status: 'closed',
      reason: 'duplicate',
      duplicateOf: 3,
    });
    await client.assign(7, 'user:default/ana');
    await client.setPriority(7, 'urgent');
    await client.moveQuestion(7, 'getting-started');
    await client.promoteToFaq(7, 12, 'Retries');
    await client.listQuestionRevisions(7);
    await client.listAnswerRevisions(12);

    expect(
      calls.map(call => [call.method, call.url.pathname, call.body]),
    ).toEqual([
      ['GET', '/api/support/questions/7', undefined],
      ['PATCH', '/api/support/questions/7', { title: 'New title' }],
      [
        'POST',
        '/api/support/questions/7/answers',
        { body: 'Use a retry policy.' },
      ],
      ['PATCH', '/api/support/answers/12', { body: 'Better answer' }],
      ['PUT', '/api/support/questions/7/vote', { value: -1 }],
      ['PUT', '/api/support/answers/12/vote', { value: 1 }],
      ['POST', '/api/support/questions/7/accept', { answerId: 12 }],
      ['POST', '/api/support/questions/7/accept', { answerId: null }],
      [
        'POST',
        '/api/support/questions/7/status',
        { status: 'closed', reason: 'duplicate', duplicateOf: 3 },
      ],
      [
        'POST',
        '/api/support/questions/7/assign',
        { assigneeRef: 'user:default/ana' },
      ],
      ['POST', '/api/support/questions/7/priority', { priority: 'urgent' }],
      ['POST', '/api/support/questions/7/move', { queueId: 'getting-started' }],
      [
        'POST',
        '/api/support/questions/7/faq',
        { answerId: 12, title: 'Retries' },
      ],
      ['GET', '/api/support/questions/7/revisions', undefined],
      ['GET', '/api/support/answers/12/revisions', undefined],
    ]);
  });

  it('reads queues, the FAQ and metrics with their query strings', async () => {
    const { client, calls } = fakeBackend(
      json({ items: [] }),
      json({ id: 'kestrel flow' }),
      json({ items: [], totalCount: 0, offset: 0, limit: 10 }),
      json({ id: 4 }),
      new Response(null, { status: 204 }),
      json({}),
      json({}),
      json({ items: [] }),
    );
    const window = {
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
    };
    await client.listQueues();
    await client.getQueue('kestrel flow');
    await client.listFaq({ queue: 'flow', q: 'retry', limit: 10 });
    await client.getFaqEntry(4);
    await expect(client.deleteFaqEntry(4)).resolves.toBeUndefined();
    await client.getMetrics(window, { queue: 'flow' });
    await client.getQueueMetrics(window);
    await client.getMetricDefinitions();

    expect(
      calls.map(
        call => `${call.method} ${call.url.pathname}${call.url.search}`,
      ),
    ).toEqual([
      'GET /api/support/queues',
      'GET /api/support/queues/kestrel%20flow',
      'GET /api/support/faq?queue=flow&q=retry&limit=10',
      'GET /api/support/faq/4',
      'DELETE /api/support/faq/4',
      'GET /api/support/metrics?from=2026-01-01T00%3A00%3A00.000Z&to=2026-04-01T00%3A00%3A00.000Z&queue=flow',
      'GET /api/support/metrics/queues?from=2026-01-01T00%3A00%3A00.000Z&to=2026-04-01T00%3A00%3A00.000Z',
      'GET /api/support/metrics/definitions',
    ]);
  });

  it("throws a ResponseError carrying the server's message on a non-2xx answer", async () => {
    const { client } = fakeBackend(
      json(
        {
          error: { name: 'InputError', message: 'title must not be empty' },
          request: { method: 'POST', url: '/questions' },
          response: { statusCode: 400 },
        },
        400,
      ),
      json(
        {
          error: { name: 'NotFoundError', message: 'no question 99' },
          response: { statusCode: 404 },
        },
        404,
      ),
    );

    const error = await client
      .createQuestion({ queueId: 'flow', title: '', body: 'x' })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(error.body.error.message).toBe('title must not be empty');

    await expect(client.getQuestion(99)).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
    });
  });
});
