import {
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  QuestionVisibility,
  RESOURCE_TYPE_SUPPORT_TICKET,
  SUPPORT_TICKET_RULES,
} from '@community-hub/plugin-support-common';
import { z } from 'zod';
import { TicketFilter } from '../store/SupportStore';

/** What the `support-ticket` rules look at: who asked, which team, and who may read. */
export interface SupportTicket {
  visibility: QuestionVisibility;
  authorRef: string;
  teamRef: string;
}

/** The permission resource of support questions; conditions become store filters. */
export const supportTicketResourceRef = createPermissionResourceRef<
  SupportTicket,
  TicketFilter
>().with({ pluginId: 'support', resourceType: RESOURCE_TYPE_SUPPORT_TICKET });

/** Matches public questions. */
export const isPublic = createPermissionRule({
  name: SUPPORT_TICKET_RULES.IS_PUBLIC,
  description: 'Allow public questions (community Q&A)',
  resourceRef: supportTicketResourceRef,
  apply: ticket => ticket.visibility === 'public',
  toQuery: (): TicketFilter => ({ property: 'visibility', values: ['public'] }),
});

/** Matches the questions the person asked. */
export const isAuthor = createPermissionRule({
  name: SUPPORT_TICKET_RULES.IS_AUTHOR,
  description: 'Allow the person who asked the question',
  resourceRef: supportTicketResourceRef,
  paramsSchema: z.object({
    userRef: z
      .string()
      .describe('Entity ref of the person, e.g. user:default/amara.okafor'),
  }),
  apply: (ticket, { userRef }) => ticket.authorRef === userRef,
  toQuery: ({ userRef }) => ({ property: 'authorRef', values: [userRef] }),
});

/** Matches questions whose queue team is one of the claims. */
export const isInQueueTeam = createPermissionRule({
  name: SUPPORT_TICKET_RULES.IS_IN_QUEUE_TEAM,
  description: "Allow the members of the question's queue team",
  resourceRef: supportTicketResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        'Entity refs of the person and their groups, e.g. group:default/support-team',
      ),
  }),
  apply: (ticket, { claims }) => claims.includes(ticket.teamRef),
  toQuery: ({ claims }) => ({ property: 'teamRef', values: claims }),
});

/** The rules of the `support-ticket` resource type. */
export const supportTicketPermissionRules = [isPublic, isAuthor, isInQueueTeam];
