import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { SafeMarkdown } from './SafeMarkdown';

const useStyles = makeStyles(theme => ({
  preview: {
    minHeight: theme.spacing(12),
    padding: theme.spacing(1, 2),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
}));

/** A Markdown text area with Write and Preview tabs. */
export function MarkdownEditor(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  helperText?: string;
  minRows?: number;
  disabled?: boolean;
}) {
  const classes = useStyles();
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  return (
    <Box>
      <Tabs
        value={tab}
        onChange={(_, value) => setTab(value)}
        aria-label="Editor mode"
        indicatorColor="primary"
      >
        <Tab value="write" label="Write" id={`${props.id}-write-tab`} />
        <Tab value="preview" label="Preview" id={`${props.id}-preview-tab`} />
      </Tabs>
      {tab === 'write' ? (
        <TextField
          id={props.id}
          label={props.label}
          value={props.value}
          onChange={e => props.onChange(e.target.value)}
          multiline
          minRows={props.minRows ?? 6}
          fullWidth
          variant="outlined"
          margin="dense"
          disabled={props.disabled}
          error={!!props.error}
          helperText={
            props.error ?? props.helperText ?? 'Markdown is supported.'
          }
        />
      ) : (
        <Box
          className={classes.preview}
          mt={1}
          role="region"
          aria-label="Preview"
        >
          {props.value.trim() ? (
            <SafeMarkdown content={props.value} />
          ) : (
            <Typography variant="body2" color="textSecondary">
              Nothing to preview.
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}
