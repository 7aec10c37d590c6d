import type { z as zod } from 'zod/v3';

type Zod = typeof zod;

const PRIORITIES = ['urgent', 'normal', 'low'] as const;
const STATUSES = ['open', 'answered', 'resolved', 'closed'] as const;
const VISIBILITIES = ['public', 'private'] as const;

const guidelineSchema = (z: Zod) =>
  z.object({
    id: z.string(),
    title: z.string(),
    targets: z.array(
      z.object({
        priority: z.enum(PRIORITIES),
        firstResponse: z.string().describe('ISO 8601 duration, e.g. PT4H'),
        resolution: z.string().describe('ISO 8601 duration, e.g. P5D'),
        clock: z.enum(['calendar', 'business-days']),
      }),
    ),
    escalateAfter: z.string().describe('ISO 8601 duration'),
  });

/** A queue with its response guideline and live numbers. */
export const queueSummarySchema = (z: Zod) =>
  z.object({
    id: z.string().describe('The queue id, e.g. kestrel-flow'),
    title: z.string(),
    description: z.string(),
    team: z.string().describe('The catalog Group that answers the queue'),
    entityRef: z.string().optional(),
    visibility: z.enum(VISIBILITIES),
    guideline: guidelineSchema(z),
    open: z.number().describe('Open questions the caller may read'),
    unanswered: z.number().describe('Open questions without a first response'),
    breached: z.number().describe('Open questions past a due time'),
  });

/** A question without its body; times are ISO 8601. */
export const questionSummarySchema = (z: Zod) =>
  z.object({
    id: z.number(),
    queueId: z.string(),
    title: z.string(),
    tags: z.array(z.string()),
    priority: z.enum(PRIORITIES),
    visibility: z.enum(VISIBILITIES),
    status: z.enum(STATUSES),
    closeReason: z.enum(['duplicate', 'off-topic', 'stale']).optional(),
    duplicateOfId: z.number().optional(),
    authorRef: z.string(),
    assigneeRef: z.string().optional(),
    entityRef: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    firstResponseAt: z.string().optional(),
    firstResponseDueAt: z.string(),
    resolutionDueAt: z.string(),
    resolvedAt: z.string().optional(),
    closedAt: z.string().optional(),
    firstResponseBreachedAt: z.string().optional(),
    resolutionBreachedAt: z.string().optional(),
    escalatedAt: z.string().optional(),
    acceptedAnswerId: z.number().optional(),
    score: z.number(),
    answerCount: z.number(),
  });

const questionLinkSchema = (z: Zod) =>
  z.object({ id: z.number(), title: z.string(), status: z.enum(STATUSES) });

/** A question with its answers, duplicates and the caller's abilities. */
export const questionDetailsSchema = (z: Zod) =>
  z.object({
    question: questionSummarySchema(z).extend({
      body: z.string().describe('Markdown'),
    }),
    answers: z.array(
      z.object({
        id: z.number(),
        questionId: z.number(),
        kind: z.enum(['answer', 'comment']),
        parentId: z.number().optional(),
        body: z.string().describe('Markdown'),
        authorRef: z.string(),
        createdAt: z.string(),
        updatedAt: z.string(),
        score: z.number(),
        accepted: z.boolean(),
        myVote: z.number(),
      }),
    ),
    duplicates: z.array(questionLinkSchema(z)),
    duplicateOf: questionLinkSchema(z).optional(),
    faqEntryId: z.number().optional(),
    myVote: z.number(),
    can: z
      .object({
        answer: z.boolean(),
        edit: z.boolean(),
        accept: z.boolean(),
        moderate: z.boolean(),
      })
      .describe('What the caller may do with the question'),
  });

const durationStat = (z: Zod) =>
  z.object({
    medianHours: z.number().nullable(),
    p90Hours: z.number().nullable(),
    count: z.number(),
  });

/** Support metrics for one scope and window. */
export const metricsSchema = (z: Zod) =>
  z.object({
    scope: z.object({
      queue: z.string().optional(),
      entityRef: z.string().optional(),
    }),
    window: z.object({ from: z.string(), to: z.string() }),
    definitions: z
      .record(z.string())
      .describe('Metric id to the version of its published definition'),
    timeToFirstResponse: durationStat(z),
    resolutionDuration: durationStat(z),
    withinTargetShare: z.number().nullable(),
    backlog: z.number(),
    breaches: z.number(),
    opened: z.number(),
    closed: z.number(),
    daily: z.array(
      z.object({ date: z.string(), opened: z.number(), closed: z.number() }),
    ),
  });
