import { useState } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
  SignInPage,
} from '@backstage/core-components';
import {
  configApiRef,
  githubAuthApiRef,
  IdentityApi,
  useApi,
} from '@backstage/core-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { chosenDemoUser, DEMO_USER_HEADER } from './demoUsers';
import { DemoUserPicker } from './DemoUserPicker';

/** Makes signing out forget the chosen demo user, so the picker shows again. */
function forgettingDemoUser(identityApi: IdentityApi): IdentityApi {
  return {
    getProfileInfo: () => identityApi.getProfileInfo(),
    getBackstageIdentity: () => identityApi.getBackstageIdentity(),
    getCredentials: () => identityApi.getCredentials(),
    signOut: async () => {
      chosenDemoUser.clear();
      await identityApi.signOut();
    },
  };
}

function DemoSignInPage(props: SignInPageProps) {
  const [chosen, setChosen] = useState(chosenDemoUser.get());
  const title = useApi(configApiRef).getOptionalString('app.title') ?? 'Community Hub';

  if (chosen) {
    const pickAgain = () => {
      chosenDemoUser.clear();
      setChosen(undefined);
    };
    return (
      <ProxiedSignInPage
        provider="demo"
        headers={{ [DEMO_USER_HEADER]: chosen }}
        onSignInSuccess={identityApi =>
          props.onSignInSuccess(forgettingDemoUser(identityApi))
        }
        ErrorComponent={({ error }) => (
          <Page themeId="home">
            <Content>
              <Typography color="error" paragraph>
                Could not sign in as {chosen}: {error?.message}
              </Typography>
              <Button variant="contained" onClick={pickAgain}>
                Choose another user
              </Button>
            </Content>
          </Page>
        )}
      />
    );
  }

  return (
    <Page themeId="home">
      <Header title={title} subtitle="Sign in" />
      <Content>
        <InfoCard title="Sign in as a community member">
          <Typography variant="body2" paragraph>
            This portal runs with demo sign-in: pick anyone from the community's
            catalog to see the portal with their roles (community managers,
            maintainers, support team, organisers, educators, partners' contacts).
            Production uses GitHub sign-in instead.
          </Typography>
          <DemoUserPicker
            onPick={name => {
              chosenDemoUser.set(name);
              setChosen(name);
            }}
          />
        </InfoCard>
      </Content>
    </Page>
  );
}

/** GitHub sign-in in production; the demo user picker in development. */
export function CommunitySignInPage(props: SignInPageProps) {
  const provider =
    useApi(configApiRef).getOptionalString('communityHub.signIn.provider') ?? 'demo';
  if (provider === 'github') {
    return (
      <SignInPage
        {...props}
        provider={{
          id: 'github-auth-provider',
          title: 'GitHub',
          message: 'Sign in with your GitHub account',
          apiRef: githubAuthApiRef,
        }}
      />
    );
  }
  return <DemoSignInPage {...props} />;
}
