import { useNavigate } from 'react-router-dom';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { supportApiRef } from '../../api/supportApiRef';
import { askRouteRef, questionsRouteRef } from '../../routes';
import { QueueTable } from '../home/QueueTable';
import { QuestionTable } from '../shared/QuestionTable';

const HOW_MANY = 10;

/**
 * The Support tab of a package: the queues linked to it, its latest
 * questions, and an Ask button that pre-fills the queue and the entity.
 */
export function EntitySupportContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const supportApi = useApi(supportApiRef);
  const askLink = useRouteRef(askRouteRef);
  const questionsLink = useRouteRef(questionsRouteRef);
  const navigate = useNavigate();

  const data = useAsync(async () => {
    const [queues, questions] = await Promise.all([
      supportApi.listQueues(),
      supportApi.listQuestions({
        entityRef,
        sort: 'newest',
        limit: HOW_MANY,
      }),
    ]);
    return {
      allQueues: queues.items,
      linked: queues.items.filter(queue => queue.entityRef === entityRef),
      questions,
    };
  }, [supportApi, entityRef]);

  if (data.loading) return <Progress />;
  if (data.error) return <ResponseErrorPanel error={data.error} />;
  const { linked = [], allQueues = [], questions } = data.value ?? {};
  const name = entity.metadata.title ?? entity.metadata.name;
  const askParams = new URLSearchParams({ entityRef });
  if (linked[0]) askParams.set('queue', linked[0].id);
  const allHref = questionsLink
    ? `${questionsLink()}?${new URLSearchParams({ entity: entityRef })}`
    : undefined;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box display="flex" alignItems="center">
          <Box flexGrow={1}>
            <Typography variant="body1">
              Questions about {name} go to{' '}
              {linked.length > 0
                ? linked.map(queue => queue.title).join(', ')
                : 'the general queues'}
              .
            </Typography>
          </Box>
          {askLink && (
            <Button
              variant="contained"
              color="primary"
              onClick={() => navigate(`${askLink()}?${askParams}`)}
            >
              Ask a question
            </Button>
          )}
        </Box>
      </Grid>
      {linked.length > 0 && (
        <Grid item xs={12}>
          <InfoCard title="Support queues" noPadding>
            <QueueTable queues={linked} />
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard
          title="Recent questions"
          noPadding
          deepLink={
            allHref ? { title: 'All questions', link: allHref } : undefined
          }
        >
          {questions && questions.items.length > 0 ? (
            <QuestionTable
              questions={questions.items}
              queues={allQueues}
              label={`Questions about ${name}`}
            />
          ) : (
            <Box p={2}>
              <Typography variant="body2">
                No questions about {name} yet.
              </Typography>
            </Box>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
