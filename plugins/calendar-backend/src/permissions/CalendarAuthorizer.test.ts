import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { eventEntity } from '../__testUtils__/testEvents';
import { CalendarAuthorizer, canRead } from './CalendarAuthorizer';

const labelled = {
  ...eventEntity('labelled', {}),
  metadata: {
    name: 'labelled',
    namespace: 'default',
    labels: { audience: 'members' },
  },
};
const unlabelled = eventEntity('unlabelled', {});

function authorizerAnswering(decision: object) {
  const permissions = mockServices.permissions.mock({
    authorizeConditional: jest.fn(async () => [decision]) as any,
  });
  const authorizer = new CalendarAuthorizer({
    permissions,
    permissionsRegistry: mockServices.permissionsRegistry.mock({
      getPermissionRuleset: () => ({ getRuleByName: () => undefined } as any),
    }),
  });
  return { authorizer, permissions };
}

describe('CalendarAuthorizer.eventVisibility', () => {
  it('applies a conditional catalog read decision to the indexed entities', async () => {
    const { authorizer } = authorizerAnswering({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'HAS_LABEL',
        resourceType: 'catalog-entity',
        params: { label: 'audience' },
      },
    });
    const visibility = await authorizer.eventVisibility(
      mockCredentials.user('user:default/ada'),
    );
    expect(visibility.all).toBe(false);
    expect(canRead(visibility, labelled)).toBe(true);
    expect(canRead(visibility, unlabelled)).toBe(false);
  });

  it('gives people with the same decision the same key, and reuses a decision for a while', async () => {
    const { authorizer, permissions } = authorizerAnswering({
      result: AuthorizeResult.ALLOW,
    });
    const ada = await authorizer.eventVisibility(
      mockCredentials.user('user:default/ada'),
    );
    const bob = await authorizer.eventVisibility(
      mockCredentials.user('user:default/bob'),
    );
    await authorizer.eventVisibility(mockCredentials.user('user:default/ada'));
    expect(ada.key).toBe('all');
    expect(bob.key).toBe('all');
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(2);
  });

  it('hides everything when reading is denied', async () => {
    const { authorizer } = authorizerAnswering({
      result: AuthorizeResult.DENY,
    });
    const visibility = await authorizer.eventVisibility(
      mockCredentials.user('user:default/ada'),
    );
    expect(canRead(visibility, unlabelled)).toBe(false);
  });
});
