import { useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Content,
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  alertApiRef,
  useApi,
  useRouteRef,
} from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { supportApiRef } from '../../api/supportApiRef';
import { isNotFound } from '../../lib/errors';
import { formatDate } from '../../lib/time';
import { faqEntryRouteRef, questionRouteRef } from '../../routes';
import { SafeMarkdown } from '../shared/SafeMarkdown';
import { faqMarkdownLink } from './faqMarkdownLink';

/** `/support/faq/:id`: one entry, its source question and a link to copy into docs. */
export function FaqEntryPage() {
  const { id = '' } = useParams();
  const supportApi = useApi(supportApiRef);
  const alertApi = useApi(alertApiRef);
  const entryLink = useRouteRef(faqEntryRouteRef);
  const questionLink = useRouteRef(questionRouteRef);
  const [copied, setCopied] = useState(false);
  const entry = useAsync(async () => {
    if (!/^\d+$/.test(id)) return undefined;
    return supportApi.getFaqEntry(Number(id));
  }, [supportApi, id]);

  if (entry.loading) return <Progress />;
  if (entry.error && !isNotFound(entry.error)) {
    return (
      <Content>
        <ResponseErrorPanel error={entry.error} />
      </Content>
    );
  }
  if (!entry.value) {
    return (
      <Content>
        <EmptyState missing="info" title="FAQ entry not found" />
      </Content>
    );
  }
  const faq = entry.value;
  const permalink = entryLink
    ? new URL(entryLink({ id: String(faq.id) }), window.location.origin).href
    : window.location.href;
  const markdown = faqMarkdownLink(faq.title, permalink);
  const copy = async () => {
    try {
      await window.navigator.clipboard.writeText(markdown);
      setCopied(true);
    } catch {
      alertApi.post({
        message: 'Could not copy. Select the link text and copy it.',
        severity: 'warning',
      });
    }
  };

  return (
    <Content>
      <Typography variant="h4" component="h2" gutterBottom>
        {faq.title}
      </Typography>
      <Paper variant="outlined" component="section">
        <Box p={2}>
          <Typography variant="h6" component="h3">
            Question
          </Typography>
          <SafeMarkdown content={faq.question} />
        </Box>
      </Paper>
      <Box mt={2}>
        <Paper variant="outlined" component="section">
          <Box p={2}>
            <Typography variant="h6" component="h3">
              Answer
            </Typography>
            <SafeMarkdown content={faq.answer} />
          </Box>
        </Paper>
      </Box>
      <Box mt={2}>
        <Typography variant="body2" color="textSecondary">
          Updated {formatDate(faq.updatedAt)}.{' '}
          {questionLink && (
            <Link to={questionLink({ id: String(faq.questionId) })}>
              See the original question
            </Link>
          )}
        </Typography>
      </Box>
      <Box mt={2} display="flex" alignItems="center" style={{ gap: 8 }}>
        <TextField
          id="support-faq-markdown-link"
          label="Markdown link for docs"
          variant="outlined"
          size="small"
          fullWidth
          value={markdown}
          InputProps={{ readOnly: true }}
          onFocus={e => e.target.select()}
        />
        <Button variant="outlined" onClick={copy}>
          {copied ? 'Copied' : 'Copy Markdown link'}
        </Button>
      </Box>
    </Content>
  );
}
