import {
  CLOSE_REASONS,
  QUESTION_STATUSES,
  SUPPORT_PRIORITIES,
} from '@community-hub/plugin-support-common';
import { z } from 'zod';
import {
  entityRefText,
  flag,
  idNumber,
  instantText,
  listOf,
  userRefText,
  wholeNumberText,
} from './validation';

const priority = z.enum(SUPPORT_PRIORITIES);
const visibility = z.enum(['public', 'private']);
const queueId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,99}$/,
    'expected a queue id such as kestrel-flow',
  );
const title = z.string().trim().min(3).max(200);
const tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9.+#-]{0,39}$/,
    'expected a tag of letters, digits, and . + # -, at most 40 characters',
  );
const tags = z
  .array(tag)
  .max(5)
  .transform(values => [...new Set(values)]);
const searchText = z.string().trim().min(1).max(200);

/** The longest metrics window. */
export const MAX_METRICS_DAYS = 731;

/** Request schemas of the support API; bodies are limited to `maxBodyLength` characters. */
export function requestSchemas(maxBodyLength: number) {
  const body = z
    .string()
    .max(maxBodyLength, `must be at most ${maxBodyLength} characters`)
    .refine(text => text.trim().length > 0, 'must not be empty');

  return {
    questionQuery: z
      .object({
        queue: queueId.optional(),
        status: listOf(QUESTION_STATUSES).optional(),
        tag: tag.optional(),
        mine: flag,
        assignedToMe: flag,
        breached: flag,
        unanswered: flag,
        entityRef: entityRefText.optional(),
        visibility: visibility.optional(),
        q: searchText.optional(),
        sort: z
          .enum(['newest', 'oldest', 'votes', 'activity', 'due'])
          .optional(),
        limit: wholeNumberText(1, 100).optional(),
        offset: wholeNumberText(0, 1_000_000).optional(),
      })
      .strict(),

    similarQuery: z
      .object({ q: searchText, queue: queueId.optional() })
      .strict(),

    newQuestion: z
      .object({
        queueId,
        title,
        body,
        tags: tags.optional(),
        priority: priority.optional(),
        visibility: visibility.optional(),
        entityRef: entityRefText.optional(),
      })
      .strict(),

    questionEdit: z
      .object({
        title: title.optional(),
        body: body.optional(),
        tags: tags.optional(),
      })
      .strict()
      .refine(
        edit => Object.values(edit).some(value => value !== undefined),
        'give at least one of title, body and tags',
      ),

    newAnswer: z
      .object({
        kind: z.enum(['answer', 'comment']).optional(),
        parentId: idNumber.optional(),
        body,
      })
      .strict(),

    answerEdit: z.object({ body }).strict(),

    vote: z
      .object({
        value: z.union([z.literal(1), z.literal(-1), z.literal(0)], {
          error: 'expected 1, -1 or 0',
        }),
      })
      .strict(),

    accept: z.object({ answerId: idNumber.nullable() }).strict(),

    statusChange: z
      .object({
        status: z.enum(['open', 'resolved', 'closed']),
        reason: z.enum(CLOSE_REASONS).optional(),
        duplicateOf: idNumber.optional(),
      })
      .strict()
      .superRefine((change, ctx) => {
        if (change.status === 'closed' && !change.reason) {
          ctx.addIssue({
            code: 'custom',
            path: ['reason'],
            message: `closing needs a reason: ${CLOSE_REASONS.join(', ')}`,
          });
        }
        if (change.status !== 'closed' && change.reason) {
          ctx.addIssue({
            code: 'custom',
            path: ['reason'],
            message: 'only closing takes a reason',
          });
        }
        if (change.reason === 'duplicate' && change.duplicateOf === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['duplicateOf'],
            message: 'a duplicate names the question it duplicates',
          });
        }
        if (change.reason !== 'duplicate' && change.duplicateOf !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['duplicateOf'],
            message: 'only a duplicate names another question',
          });
        }
      }),

    assign: z.object({ assigneeRef: userRefText.nullable() }).strict(),

    priority: z.object({ priority }).strict(),

    move: z.object({ queueId }).strict(),

    promote: z.object({ answerId: idNumber, title: title.optional() }).strict(),

    faqQuery: z
      .object({
        queue: queueId.optional(),
        q: searchText.optional(),
        limit: wholeNumberText(1, 100).optional(),
        offset: wholeNumberText(0, 1_000_000).optional(),
      })
      .strict(),

    metricsQuery: z
      .object({
        from: instantText,
        to: instantText,
        queue: queueId.optional(),
        entityRef: entityRefText.optional(),
      })
      .strict()
      .superRefine(checkWindow),

    queueMetricsQuery: z
      .object({ from: instantText, to: instantText })
      .strict()
      .superRefine(checkWindow),
  };
}

function checkWindow(
  window: { from: Date; to: Date },
  ctx: z.RefinementCtx,
): void {
  const { from, to } = window;
  // Runs even when a field failed; then that field's issue says it all.
  if (!(from instanceof Date) || !(to instanceof Date)) return;
  if (to <= from) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'must be after from',
    });
  } else if (to.getTime() - from.getTime() > MAX_METRICS_DAYS * 86_400_000) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `the window may span at most ${MAX_METRICS_DAYS} days`,
    });
  }
}
