import { checkSourceDirectory } from './checkSourceDirectory';

describe('checkSourceDirectory', () => {
  const root = '/srv/portal/data/created';

  it('accepts a directory inside the created content, normalised', () => {
    expect(checkSourceDirectory('/srv/portal/data/created/packages/kestrel-retry', root)).toBe(
      '/srv/portal/data/created/packages/kestrel-retry',
    );
    expect(checkSourceDirectory('/srv/portal/data/created/packages/./x/', root)).toBe(
      '/srv/portal/data/created/packages/x',
    );
  });

  it.each([
    ['a relative path', 'packages/kestrel-retry', /must be an absolute path/],
    ['the directory itself', '/srv/portal/data/created', /must be inside/],
    ['a path that climbs out', '/srv/portal/data/created/../secrets', /must be inside/],
    ['a sibling with the same prefix', '/srv/portal/data/created-elsewhere/x', /must be inside/],
    ['another directory', '/etc', /must be inside/],
  ])('refuses %s, naming sourceDirectory', (_case, path, message) => {
    expect(() => checkSourceDirectory(path, root)).toThrow(message);
    expect(() => checkSourceDirectory(path, root)).toThrow(/^sourceDirectory: /);
  });
});
