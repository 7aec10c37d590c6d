import {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import {
  calendarAttendeesReadPermission,
  CalendarEvent,
} from '@community-hub/plugin-calendar-common';
import { calendarEventResourceRef } from './rules';

/** Which events a person may read: all of them, or the listed refs. */
export type EventVisibility =
  | { all: true }
  | { all: false; refs: ReadonlySet<string> };

// How long a person's read decision is reused. Reads of the calendar are
// frequent and the decision rarely changes; a policy change shows within this.
const READ_DECISION_TTL_MS = 10_000;
const MAX_CACHED_DECISIONS = 10_000;

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
      catalog: CatalogService;
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

  /** The events a signed-in person may read, following the catalog's read permission. */
  async eventVisibility(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<EventVisibility> {
    const now = (this.options.now ?? Date.now)();
    const key = credentials.principal.userEntityRef;
    const cached = this.readDecisions.get(key);
    if (cached && cached.until > now) return cached.visibility;

    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    let visibility: EventVisibility;
    if (decision.result === AuthorizeResult.ALLOW) {
      visibility = { all: true };
    } else if (decision.result === AuthorizeResult.DENY) {
      visibility = { all: false, refs: new Set() };
    } else {
      visibility = {
        all: false,
        refs: await this.readableEventRefs(credentials),
      };
    }
    if (this.readDecisions.size >= MAX_CACHED_DECISIONS)
      this.readDecisions.clear();
    this.readDecisions.set(key, {
      until: now + READ_DECISION_TTL_MS,
      visibility,
    });
    return visibility;
  }

  // A conditional decision is the catalog's to apply: ask it which Events this person may read.
  private async readableEventRefs(
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const refs = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await this.options.catalog.queryEntities(
        cursor
          ? { cursor, limit: 1000 }
          : {
              filter: { kind: 'Event' },
              fields: ['kind', 'metadata.namespace', 'metadata.name'],
              limit: 1000,
            },
        { credentials },
      );
      for (const entity of page.items) refs.add(stringifyEntityRef(entity));
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return refs;
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
export function canRead(
  visibility: EventVisibility,
  eventRef: string,
): boolean {
  return visibility.all || visibility.refs.has(eventRef);
}
