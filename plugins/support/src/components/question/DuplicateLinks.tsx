import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import type { QuestionDetails } from '@community-hub/plugin-support-common';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { STATUS_LABELS } from '../../lib/labels';
import { faqEntryRouteRef, questionRouteRef } from '../../routes';

/** Links between duplicates, both ways, and to the FAQ entry made from this question. */
export function DuplicateLinks(props: { details: QuestionDetails }) {
  const { duplicateOf, duplicates, faqEntryId } = props.details;
  const questionLink = useRouteRef(questionRouteRef);
  const faqEntryLink = useRouteRef(faqEntryRouteRef);
  const linkTo = (id: number, title: string) =>
    questionLink ? (
      <Link to={questionLink({ id: String(id) })}>{title}</Link>
    ) : (
      title
    );
  if (!duplicateOf && duplicates.length === 0 && faqEntryId === undefined)
    return null;
  return (
    <Paper variant="outlined">
      <Box p={2}>
        {duplicateOf && (
          <Typography variant="body2">
            Closed as a duplicate of #{duplicateOf.id}:{' '}
            {linkTo(duplicateOf.id, duplicateOf.title)} (
            {STATUS_LABELS[duplicateOf.status]})
          </Typography>
        )}
        {duplicates.length > 0 && (
          <>
            <Typography variant="body2">
              Duplicates of this question:
            </Typography>
            <ul aria-label="Duplicates">
              {duplicates.map(duplicate => (
                <li key={duplicate.id}>
                  <Typography variant="body2">
                    #{duplicate.id}: {linkTo(duplicate.id, duplicate.title)}
                  </Typography>
                </li>
              ))}
            </ul>
          </>
        )}
        {faqEntryId !== undefined && faqEntryLink && (
          <Typography variant="body2">
            This question is in the FAQ:{' '}
            <Link to={faqEntryLink({ id: String(faqEntryId) })}>
              Open the FAQ entry
            </Link>
          </Typography>
        )}
      </Box>
    </Paper>
  );
}
