import { useNavigate } from 'react-router-dom';
import {
  Content,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useQueues } from '../../hooks/useQueues';
import {
  askRouteRef,
  faqRouteRef,
  metricsRouteRef,
  questionsRouteRef,
} from '../../routes';
import { QueueTable } from './QueueTable';

const useStyles = makeStyles(theme => ({
  actions: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) },
}));

/** `/support`: what to do first, then every queue with its numbers. */
export function SupportHome() {
  const classes = useStyles();
  const navigate = useNavigate();
  const queues = useQueues();
  const links = {
    ask: useRouteRef(askRouteRef),
    questions: useRouteRef(questionsRouteRef),
    faq: useRouteRef(faqRouteRef),
    metrics: useRouteRef(metricsRouteRef),
  };
  const go = (link?: () => string) => () => link && navigate(link());

  return (
    <Content>
      <Box display="flex" flexWrap="wrap" alignItems="center" mb={2}>
        <Box flexGrow={1} mr={2}>
          <Typography variant="h5" component="h2">
            Get help from the community
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Ask in the right queue; each team answers within its response
            guideline.
          </Typography>
        </Box>
        <div className={classes.actions}>
          <Button variant="contained" color="primary" onClick={go(links.ask)}>
            Ask a question
          </Button>
          <Button variant="outlined" onClick={go(links.questions)}>
            All questions
          </Button>
          <Button variant="outlined" onClick={go(links.faq)}>
            FAQ
          </Button>
          <Button variant="outlined" onClick={go(links.metrics)}>
            Metrics
          </Button>
        </div>
      </Box>
      <Typography variant="h6" component="h3" gutterBottom>
        Queues
      </Typography>
      {queues.loading && <Progress />}
      {queues.error && <ResponseErrorPanel error={queues.error} />}
      {queues.value && queues.value.length === 0 && (
        <Typography variant="body2">No queues yet.</Typography>
      )}
      {queues.value && queues.value.length > 0 && (
        <Paper variant="outlined">
          <QueueTable queues={queues.value} />
        </Paper>
      )}
    </Content>
  );
}
