import { InputError } from '@backstage/errors';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { MAX_METRICS_DAYS } from '../service/requestSchemas';
import { SupportService } from '../service/SupportService';
import {
  metricsSchema,
  questionDetailsSchema,
  questionSummarySchema,
  queueSummarySchema,
} from './actionSchemas';

const DAY_MS = 86_400_000;

function normalisedEntityRef(text: string | undefined, field: string) {
  if (text === undefined) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(text, { defaultNamespace: 'default' }),
    );
  } catch {
    throw new InputError(
      `Invalid input: ${field}: expected an entity ref such as component:default/kestrel-flow`,
    );
  }
}

/**
 * Registers the read-only support operations as actions (exposed to MCP
 * clients): each runs with the caller's credentials through the same
 * service and permission checks as the HTTP API.
 */
export function registerSupportActions(options: {
  actionsRegistry: ActionsRegistryService;
  service: SupportService;
}): void {
  const { actionsRegistry, service } = options;

  actionsRegistry.register({
    name: 'list-support-queues',
    title: 'List support queues',
    description:
      'Lists the community support queues with their owning team, response guideline visibility and live numbers: open, unanswered and breached questions the caller may read.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({}),
      output: z => z.object({ items: z.array(queueSummarySchema(z)) }),
    },
    action: async ({ credentials }) => ({
      output: await service.listQueues(credentials),
    }),
  });

  actionsRegistry.register({
    name: 'list-support-questions',
    title: 'List support questions',
    description:
      'Lists support questions the caller may read, newest first unless sorted otherwise, with filters for queue, status, tag, words, entity and breached due times. Private questions show only to their author, their queue team and community managers.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          queue: z
            .string()
            .optional()
            .describe('A queue id, e.g. kestrel-flow'),
          status: z
            .array(z.enum(['open', 'answered', 'resolved', 'closed']))
            .optional()
            .describe('Any of these statuses'),
          tag: z.string().optional(),
          q: z
            .string()
            .max(200)
            .optional()
            .describe('Words in the title or body'),
          entityRef: z
            .string()
            .optional()
            .describe('Questions about this catalog entity or in its queues'),
          breached: z
            .boolean()
            .optional()
            .describe('Only open questions past a due time'),
          unanswered: z
            .boolean()
            .optional()
            .describe('Only questions without a first response'),
          mine: z
            .boolean()
            .optional()
            .describe('Only questions the caller asked'),
          sort: z
            .enum(['newest', 'oldest', 'votes', 'activity', 'due'])
            .optional(),
          limit: z.number().int().min(1).max(100).optional(),
          offset: z.number().int().min(0).optional(),
        }),
      output: z =>
        z.object({
          items: z.array(questionSummarySchema(z)),
          totalCount: z.number(),
          offset: z.number(),
          limit: z.number(),
        }),
    },
    action: async ({ input, credentials }) => ({
      output: await service.listQuestions(credentials, {
        ...input,
        entityRef: normalisedEntityRef(input.entityRef, 'entityRef'),
      }),
    }),
  });

  actionsRegistry.register({
    name: 'get-support-question',
    title: 'Get a support question',
    description:
      'Returns one support question with its answers and comments (Markdown), its duplicates and what the caller may do with it. A question the caller may not read is reported as not found.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({ id: z.number().int().positive() }),
      output: questionDetailsSchema,
    },
    action: async ({ input, credentials }) => ({
      output: await service.getQuestion(credentials, input.id),
    }),
  });

  actionsRegistry.register({
    name: 'get-support-metrics',
    title: 'Get support metrics',
    description:
      'Computes support metrics for a time window, for one queue, one catalog entity (package) or overall: median and 90th percentile time to first response, median resolution duration, share of first responses within target, open backlog, breaches, opened and closed. Each value follows a versioned published definition.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          from: z
            .string()
            .datetime({ offset: true })
            .describe('Window start, ISO 8601'),
          to: z
            .string()
            .datetime({ offset: true })
            .describe('Window end (exclusive), ISO 8601'),
          queue: z.string().optional(),
          entityRef: z.string().optional(),
        }),
      output: metricsSchema,
    },
    action: async ({ input, credentials }) => {
      const from = new Date(input.from);
      const to = new Date(input.to);
      if (to <= from) {
        throw new InputError('Invalid input: to: must be after from');
      }
      if (to.getTime() - from.getTime() > MAX_METRICS_DAYS * DAY_MS) {
        throw new InputError(
          `Invalid input: to: the window may span at most ${MAX_METRICS_DAYS} days`,
        );
      }
      return {
        output: await service.getMetrics(
          credentials,
          { from, to },
          {
            queue: input.queue,
            entityRef: normalisedEntityRef(input.entityRef, 'entityRef'),
          },
        ),
      };
    },
  });
}
