import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { MAX_BODY_LENGTH } from '../ask/validateQuestion';
import { MarkdownEditor } from '../shared/MarkdownEditor';

/** Writing an answer, with a preview. */
export function AnswerEditor(props: {
  busy: boolean;
  onPost(body: string): Promise<boolean>;
}) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const post = async () => {
    if (!body.trim()) {
      setError('Write an answer first.');
      return;
    }
    if (body.length > MAX_BODY_LENGTH) {
      setError(`Keep the answer under ${MAX_BODY_LENGTH} characters.`);
      return;
    }
    if (await props.onPost(body)) setBody('');
  };
  return (
    <Box component="section" mt={3}>
      <Typography variant="h6" component="h3" id="support-your-answer">
        Your answer
      </Typography>
      <MarkdownEditor
        id="support-answer"
        label="Answer"
        value={body}
        onChange={value => {
          setBody(value);
          setError(undefined);
        }}
        error={error}
      />
      <Button
        variant="contained"
        color="primary"
        onClick={post}
        disabled={props.busy}
      >
        Post answer
      </Button>
    </Box>
  );
}
