import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { RegisterCollatorParameters } from '@backstage/plugin-search-backend-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { searchModuleSupportCollator } from './module';
import { DEFAULT_SCHEDULE } from './schedule';

async function start(config: object) {
  const collators: RegisterCollatorParameters[] = [];
  const scheduler = mockServices.scheduler.mock();
  await startTestBackend({
    extensionPoints: [
      [
        searchIndexRegistryExtensionPoint,
        {
          addCollator: (options: RegisterCollatorParameters) =>
            collators.push(options),
          addDecorator: () => {},
        },
      ],
    ],
    features: [
      searchModuleSupportCollator,
      mockServices.rootConfig.factory({ data: config }),
      scheduler.factory,
    ],
  });
  return { collators, scheduler };
}

describe('searchModuleSupportCollator', () => {
  it('registers the question and FAQ collators on the default schedule', async () => {
    const { collators, scheduler } = await start({});
    expect(collators.map(c => c.factory.type)).toEqual([
      'support-question',
      'support-faq',
    ]);
    expect(scheduler.createScheduledTaskRunner).toHaveBeenCalledTimes(2);
    expect(scheduler.createScheduledTaskRunner).toHaveBeenCalledWith(
      DEFAULT_SCHEDULE,
    );
  });

  it('takes the schedule from search.collators.support.schedule', async () => {
    const { scheduler } = await start({
      search: {
        collators: {
          support: {
            schedule: {
              frequency: { minutes: 30 },
              timeout: { minutes: 5 },
              initialDelay: { minutes: 2 },
            },
          },
        },
      },
    });
    expect(scheduler.createScheduledTaskRunner).toHaveBeenCalledWith({
      frequency: { minutes: 30 },
      timeout: { minutes: 5 },
      initialDelay: { minutes: 2 },
    });
  });
});
