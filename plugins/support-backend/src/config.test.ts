import { ConfigReader } from '@backstage/config';
import { readSupportConfig } from './config';

describe('readSupportConfig', () => {
  it('has defaults', () => {
    expect(readSupportConfig(new ConfigReader({}))).toEqual({
      bots: [],
      breachScan: { minutes: 1 },
      maxBodyLength: 20_000,
      communityManagers: ['group:default/community-managers'],
      demoSeed: false,
    });
  });

  it('reads and normalises the settings', () => {
    const settings = readSupportConfig(
      new ConfigReader({
        support: {
          bots: ['kestrel-bot', 'user:bots/renovate'],
          breachScan: { minutes: 5 },
          maxBodyLength: 5000,
          demo: { seed: true },
        },
        communityHub: { roles: { communityManagers: ['stewards'] } },
      }),
    );
    expect(settings).toEqual({
      bots: ['user:default/kestrel-bot', 'user:bots/renovate'],
      breachScan: { minutes: 5 },
      maxBodyLength: 5000,
      communityManagers: ['group:default/stewards'],
      demoSeed: true,
    });
  });

  it('never seeds demo questions in production', () => {
    const settings = readSupportConfig(
      new ConfigReader({
        support: { demo: { seed: true } },
        auth: { environment: 'production' },
      }),
    );
    expect(settings.demoSeed).toBe(false);
  });

  it.each([0, 1.5, 1_000_000])('refuses maxBodyLength %p', value => {
    expect(() =>
      readSupportConfig(
        new ConfigReader({ support: { maxBodyLength: value } }),
      ),
    ).toThrow(/support\.maxBodyLength/);
  });
});
