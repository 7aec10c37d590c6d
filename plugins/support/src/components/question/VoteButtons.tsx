import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import ArrowDropDownIcon from '@material-ui/icons/ArrowDropDown';
import ArrowDropUpIcon from '@material-ui/icons/ArrowDropUp';

/** Up and down votes with the score between; a second click takes the vote back. */
export function VoteButtons(props: {
  score: number;
  myVote: number;
  disabled?: boolean;
  onVote(value: 1 | -1 | 0): void;
}) {
  const { myVote } = props;
  return (
    <Box
      display="flex"
      flexDirection="column"
      alignItems="center"
      role="group"
      aria-label="Votes"
    >
      <IconButton
        size="small"
        aria-label="Vote up"
        aria-pressed={myVote === 1}
        color={myVote === 1 ? 'primary' : 'default'}
        disabled={props.disabled}
        onClick={() => props.onVote(myVote === 1 ? 0 : 1)}
      >
        <ArrowDropUpIcon fontSize="large" />
      </IconButton>
      <Typography variant="h6" component="span" aria-label="Score">
        {props.score}
      </Typography>
      <IconButton
        size="small"
        aria-label="Vote down"
        aria-pressed={myVote === -1}
        color={myVote === -1 ? 'primary' : 'default'}
        disabled={props.disabled}
        onClick={() => props.onVote(myVote === -1 ? 0 : -1)}
      >
        <ArrowDropDownIcon fontSize="large" />
      </IconButton>
    </Box>
  );
}
