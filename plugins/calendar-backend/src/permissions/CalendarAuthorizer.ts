import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { permissionRules as catalogPermissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { NotAllowedError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  BasicPermission,
  ConditionalPolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  PermissionRule,
} from '@backstage/plugin-permission-node';
import {
  calendarAttendeesReadPermission,
  CalendarEvent,
} from '@community-hub/plugin-calendar-common';
import { calendarEventResourceRef } from './rules';

/**
 * Which events a person may read: all of them, or those an entity
 * predicate accepts. `key` names the decision, so that people with the same
 * decision share cached answers.
 */
export type EventVisibility =
  | { all: true; key: 'all' }
  | { all: false; key: string; canRead(entity: Entity): boolean };

const ALL: EventVisibility = { all: true, key: 'all' };
const NONE: EventVisibility = { all: false, key: 'none', canRead: () => false };

// How long a person's read decision is reused. Reads of the calendar are
// frequent and the decision rarely changes; a policy change shows within this.
const READ_DECISION_TTL_MS = 10_000;
const MAX_CACHED_DECISIONS = 10_000;

// The catalog's own rules, to apply a conditional read decision to indexed entities.
const applyCatalogConditions = createConditionAuthorizer(
  Object.values(catalogPermissionRules) as PermissionRule<
    Entity,
    unknown,
    string
  >[],
);

/**
 * One place for the calendar's permission checks, used by every route:
 * reading events follows the catalog's read permission for Event entities,
 * attendee lists follow `calendar.attendees.read` (conditional on the
 * organisers), and writes follow their basic permissions.
 */
export class CalendarAuthorizer {
  private readonly readDecisions = new Map<
    string,
    { until: number; visibility: EventVisibility }
  >();
  private readonly authorizeAttendees: (
    decision: Parameters<
      ReturnType<typeof createConditionAuthorizer<CalendarEvent>>
    >[0],
    event: CalendarEvent,
  ) => boolean;

  constructor(
    private readonly options: {
      permissions: PermissionsService;
      permissionsRegistry: PermissionsRegistryService;
      now?: () => number;
    },
  ) {
    this.authorizeAttendees = createConditionAuthorizer(
      options.permissionsRegistry.getPermissionRuleset(
        calendarEventResourceRef,
      ),
    );
  }

  /** Throws NotAllowedError unless the basic permission is granted. */
  async authorize(
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ): Promise<void> {
    const [decision] = await this.options.permissions.authorize(
      [{ permission }],
      {
        credentials,
      },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You are not allowed to ${describe(permission)}`,
      );
    }
  }

  /** Whether the person may see who registered for this event. */
  async canSeeAttendees(
    credentials: BackstageCredentials,
    event: CalendarEvent,
  ): Promise<boolean> {
    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission: calendarAttendeesReadPermission }],
      { credentials },
    );
    return this.authorizeAttendees(decision, event);
  }

  /**
   * The events a signed-in person (or another plugin, such as community
   * health) may read, following the catalog's read permission: a conditional
   * decision is applied to the indexed entities with the catalog's own
   * permission rules.
   */
  async eventVisibility(
    credentials: BackstageCredentials<
      BackstageUserPrincipal | BackstageServicePrincipal
    >,
  ): Promise<EventVisibility> {
    const { principal } = credentials;
    // The permission framework allows other plugins everything
    if (principal.type === 'service') return ALL;
    const now = (this.options.now ?? Date.now)();
    const cacheKey = principal.userEntityRef;
    const cached = this.readDecisions.get(cacheKey);
    if (cached && cached.until > now) return cached.visibility;

    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    let visibility: EventVisibility;
    if (decision.result === AuthorizeResult.ALLOW) {
      visibility = ALL;
    } else if (decision.result === AuthorizeResult.DENY) {
      visibility = NONE;
    } else {
      const conditional = decision as ConditionalPolicyDecision;
      visibility = {
        all: false,
        key: JSON.stringify(conditional.conditions),
        canRead: entity => applyCatalogConditions(decision, entity),
      };
    }
    if (this.readDecisions.size >= MAX_CACHED_DECISIONS)
      this.readDecisions.clear();
    this.readDecisions.set(cacheKey, {
      until: now + READ_DECISION_TTL_MS,
      visibility,
    });
    return visibility;
  }
}

function describe(permission: BasicPermission): string {
  switch (permission.name) {
    case 'calendar.registration.create':
      return 'register for events';
    case 'calendar.event.import':
      return 'import events; event organisers and community managers may';
    case 'calendar.feed-token.manage':
      return 'manage calendar feed subscriptions';
    default:
      return `use ${permission.name}`;
  }
}

/** Whether a visibility includes an event. */
export function canRead(visibility: EventVisibility, entity: Entity): boolean {
  return visibility.all || visibility.canRead(entity);
}
