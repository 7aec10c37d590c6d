import { useState } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { Panel } from '../shared/Panel';
import { ChecksTable } from './ChecksTable';
import { ExemptionsPanel } from './ExemptionsPanel';
import { HistoryPanel } from './HistoryPanel';
import { LevelsPanel } from './LevelsPanel';
import { RecomputeButton } from './RecomputeButton';
import { ScoreSummary } from './ScoreSummary';
import { useEntityHealth, useMetricDefinitions } from './useEntityHealth';

/**
 * The Health tab of packages, partners and groups: the full scorecard (every
 * check with its status, value, threshold, weight and how to improve), the
 * levels and what is missing for each, the history, the exemptions, and
 * "Recompute now".
 */
export function EntityHealthContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const [days, setDays] = useState(90);
  const health = useEntityHealth(entityRef, days);
  const definitions = useMetricDefinitions();
  const value = health.value;

  if (!value) {
    if (health.error) return <ResponseErrorPanel error={health.error} />;
    return <Progress />;
  }
  const { score, scorecard, exemptions, history, can } = value;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Panel
          title="Scorecard"
          subheader={
            scorecard
              ? `${scorecard.title}, version ${scorecard.version}`
              : undefined
          }
          action={
            can.recompute ? (
              <RecomputeButton
                entityRef={entityRef}
                onRecomputed={health.retry}
              />
            ) : undefined
          }
        >
          {health.error && (
            <ResponseErrorPanel error={health.error} title="Reload failed" />
          )}
          <ScoreSummary score={score} />
          {scorecard ? (
            <ChecksTable
              scorecard={scorecard}
              score={score}
              definitions={definitions}
            />
          ) : (
            <Typography variant="body2">
              No scorecard applies to this entity.
            </Typography>
          )}
        </Panel>
      </Grid>
      {scorecard && (
        <Grid item xs={12} md={5}>
          <Panel title="Levels">
            <LevelsPanel scorecard={scorecard} score={score} />
          </Panel>
        </Grid>
      )}
      <Grid item xs={12} md={scorecard ? 7 : 12}>
        <HistoryPanel history={history} days={days} onDaysChange={setDays} />
      </Grid>
      {scorecard && (
        <Grid item xs={12}>
          <Panel title="Exemptions">
            <ExemptionsPanel
              entityRef={entityRef}
              scorecard={scorecard}
              results={score?.checks ?? []}
              exemptions={exemptions}
              canManage={can.exempt}
              onChanged={health.retry}
            />
          </Panel>
        </Grid>
      )}
    </Grid>
  );
}
