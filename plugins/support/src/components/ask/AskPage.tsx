import { useNavigate, useSearchParams } from 'react-router-dom';
import {
  Content,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import { useQueues } from '../../hooks/useQueues';
import { questionRouteRef } from '../../routes';
import { AskForm } from './AskForm';

/** `/support/ask`; `?queue=` and `?entityRef=` pre-fill the form. */
export function AskPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const questionLink = useRouteRef(questionRouteRef);
  const queues = useQueues();

  return (
    <Content>
      <Typography variant="h5" component="h2" gutterBottom>
        Ask a question
      </Typography>
      {queues.loading && <Progress />}
      {queues.error && <ResponseErrorPanel error={queues.error} />}
      {queues.value && (
        <AskForm
          queues={queues.value}
          initialQueueId={params.get('queue') ?? undefined}
          initialEntityRef={params.get('entityRef') ?? undefined}
          onCreated={question =>
            questionLink && navigate(questionLink({ id: String(question.id) }))
          }
        />
      )}
    </Content>
  );
}
