import { ConfigReader } from '@backstage/config';
import { readCreatedContentConfig } from './config';

const read = (createdContent?: object) =>
  readCreatedContentConfig(
    new ConfigReader(
      createdContent ? { communityHub: { createdContent } } : {},
    ),
    '/srv/hub/packages/backend',
  );

describe('readCreatedContentConfig', () => {
  it('keeps created things in the portal, in data/created of the repository, by default', () => {
    expect(read()).toEqual({
      directory: '/srv/hub/data/created',
      publish: 'portal',
      repoUrl: undefined,
    });
  });

  it('resolves a relative directory against the backend working directory and keeps an absolute one', () => {
    expect(read({ directory: 'created' }).directory).toBe(
      '/srv/hub/packages/backend/created',
    );
    expect(read({ directory: '/var/lib/hub/created' }).directory).toBe(
      '/var/lib/hub/created',
    );
  });

  it('reads the pull-request mode with its repository', () => {
    expect(
      read({
        publish: 'pull-request',
        pullRequest: { repoUrl: 'github.com?owner=kestrel&repo=community' },
      }),
    ).toMatchObject({
      publish: 'pull-request',
      repoUrl: 'github.com?owner=kestrel&repo=community',
    });
  });

  it('refuses pull-request mode without a repository, and unknown modes', () => {
    expect(() => read({ publish: 'pull-request' })).toThrow(
      /pullRequest\.repoUrl is required/,
    );
    expect(() => read({ publish: 'email' })).toThrow(
      /must be 'portal' or 'pull-request', got 'email'/,
    );
  });
});
