import { useParams } from 'react-router-dom';
import {
  Content,
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useQueues } from '../../hooks/useQueues';
import { isNotFound } from '../../lib/errors';
import { QuestionView } from './QuestionView';
import { useQuestionDetails } from './useQuestionDetails';

/** `/support/questions/:id`. */
export function QuestionPage() {
  const { id = '' } = useParams();
  const questionId = /^\d+$/.test(id) ? Number(id) : NaN;
  return (
    <Content>
      {Number.isNaN(questionId) ? (
        <EmptyState
          missing="info"
          title="No such question"
          description="Question numbers are whole numbers."
        />
      ) : (
        <LoadedQuestion id={questionId} />
      )}
    </Content>
  );
}

function LoadedQuestion(props: { id: number }) {
  const details = useQuestionDetails(props.id);
  const queues = useQueues();
  if (details.loading && !details.value) return <Progress />;
  if (details.error) {
    return isNotFound(details.error) ? (
      <EmptyState
        missing="info"
        title="Question not found"
        description="It does not exist, or you may not see it."
      />
    ) : (
      <ResponseErrorPanel error={details.error} />
    );
  }
  if (!details.value) return null;
  return (
    <QuestionView
      details={details.value}
      queues={queues.value ?? []}
      onChanged={details.retry}
    />
  );
}
