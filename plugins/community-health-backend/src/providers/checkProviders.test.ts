import { mockServices } from '@backstage/backend-test-utils';
import { testProvider, testScorecards } from '../__testUtils__/healthFixtures';
import { checkProviders } from './checkProviders';

describe('checkProviders', () => {
  it('refuses duplicate providers and metrics outside the provider’s prefix', () => {
    const logger = mockServices.logger.mock();
    const test = testProvider({});
    expect(() =>
      checkProviders([test, testProvider({})], testScorecards, logger),
    ).toThrow("Two community health metric providers have the id 'test'");
    const stray = {
      ...testProvider({}),
      id: 'other',
    };
    expect(() => checkProviders([stray], testScorecards, logger)).toThrow(
      "Metric test.a of the provider 'other' must start with 'other.'",
    );
  });

  it('warns about checks on metrics no provider defines', () => {
    const logger = mockServices.logger.mock();
    const withoutQ = {
      ...testProvider({}),
      definitions: testProvider({}).definitions.filter(d => d.id !== 'test.q'),
    };
    expect(checkProviders([withoutQ], testScorecards, logger)).toEqual([
      withoutQ,
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Community health checks on metrics no provider defines (always missing): partner/q (test.q)',
    );
  });
});
