import { Content } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { FeedTokensPanel } from './FeedTokensPanel';
import { ImportIcsPanel } from './ImportIcsPanel';

/** Feeds for calendar apps, and the `.ics` import for organisers. */
export function SubscribePage() {
  return (
    <Content>
      <Grid container spacing={3}>
        <Grid item xs={12} lg={7}>
          <FeedTokensPanel />
        </Grid>
        <Grid item xs={12} lg={5}>
          <ImportIcsPanel />
        </Grid>
      </Grid>
    </Content>
  );
}
