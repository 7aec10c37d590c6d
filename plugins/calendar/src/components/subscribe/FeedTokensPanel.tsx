import { useEffect, useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type {
  FeedSelector,
  FeedToken,
  FeedTokenWithUrl,
} from '@community-hub/plugin-calendar-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { calendarApiRef } from '../../api/calendarApiRef';
import { errorMessage, isForbidden } from '../../lib/errors';
import { CreateFeedForm } from './CreateFeedForm';
import { describeFeed } from './describeFeed';
import { FeedTokenList } from './FeedTokenList';
import { SecretUrlNotice } from './SecretUrlNotice';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(3) },
}));

/**
 * The person's calendar feeds: what each carries, a form for a new one, a
 * new address for a leaked one, revoking, and the secret address shown once.
 */
export function FeedTokensPanel() {
  const classes = useStyles();
  const calendarApi = useApi(calendarApiRef);
  // The latest load wins, so a reload after an action is never lost to one still running.
  const [tokens, loadTokens] = useAsyncFn(
    () => calendarApi.listFeedTokens(),
    [calendarApi],
    { loading: true },
  );
  useEffect(() => {
    loadTokens();
  }, [loadTokens]);
  const [secret, setSecret] = useState<
    FeedTokenWithUrl & { rotated: boolean }
  >();
  const [busy, setBusy] = useState<string>();
  const [actionError, setActionError] = useState<unknown>();

  const run = async (id: string, action: () => Promise<void>) => {
    setBusy(id);
    setActionError(undefined);
    try {
      await action();
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(undefined);
      loadTokens();
    }
  };

  const create = (feed: FeedSelector) =>
    run('new', async () => {
      setSecret({
        ...(await calendarApi.createFeedToken(feed)),
        rotated: false,
      });
    });
  const rotate = (token: FeedToken) =>
    run(token.id, async () => {
      setSecret({
        ...(await calendarApi.rotateFeedToken(token.id)),
        rotated: true,
      });
    });
  const revoke = (token: FeedToken) =>
    run(token.id, async () => {
      await calendarApi.revokeFeedToken(token.id);
      if (secret?.token.id === token.id) setSecret(undefined);
    });

  if (tokens.error && isForbidden(tokens.error)) {
    return (
      <InfoCard title="Subscribe to the calendar">
        <Typography variant="body2">
          Calendar feeds are not available to you. Ask a community manager if
          you need one.
        </Typography>
      </InfoCard>
    );
  }

  return (
    <InfoCard title="Subscribe to the calendar">
      <Typography variant="body2" paragraph>
        A feed is a private address your calendar app reads to keep community
        events in your own calendar, updated as they change. Choose what the
        feed carries, create it and paste its address into your calendar app.
      </Typography>
      {secret && (
        <SecretUrlNotice
          url={secret.url}
          feedDescription={describeFeed(secret.token.feed)}
          rotated={secret.rotated}
          onDone={() => setSecret(undefined)}
        />
      )}
      {actionError !== undefined && (
        <WarningPanel severity="error" title="That did not work">
          {errorMessage(actionError)}
        </WarningPanel>
      )}
      <CreateFeedForm busy={busy === 'new'} onCreate={create} />
      <div className={classes.section}>
        <Typography variant="h6" component="h3" gutterBottom>
          Your feeds
        </Typography>
        {tokens.loading && !tokens.value && <Progress />}
        {tokens.error && <ResponseErrorPanel error={tokens.error} />}
        {tokens.value && tokens.value.items.length === 0 && (
          <Typography variant="body2">You have no feeds yet.</Typography>
        )}
        {tokens.value && tokens.value.items.length > 0 && (
          <FeedTokenList
            tokens={tokens.value.items}
            busyId={busy}
            onRotate={rotate}
            onRevoke={revoke}
          />
        )}
      </div>
    </InfoCard>
  );
}
