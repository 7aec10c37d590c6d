import {
  ConditionalPolicyDecision,
  createPermission,
  PermissionCriteria,
  PermissionCondition,
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * The resource type of support questions (tickets). Its rules filter lists
 * in SQL, so paging never counts a question the reader may not see.
 *
 * @public
 */
export const RESOURCE_TYPE_SUPPORT_TICKET = 'support-ticket';

/** Reading a question and its answers. @public */
export const supportQuestionReadPermission = createPermission({
  name: 'support.question.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_SUPPORT_TICKET,
});

/** Asking a question. @public */
export const supportQuestionCreatePermission = createPermission({
  name: 'support.question.create',
  attributes: { action: 'create' },
});

/** Answering, commenting on and voting on a question. @public */
export const supportAnswerCreatePermission = createPermission({
  name: 'support.answer.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_SUPPORT_TICKET,
});

/** Editing a question, accepting an answer, resolving and reopening. @public */
export const supportQuestionUpdatePermission = createPermission({
  name: 'support.question.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_SUPPORT_TICKET,
});

/**
 * Moderating a question: closing, marking duplicates, assigning, changing
 * priority or queue, editing others' answers and promoting answers to the FAQ.
 *
 * @public
 */
export const supportQuestionModeratePermission = createPermission({
  name: 'support.question.moderate',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_SUPPORT_TICKET,
});

/** Managing queues and FAQ entries of any queue. @public */
export const supportQueueManagePermission = createPermission({
  name: 'support.queue.manage',
  attributes: { action: 'update' },
});

/** Reading support metrics (aggregates only). @public */
export const supportMetricsReadPermission = createPermission({
  name: 'support.metrics.read',
  attributes: { action: 'read' },
});

/** @public */
export const supportPermissions = [
  supportQuestionReadPermission,
  supportQuestionCreatePermission,
  supportAnswerCreatePermission,
  supportQuestionUpdatePermission,
  supportQuestionModeratePermission,
  supportQueueManagePermission,
  supportMetricsReadPermission,
];

/** Rule names of the `support-ticket` resource type. @public */
export const SUPPORT_TICKET_RULES = {
  /** The question is public. No parameters. */
  IS_PUBLIC: 'IS_PUBLIC',
  /** The person asked it. Parameters `{ userRef }`. */
  IS_AUTHOR: 'IS_AUTHOR',
  /** The question's queue team is one of `claims` (the person's ownership refs). */
  IS_IN_QUEUE_TEAM: 'IS_IN_QUEUE_TEAM',
} as const;

type TicketCondition = PermissionCondition<typeof RESOURCE_TYPE_SUPPORT_TICKET>;

const condition = (
  rule: string,
  params?: Record<string, unknown>,
): TicketCondition => ({
  resourceType: RESOURCE_TYPE_SUPPORT_TICKET,
  rule,
  params: params as TicketCondition['params'],
});

/** Conditions a permission policy combines into support decisions. @public */
export const supportTicketConditions = {
  isPublic: () => condition(SUPPORT_TICKET_RULES.IS_PUBLIC, {}),
  isAuthor: (userRef: string) =>
    condition(SUPPORT_TICKET_RULES.IS_AUTHOR, { userRef }),
  isInQueueTeam: (claims: string[]) =>
    condition(SUPPORT_TICKET_RULES.IS_IN_QUEUE_TEAM, { claims }),
};

/** A conditional decision on a `support-ticket` permission. @public */
export function createSupportTicketConditionalDecision(
  permission: ResourcePermission<typeof RESOURCE_TYPE_SUPPORT_TICKET>,
  conditions: PermissionCriteria<TicketCondition>,
): ConditionalPolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'support',
    resourceType: permission.resourceType,
    conditions,
  };
}
