import type { EntityScore } from '@community-hub/plugin-community-health-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { formatInstant } from '../../lib/format';
import { LevelBadge } from '../shared/LevelBadge';
import { Panel } from '../shared/Panel';
import { RollUpSummary } from '../shared/RollUpSummary';
import { ScoreText } from '../shared/ScoreText';

/** The community's own score and level, and what it was rolled up from. */
export function CommunityScoreCard(props: { community: EntityScore | null }) {
  const { community } = props;
  return (
    <Panel title="Community score">
      {community ? (
        <>
          <Box display="flex" alignItems="center" gridGap={16} mb={1}>
            <ScoreText score={community.score} />
            <LevelBadge level={community.level} size="medium" />
          </Box>
          <RollUpSummary score={community} />
          <Typography variant="caption" color="textSecondary">
            Computed {formatInstant(community.computedAt)}
          </Typography>
        </>
      ) : (
        <Typography variant="body2">
          The community has no score yet: it appears after the first full
          computation.
        </Typography>
      )}
    </Panel>
  );
}
