import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { supportApiRef } from '../../api/supportApiRef';
import { fromNow } from '../../lib/time';
import { questionRouteRef, questionsRouteRef } from '../../routes';
import { DueBadge } from '../shared/DueBadge';

const useStyles = makeStyles(theme => ({
  footer: { marginTop: theme.spacing(1) },
}));

const HOW_MANY = 5;

/** The oldest open questions without a first response, for the home page. */
export function UnansweredQuestionsCard() {
  const classes = useStyles();
  const supportApi = useApi(supportApiRef);
  const questionLink = useRouteRef(questionRouteRef);
  const questionsLink = useRouteRef(questionsRouteRef);
  const unanswered = useAsync(
    () =>
      supportApi.listQuestions({
        status: ['open'],
        unanswered: true,
        sort: 'oldest',
        limit: HOW_MANY,
      }),
    [supportApi],
  );

  return (
    <div>
      {unanswered.loading && <Progress />}
      {unanswered.error && <ResponseErrorPanel error={unanswered.error} />}
      {unanswered.value?.items.length === 0 && (
        <Typography variant="body2">
          Every question has a response. Thank you!
        </Typography>
      )}
      {unanswered.value && unanswered.value.items.length > 0 && (
        <List dense aria-label="Unanswered questions">
          {unanswered.value.items.map(question => (
            <ListItem key={question.id} disableGutters>
              <ListItemText
                primary={
                  questionLink ? (
                    <Link to={questionLink({ id: String(question.id) })}>
                      {question.title}
                    </Link>
                  ) : (
                    question.title
                  )
                }
                secondary={`Asked ${fromNow(question.createdAt)}`}
              />
              <DueBadge question={question} />
            </ListItem>
          ))}
        </List>
      )}
      {questionsLink && (
        <Typography variant="body2" className={classes.footer}>
          <Link
            to={`${questionsLink()}?${new URLSearchParams({
              unanswered: 'true',
              status: 'open',
              sort: 'oldest',
            })}`}
          >
            {unanswered.value && unanswered.value.totalCount > HOW_MANY
              ? `All ${unanswered.value.totalCount} unanswered questions`
              : 'All unanswered questions'}
          </Link>
        </Typography>
      )}
    </div>
  );
}
