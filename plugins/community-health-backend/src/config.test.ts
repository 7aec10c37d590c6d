import { ConfigReader } from '@backstage/config';
import path from 'node:path';
import { readCommunityHealthConfig } from './config';

describe('readCommunityHealthConfig', () => {
  it('has defaults for everything', () => {
    expect(readCommunityHealthConfig(new ConfigReader({}))).toEqual({
      scorecardsFile: path.resolve(
        process.cwd(),
        '../../community/health/scorecards.yaml',
      ),
      schedule: {
        frequency: { hours: 24 },
        timeout: { minutes: 30 },
        initialDelay: { minutes: 1 },
      },
      runTimeoutMs: 30 * 60_000,
      windowDays: 90,
      retention: { dailyDays: 90, weeklyDays: 730 },
    });
  });

  it('reads the app config, filling in a schedule without a timeout', () => {
    const settings = readCommunityHealthConfig(
      new ConfigReader({
        communityHealth: {
          scorecards: '/etc/health/scorecards.yaml',
          schedule: { frequency: { hours: 12 }, initialDelay: { minutes: 5 } },
          windowDays: 30,
          retention: { dailyDays: 30, weeklyDays: 365 },
        },
      }),
    );
    expect(settings).toEqual({
      scorecardsFile: '/etc/health/scorecards.yaml',
      schedule: {
        frequency: { hours: 12 },
        timeout: { minutes: 30 },
        initialDelay: { minutes: 5 },
        scope: undefined,
      },
      runTimeoutMs: 30 * 60_000,
      windowDays: 30,
      retention: { dailyDays: 30, weeklyDays: 365 },
    });
  });

  it.each([
    [{ windowDays: 0 }, /windowDays must be a positive whole number/],
    [{ retention: { dailyDays: 2.5 } }, /retention.dailyDays/],
    [
      { retention: { dailyDays: 100, weeklyDays: 50 } },
      /weeklyDays \(50\) must not be below dailyDays \(100\)/,
    ],
  ])('refuses %j', (communityHealth, message) => {
    expect(() =>
      readCommunityHealthConfig(new ConfigReader({ communityHealth })),
    ).toThrow(message);
  });
});
