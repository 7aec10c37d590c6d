import { renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { CommunitySignInPage } from './CommunitySignInPage';
import { chosenDemoUser } from './demoUsers';

const users = [
  {
    name: 'amara.okafor',
    displayName: 'Amara Okafor',
    groups: ['community-managers', 'steering-committee'],
  },
  { name: 'mei.tanaka', displayName: 'Mei Tanaka', groups: ['core-maintainers'] },
  { name: 'gabriel.moreau', displayName: 'Gabriel Moreau', groups: [] },
];

const baseConfig = {
  app: { baseUrl: 'http://localhost:3000', title: 'Kestrel Community Hub' },
  backend: { baseUrl: 'http://localhost:7007' },
};

describe('CommunitySignInPage', () => {
  const originalFetch = global.fetch;
  beforeEach(() => {
    chosenDemoUser.clear();
    global.fetch = jest.fn(async () => ({
      ok: true,
      status: 200,
      statusText: 'OK',
      json: async () => ({ users }),
    })) as unknown as typeof fetch;
  });
  afterEach(() => {
    global.fetch = originalFetch;
  });

  it('offers every catalog user with their groups, and filters by name or group', async () => {
    await renderInTestApp(<CommunitySignInPage onSignInSuccess={jest.fn()} />, {
      config: { ...baseConfig, communityHub: { signIn: { provider: 'demo' } } },
    });
    expect(await screen.findByRole('button', { name: 'Sign in as Amara Okafor' })).toBeInTheDocument();
    expect(screen.getByText('community-managers')).toBeInTheDocument();
    expect(global.fetch).toHaveBeenCalledWith(expect.stringMatching(/\/auth\/demo-users$/));

    fireEvent.change(screen.getByLabelText('Find a person or a group'), {
      target: { value: 'maintainers' },
    });
    expect(screen.getByRole('button', { name: 'Sign in as Mei Tanaka' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in as Amara Okafor' })).not.toBeInTheDocument();
  });

  it('remembers the chosen user for the next visit', async () => {
    await renderInTestApp(<CommunitySignInPage onSignInSuccess={jest.fn()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in as Gabriel Moreau' }));
    expect(chosenDemoUser.get()).toBe('gabriel.moreau');
  });

  it('explains an empty catalog instead of showing an empty list', async () => {
    global.fetch = jest.fn(async () => ({
      ok: true,
      json: async () => ({ users: [] }),
    })) as unknown as typeof fetch;
    await renderInTestApp(<CommunitySignInPage onSignInSuccess={jest.fn()} />);
    expect(await screen.findByText(/The catalog has no users yet/)).toBeInTheDocument();
  });

  it('signs in with GitHub when configured for production', async () => {
    await renderInTestApp(<CommunitySignInPage onSignInSuccess={jest.fn()} />, {
      config: { ...baseConfig, communityHub: { signIn: { provider: 'github' } } },
    });
    expect(await screen.findByText('GitHub')).toBeInTheDocument();
    expect(screen.queryByText('Sign in as a community member')).not.toBeInTheDocument();
    expect(global.fetch).not.toHaveBeenCalledWith(
      expect.stringMatching(/demo-users/),
      expect.anything(),
    );
    expect(global.fetch).not.toHaveBeenCalledWith(expect.stringMatching(/demo-users/));
  });
});
