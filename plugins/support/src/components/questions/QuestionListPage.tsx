import { useNavigate } from 'react-router-dom';
import {
  Content,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import TablePagination from '@material-ui/core/TablePagination';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { supportApiRef } from '../../api/supportApiRef';
import { useQueues } from '../../hooks/useQueues';
import { askRouteRef } from '../../routes';
import { QuestionTable } from '../shared/QuestionTable';
import { QuestionFiltersBar } from './QuestionFiltersBar';
import {
  PAGE_SIZE,
  toQuestionQuery,
  useQuestionSearchParams,
} from './useQuestionSearchParams';

/** `/support/questions`: filters, the matching questions and paging. */
export function QuestionListPage() {
  const supportApi = useApi(supportApiRef);
  const askLink = useRouteRef(askRouteRef);
  const navigate = useNavigate();
  const { filters, page, setFilters, setPage } = useQuestionSearchParams();
  const queues = useQueues();
  const query = toQuestionQuery(filters, page);
  const queryKey = JSON.stringify(query);
  const questions = useAsync(
    () => supportApi.listQuestions(JSON.parse(queryKey)),
    [supportApi, queryKey],
  );
  const total = questions.value?.totalCount;

  return (
    <Content>
      <Box display="flex" alignItems="center" mb={2}>
        <Box flexGrow={1}>
          <Typography variant="h5" component="h2">
            Questions
          </Typography>
        </Box>
        {askLink && (
          <Button
            variant="contained"
            color="primary"
            onClick={() =>
              navigate(
                filters.queue
                  ? `${askLink()}?${new URLSearchParams({
                      queue: filters.queue,
                    })}`
                  : askLink(),
              )
            }
          >
            Ask a question
          </Button>
        )}
      </Box>
      <Box mb={2}>
        <QuestionFiltersBar
          filters={filters}
          queues={queues.value ?? []}
          onChange={setFilters}
        />
      </Box>
      {questions.error && <ResponseErrorPanel error={questions.error} />}
      {questions.loading && <Progress />}
      {!questions.loading && questions.value && (
        <Paper variant="outlined">
          <Box px={2} pt={1}>
            <Typography variant="body2" role="status">
              {total === 1 ? '1 question' : `${total} questions`}
            </Typography>
          </Box>
          {questions.value.items.length === 0 ? (
            <Box p={2}>
              <Typography variant="body2">
                No questions match these filters.
              </Typography>
            </Box>
          ) : (
            <QuestionTable
              questions={questions.value.items}
              queues={queues.value}
              label="Questions"
            />
          )}
          <TablePagination
            component="div"
            count={total ?? 0}
            page={page - 1}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[PAGE_SIZE]}
            onPageChange={(_, next) => setPage(next + 1)}
          />
        </Paper>
      )}
    </Content>
  );
}
