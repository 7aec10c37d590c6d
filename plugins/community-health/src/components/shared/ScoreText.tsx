import Typography, { TypographyProps } from '@material-ui/core/Typography';
import { formatScore } from '../../lib/format';

/** A 0-100 score as text: "72 / 100". */
export function ScoreText(props: {
  score: number;
  variant?: TypographyProps['variant'];
}) {
  return (
    <Typography
      variant={props.variant ?? 'h4'}
      component="span"
      data-testid="score"
    >
      {formatScore(props.score)}
    </Typography>
  );
}
