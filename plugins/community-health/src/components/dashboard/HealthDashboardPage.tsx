import {
  Content,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { communityHealthApiRef } from '../../api/communityHealthApiRef';
import { useEntityOptions } from '../../hooks/useEntityOptions';
import { HistoryFigure } from '../charts/HistoryFigure';
import { Panel } from '../shared/Panel';
import { CommunityScoreCard } from './CommunityScoreCard';
import { DashboardFiltersBar } from './DashboardFiltersBar';
import { LevelDistributionCard } from './LevelDistributionCard';
import { MoversCard } from './MoversCard';
import { RunPanel } from './RunPanel';
import { useDashboardSearchParams } from './useDashboardSearchParams';
import { WorstCard } from './WorstCard';

/**
 * `/community-health`: the community's score and level over time, the
 * distribution of levels, the biggest movers and the lowest scores, filtered
 * by kind, owner and partner (kept in the address), and the latest full
 * computation.
 */
export function HealthDashboardPage() {
  const api = useApi(communityHealthApiRef);
  const { filters, days, setFilters, setDays } = useDashboardSearchParams();
  const owners = useEntityOptions('group');
  const partners = useEntityOptions('partner');
  const dashboard = useAsyncRetry(
    () => api.getDashboard({ ...filters, days }),
    [api, filters, days],
  );
  const value = dashboard.value;

  return (
    <Content>
      <DashboardFiltersBar
        filters={filters}
        days={days}
        owners={owners.value ?? []}
        partners={partners.value ?? []}
        onChange={setFilters}
        onDaysChange={setDays}
      />
      {dashboard.loading && !value && <Progress />}
      {dashboard.error && <ResponseErrorPanel error={dashboard.error} />}
      {value && (
        <Grid container spacing={3}>
          <Grid item xs={12} md={5}>
            <CommunityScoreCard community={value.community} />
          </Grid>
          <Grid item xs={12} md={7}>
            <RunPanel
              latestRun={value.latestRun}
              onFinished={dashboard.retry}
            />
          </Grid>
          <Grid item xs={12} md={8}>
            <Panel title="Score over time">
              <HistoryFigure
                points={value.history}
                label="The community's score over time"
              />
            </Panel>
          </Grid>
          <Grid item xs={12} md={4}>
            <LevelDistributionCard distribution={value.levelDistribution} />
          </Grid>
          <Grid item xs={12} md={6}>
            <MoversCard movers={value.movers} days={days} />
          </Grid>
          <Grid item xs={12} md={6}>
            <WorstCard worst={value.worst} />
          </Grid>
        </Grid>
      )}
    </Content>
  );
}
