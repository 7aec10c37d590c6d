import { stringifyEntityRef } from '@backstage/catalog-model';
import { MarkdownContent, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { communityHealthApiRef } from '../../api/communityHealthApiRef';
import { useEntityHref } from '../../hooks/useEntityHref';
import { errorMessage } from '../../lib/errors';
import { ErrorNotice } from '../shared/ErrorNotice';
import { LevelBadge } from '../shared/LevelBadge';
import { Panel } from '../shared/Panel';
import { RollUpSummary } from '../shared/RollUpSummary';
import { ScoreText } from '../shared/ScoreText';
import { Sparkline } from '../shared/Sparkline';

/** How far back the card's trend line goes. */
const TREND_DAYS = 90;
/** How many failing checks the card lists before pointing to the tab. */
const MAX_FAILING = 3;

const useStyles = makeStyles(theme => ({
  failing: { margin: 0, paddingLeft: theme.spacing(2.5) },
  advice: { '& p': { margin: 0 } },
}));

/**
 * The community health card of a package, partner or group: level badge,
 * score, the trend, and the failing checks with how to improve them; links
 * to the Health tab.
 */
export function EntityHealthCard() {
  const classes = useStyles();
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(communityHealthApiRef);
  const href = useEntityHref();
  const health = useAsync(
    () => api.getEntityHealth(entityRef, { days: TREND_DAYS }),
    [api, entityRef],
  );
  const { score, scorecard, history } = health.value ?? {};
  const failing = (score?.checks ?? []).filter(
    result => result.status === 'fail' || result.status === 'missing',
  );
  const checkOf = (checkId: string) =>
    scorecard?.checks.find(check => check.id === checkId);

  return (
    <Panel
      title="Community health"
      deepLink={{
        title: 'Open the scorecard',
        link: href(entityRef, { tab: true }),
      }}
    >
      {health.loading && <Progress />}
      {health.error && (
        <ErrorNotice
          title="The scorecard could not be loaded"
          message={errorMessage(health.error)}
        />
      )}
      {health.value && !score && (
        <Typography variant="body2">
          Not scored yet: the score appears after the next full computation.
        </Typography>
      )}
      {score && (
        <>
          <Box
            display="flex"
            alignItems="center"
            flexWrap="wrap"
            gridGap={16}
            mb={1}
          >
            <ScoreText score={score.score} />
            <LevelBadge level={score.level} size="medium" />
            <Sparkline points={history ?? []} days={TREND_DAYS} />
          </Box>
          <RollUpSummary score={score} />
          {failing.length === 0 && score.checks.length > 0 && (
            <Typography variant="body2">Every check passes.</Typography>
          )}
          {failing.length > 0 && (
            <Box mt={2}>
              <Typography variant="subtitle2" component="h3" gutterBottom>
                Failing checks
              </Typography>
              <ul className={classes.failing} aria-label="Failing checks">
                {failing.slice(0, MAX_FAILING).map(result => {
                  const check = checkOf(result.checkId);
                  return (
                    <li key={result.checkId}>
                      <Typography variant="body2">
                        <strong>{check?.title ?? result.checkId}</strong>
                        {result.status === 'missing' ? ' (no data)' : ''}
                      </Typography>
                      {check && (
                        <div className={classes.advice}>
                          <MarkdownContent content={check.howToImprove} />
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
              {failing.length > MAX_FAILING && (
                <Typography variant="body2" color="textSecondary">
                  And {failing.length - MAX_FAILING} more on the Health tab.
                </Typography>
              )}
            </Box>
          )}
        </>
      )}
    </Panel>
  );
}
