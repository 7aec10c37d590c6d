import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { supportApiRef } from '../../api/supportApiRef';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { STATUS_LABELS } from '../../lib/labels';
import { questionRouteRef } from '../../routes';

/** Typing pauses this long before similar questions are looked up. */
export const SIMILAR_DELAY_MS = 500;
const MIN_LENGTH = 4;

/** Existing questions like the draft title, so people find an answer or avoid a duplicate. */
export function SimilarQuestions(props: { title: string; queueId?: string }) {
  const supportApi = useApi(supportApiRef);
  const questionLink = useRouteRef(questionRouteRef);
  const title = useDebouncedValue(props.title.trim(), SIMILAR_DELAY_MS);
  const similar = useAsync(async () => {
    if (title.length < MIN_LENGTH) return [];
    try {
      const { items } = await supportApi.findSimilarQuestions(
        title,
        props.queueId || undefined,
      );
      return items;
    } catch {
      return [];
    }
  }, [supportApi, title, props.queueId]);

  if (!similar.value || similar.value.length === 0) return null;
  return (
    <Paper variant="outlined" component="section">
      <List
        dense
        subheader={
          <Typography variant="subtitle2" component="h3" style={{ padding: 8 }}>
            Similar questions
          </Typography>
        }
      >
        {similar.value.map(question => (
          <ListItem key={question.id}>
            <ListItemText
              primary={
                questionLink ? (
                  <Link
                    to={questionLink({ id: String(question.id) })}
                    target="_blank"
                  >
                    {question.title}
                  </Link>
                ) : (
                  question.title
                )
              }
              secondary={`${STATUS_LABELS[question.status]} · ${
                question.answerCount
              } answers`}
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}
