import { Link } from '@backstage/core-components';
import type { ResultHighlight } from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import type { JSX } from 'react';

/** Fields a support search document may carry beyond title, text and location. */
interface SupportDocument {
  title: string;
  text: string;
  location: string;
  status?: string;
  queueId?: string;
  tags?: string[];
}

/** A support question or FAQ entry in the search results. */
export function SupportSearchResultListItem(props: {
  result?: SupportDocument | { title: string; text: string; location: string };
  type?: string;
  highlight?: ResultHighlight;
  icon?: JSX.Element;
  lineClamp?: number;
}) {
  const result = props.result as SupportDocument | undefined;
  if (!result) return null;
  const isFaq =
    props.type === 'support-faq' ||
    (props.type === undefined && result.location.includes('/support/faq/'));
  const highlighted = (field: 'title' | 'text') => {
    const text = props.highlight?.fields?.[field];
    return text ? (
      <HighlightedSearchResultText
        text={text}
        preTag={props.highlight!.preTag}
        postTag={props.highlight!.postTag}
      />
    ) : (
      result[field]
    );
  };
  const excerpt =
    result.text.length > 300 && !props.highlight?.fields?.text
      ? `${result.text.slice(0, 300)}…`
      : highlighted('text');

  return (
    <>
      {props.icon && <ListItemIcon>{props.icon}</ListItemIcon>}
      <Box flexGrow={1}>
        <ListItemText
          primaryTypographyProps={{ variant: 'h6' }}
          primary={<Link to={result.location}>{highlighted('title')}</Link>}
          secondary={excerpt}
        />
        <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
          <Chip size="small" label={isFaq ? 'FAQ' : 'Question'} />
          {result.status && (
            <Chip size="small" variant="outlined" label={result.status} />
          )}
          {result.queueId && (
            <Chip size="small" variant="outlined" label={result.queueId} />
          )}
        </Box>
      </Box>
    </>
  );
}
