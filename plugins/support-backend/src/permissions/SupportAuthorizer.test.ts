import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { supportTicketConditions } from '@community-hub/plugin-support-common';
import { ticketRuleset } from '../__testUtils__/ticketRules';
import { NO_QUESTIONS, SupportAuthorizer } from './SupportAuthorizer';

const { isPublic, isAuthor, isInQueueTeam } = supportTicketConditions;
const conditional = (conditions: object): PolicyDecision =>
  ({
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'support',
    resourceType: 'support-ticket',
    conditions,
  } as PolicyDecision);

const ada = mockCredentials.user('user:default/ada');
const publicTicket = {
  visibility: 'public' as const,
  authorRef: 'user:default/bob',
  teamRef: 'group:default/core-maintainers',
};
const privateTicket = { ...publicTicket, visibility: 'private' as const };

function authorizerAnswering(decisions: PolicyDecision[]) {
  let time = 0;
  const permissions = mockServices.permissions.mock({
    authorizeConditional: jest.fn(async () => decisions) as any,
  });
  const authorizer = new SupportAuthorizer({
    permissions,
    ruleset: ticketRuleset,
    now: () => time,
  });
  return {
    authorizer,
    permissions,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe('SupportAuthorizer', () => {
  const reader = conditional({
    anyOf: [
      isPublic(),
      isAuthor('user:default/ada'),
      isInQueueTeam(['user:default/ada', 'group:default/docs']),
    ],
  });
  const editor = conditional({
    anyOf: [
      isAuthor('user:default/ada'),
      isInQueueTeam(['group:default/docs']),
    ],
  });
  const moderator = conditional(isInQueueTeam(['group:default/docs']));

  it('asks for all four decisions at once and turns reading into a store filter', async () => {
    const { authorizer, permissions } = authorizerAnswering([
      reader,
      reader,
      editor,
      moderator,
    ]);
    const access = await authorizer.ticketAccess(ada);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);
    expect(
      (permissions.authorizeConditional as jest.Mock).mock.calls[0][0].map(
        (request: { permission: { name: string } }) => request.permission.name,
      ),
    ).toEqual([
      'support.question.read',
      'support.answer.create',
      'support.question.update',
      'support.question.moderate',
    ]);
    expect(access.readsNothing).toBe(false);
    expect(access.readFilter).toEqual({
      anyOf: [
        { property: 'visibility', values: ['public'] },
        { property: 'authorRef', values: ['user:default/ada'] },
        {
          property: 'teamRef',
          values: ['user:default/ada', 'group:default/docs'],
        },
      ],
    });
  });

  it('applies the decisions to one question in memory', async () => {
    const { authorizer } = authorizerAnswering([
      reader,
      reader,
      editor,
      moderator,
    ]);
    const access = await authorizer.ticketAccess(ada);
    expect(access.can('read', publicTicket)).toBe(true);
    expect(access.can('read', privateTicket)).toBe(false);
    expect(access.can('update', publicTicket)).toBe(false);
    expect(
      access.can('update', { ...privateTicket, authorRef: 'user:default/ada' }),
    ).toBe(true);
    const docs = { ...privateTicket, teamRef: 'group:default/docs' };
    expect(access.can('read', docs)).toBe(true);
    expect(access.can('moderate', docs)).toBe(true);
  });

  it('reads everything when allowed and nothing when denied', async () => {
    const allowed = await authorizerAnswering(
      Array(4).fill({ result: AuthorizeResult.ALLOW }),
    ).authorizer.ticketAccess(ada);
    expect(allowed.readFilter).toBeUndefined();
    expect(allowed.can('moderate', privateTicket)).toBe(true);
    const denied = await authorizerAnswering(
      Array(4).fill({ result: AuthorizeResult.DENY }),
    ).authorizer.ticketAccess(ada);
    expect(denied.readsNothing).toBe(true);
    expect(denied.readFilter).toEqual(NO_QUESTIONS);
    expect(denied.can('read', publicTicket)).toBe(false);
  });

  it('reuses a decision for a few seconds', async () => {
    const { authorizer, permissions, advance } = authorizerAnswering([
      reader,
      reader,
      editor,
      moderator,
    ]);
    await authorizer.ticketAccess(ada);
    advance(5_000);
    await authorizer.ticketAccess(ada);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);
    await authorizer.ticketAccess(mockCredentials.user('user:default/bob'));
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(2);
    advance(10_000);
    await authorizer.ticketAccess(ada);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(3);
  });
});
