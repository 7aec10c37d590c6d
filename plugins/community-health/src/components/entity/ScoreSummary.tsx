import type { EntityScore } from '@community-hub/plugin-community-health-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { formatInstant } from '../../lib/format';
import { LevelBadge } from '../shared/LevelBadge';
import { RollUpSummary } from '../shared/RollUpSummary';
import { ScoreText } from '../shared/ScoreText';

/** The entity's level badge, score, when it was computed and what it rolls up. */
export function ScoreSummary(props: { score: EntityScore | null }) {
  const { score } = props;
  if (!score) {
    return (
      <Typography variant="body2">
        Not scored yet: scores appear after the next full computation, or right
        away with "Recompute now".
      </Typography>
    );
  }
  return (
    <Box>
      <Box display="flex" alignItems="center" gridGap={16} mb={1}>
        <ScoreText score={score.score} />
        <LevelBadge level={score.level} size="medium" />
      </Box>
      <RollUpSummary score={score} />
      <Typography variant="caption" color="textSecondary">
        Computed {formatInstant(score.computedAt)} with version{' '}
        {score.scorecardVersion} of the scorecard
      </Typography>
    </Box>
  );
}
