import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ConditionalPolicyDecision,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import {
  supportAnswerCreatePermission,
  supportQuestionModeratePermission,
  supportQuestionReadPermission,
  supportQuestionUpdatePermission,
} from '@community-hub/plugin-support-common';
import { ReadFilter, TicketFilter } from '../store/SupportStore';
import { SupportTicket } from './rules';

/** What a person may do with a question. */
export type TicketAction = 'read' | 'answer' | 'update' | 'moderate';

const TICKET_PERMISSIONS: Record<
  TicketAction,
  ResourcePermission<'support-ticket'>
> = {
  read: supportQuestionReadPermission,
  answer: supportAnswerCreatePermission,
  update: supportQuestionUpdatePermission,
  moderate: supportQuestionModeratePermission,
};
const ACTIONS = Object.keys(TICKET_PERMISSIONS) as TicketAction[];

/** A read filter that lets no question through. */
export const NO_QUESTIONS: TicketFilter = {
  property: 'visibility',
  values: [],
};

/**
 * A person's decisions on every `support-ticket` permission, from one
 * permission round trip: applied in memory to one question, or turned into
 * the store's filter for lists.
 */
export interface TicketAccess {
  /** The questions the person may read, as a store filter (`undefined`: all). */
  readFilter: ReadFilter;
  /** Whether the person may read nothing at all. */
  readsNothing: boolean;
  /** Whether the person may do `action` with the question. */
  can(action: TicketAction, ticket: SupportTicket): boolean;
}

// Decisions depend only on who asks; reads are frequent and a policy or
// group change shows within this time.
const DECISION_TTL_MS = 10_000;
const MAX_CACHED = 10_000;

/**
 * One place for the support permission checks, used by the routes and the
 * actions alike.
 */
export class SupportAuthorizer {
  private readonly cache = new Map<
    string,
    { until: number; access: TicketAccess }
  >();
  private readonly applyConditions: (
    decision: PolicyDecision,
    ticket: SupportTicket,
  ) => boolean;
  private readonly toFilter: ReturnType<
    typeof createConditionTransformer<TicketFilter>
  >;

  constructor(
    private readonly options: {
      permissions: PermissionsService;
      /** The `support-ticket` rules, from the permissions registry. */
      ruleset: PermissionRuleset<SupportTicket, TicketFilter, 'support-ticket'>;
      now?: () => number;
    },
  ) {
    this.applyConditions = createConditionAuthorizer(options.ruleset);
    this.toFilter = createConditionTransformer(options.ruleset);
  }

  /** Throws NotAllowedError unless the basic permission is granted. */
  async authorize(
    credentials: BackstageCredentials,
    permission: BasicPermission,
    message: string,
  ): Promise<void> {
    const [decision] = await this.options.permissions.authorize(
      [{ permission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(message);
    }
  }

  /** The person's decisions on questions (one round trip, reused briefly). */
  async ticketAccess(credentials: BackstageCredentials): Promise<TicketAccess> {
    const now = (this.options.now ?? Date.now)();
    const key = principalKey(credentials);
    const cached = key ? this.cache.get(key) : undefined;
    if (cached && cached.until > now) return cached.access;

    const decisions = await this.options.permissions.authorizeConditional(
      ACTIONS.map(action => ({ permission: TICKET_PERMISSIONS[action] })),
      { credentials },
    );
    const byAction = new Map<TicketAction, PolicyDecision>(
      ACTIONS.map((action, i) => [action, decisions[i]]),
    );
    const read = byAction.get('read')!;
    const access: TicketAccess = {
      readFilter: this.filterOf(read),
      readsNothing: read.result === AuthorizeResult.DENY,
      can: (action, ticket) =>
        this.applyConditions(byAction.get(action)!, ticket),
    };
    if (key) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(key, { until: now + DECISION_TTL_MS, access });
    }
    return access;
  }

  private filterOf(decision: PolicyDecision): ReadFilter {
    if (decision.result === AuthorizeResult.ALLOW) return undefined;
    if (decision.result === AuthorizeResult.DENY) return NO_QUESTIONS;
    return this.toFilter((decision as ConditionalPolicyDecision).conditions);
  }
}

function principalKey(credentials: BackstageCredentials): string | undefined {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user') return `user ${principal.userEntityRef}`;
  if (principal.type === 'service') return `service ${principal.subject}`;
  return undefined;
}
