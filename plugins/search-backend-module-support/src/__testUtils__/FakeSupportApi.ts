import {
  Answer,
  FaqEntry,
  Page,
  Question,
  QuestionDetails,
  QuestionQuery,
  SupportQueueSummary,
} from '@community-hub/plugin-support-common';
import { SupportReader } from '../collators/types';

const guideline = {
  id: 'default',
  title: 'Standard targets',
  escalateAfter: 'P1D',
  targets: [],
};

/** A queue as `GET /queues` lists it. */
export function queue(
  id: string,
  visibility: 'public' | 'private' = 'public',
): SupportQueueSummary {
  return {
    id,
    title: `Queue ${id}`,
    description: '',
    team: 'group:default/support-team',
    visibility,
    guideline,
    open: 0,
    unanswered: 0,
    breached: 0,
  };
}

/** A question with defaults for every field not given. */
export function question(id: number, fields: Partial<Question> = {}): Question {
  return {
    id,
    queueId: 'kestrel-flow',
    title: `Question ${id}`,
    body: `Body of question ${id}`,
    tags: ['flows'],
    priority: 'normal',
    visibility: 'public',
    status: 'open',
    authorRef: 'user:default/mei.tanaka',
    createdAt: new Date(Date.UTC(2026, 0, 1) + id * 60_000).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1) + id * 60_000).toISOString(),
    firstResponseDueAt: '2026-01-02T00:00:00.000Z',
    resolutionDueAt: '2026-01-08T00:00:00.000Z',
    score: 0,
    answerCount: 0,
    ...fields,
  };
}

/** An answer with defaults for every field not given. */
export function answer(
  id: number,
  questionId: number,
  fields: Partial<Answer> = {},
): Answer {
  return {
    id,
    questionId,
    kind: 'answer',
    body: `Answer ${id}`,
    authorRef: 'user:default/priya.raman',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    score: 0,
    accepted: false,
    myVote: 0,
    ...fields,
  };
}

/** An FAQ entry with defaults for every field not given. */
export function faqEntry(id: number, fields: Partial<FaqEntry> = {}): FaqEntry {
  return {
    id,
    queueId: 'kestrel-flow',
    questionId: id,
    answerId: id * 10,
    title: `FAQ ${id}`,
    question: `Question text ${id}`,
    answer: `Answer text ${id}`,
    promotedByRef: 'user:default/chloe.martin',
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-02T00:00:00.000Z',
    ...fields,
  };
}

function page<T>(all: T[], offset = 0, limit = 25): Page<T> {
  return {
    items: all.slice(offset, offset + limit),
    totalCount: all.length,
    offset,
    limit,
  };
}

class NotFound extends Error {
  readonly statusCode = 404;
}

/**
 * The support API the collators read, in memory. With `honest: false` it
 * ignores the visibility filter, as a faulty backend would.
 */
export class FakeSupportApi implements SupportReader {
  readonly questionQueries: QuestionQuery[] = [];
  readonly faqQueries: Array<{ limit?: number; offset?: number }> = [];
  readonly detailsRead: number[] = [];
  questions: Question[] = [];
  answers = new Map<number, Answer[]>();
  faq: FaqEntry[] = [];
  queues: SupportQueueSummary[] = [queue('kestrel-flow')];
  /** Ids that the list still shows but that are gone when read. */
  deleted = new Set<number>();
  failingDetails = new Set<number>();

  constructor(private readonly honest = true) {}

  async listQueues() {
    return { items: this.queues };
  }

  async listQuestions(query: QuestionQuery = {}) {
    this.questionQueries.push(query);
    const visible = this.questions.filter(
      q =>
        !this.honest || !query.visibility || q.visibility === query.visibility,
    );
    return page(visible, query.offset, query.limit);
  }

  async getQuestion(id: number): Promise<QuestionDetails> {
    this.detailsRead.push(id);
    if (this.failingDetails.has(id)) {
      throw new Error(`support backend failed on ${id}`);
    }
    const found = this.questions.find(q => q.id === id);
    if (!found || this.deleted.has(id)) {
      throw new NotFound(`no question ${id}`);
    }
    return {
      question: found,
      answers: this.answers.get(id) ?? [],
      duplicates: [],
      myVote: 0,
      can: { answer: true, edit: true, accept: true, moderate: true },
    };
  }

  async listFaq(query: { limit?: number; offset?: number } = {}) {
    this.faqQueries.push(query);
    return page(this.faq, query.offset, query.limit);
  }
}
