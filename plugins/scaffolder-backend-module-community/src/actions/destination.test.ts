import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { readCreatedContentConfig } from '../config';
import { createDestinationAction } from './destination';

async function destinationFor(createdContent: object) {
  const action = createDestinationAction({
    settings: readCreatedContentConfig(
      new ConfigReader({ communityHub: { createdContent } }),
    ),
  });
  const ctx = { ...createMockActionContext(), isDryRun: true };
  await action.handler(ctx);
  return Object.fromEntries(
    (ctx.output as jest.Mock).mock.calls as Array<[string, unknown]>,
  );
}

describe('community:destination', () => {
  it('answers portal when created things stay in the portal', async () => {
    await expect(destinationFor({ publish: 'portal' })).resolves.toEqual({
      mode: 'portal',
    });
  });

  it('answers pull-request with the repository from config', async () => {
    await expect(
      destinationFor({
        publish: 'pull-request',
        pullRequest: { repoUrl: 'github.com?owner=kestrel&repo=community' },
      }),
    ).resolves.toEqual({
      mode: 'pull-request',
      repoUrl: 'github.com?owner=kestrel&repo=community',
    });
  });
});
