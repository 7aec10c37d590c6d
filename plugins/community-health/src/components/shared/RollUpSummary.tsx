import type { EntityScore } from '@community-hub/plugin-community-health-common';
import Typography from '@material-ui/core/Typography';
import { formatNumber } from '../../lib/format';
import { levelTitle, orderLevels } from '../../lib/levels';

/**
 * What a roll-up was made of: "Rolled up from 14 entities: 2 Gold, 5 Silver,
 * 4 Bronze, 3 No level."
 */
export function rollUpText(rollUp: NonNullable<EntityScore['rollUp']>): string {
  const { entityCount, levelCounts } = rollUp;
  if (entityCount === 0) return 'Rolled up from no entities yet.';
  const parts = orderLevels(Object.keys(levelCounts))
    .reverse()
    .filter(level => levelCounts[level] > 0)
    .map(level => `${formatNumber(levelCounts[level])} ${levelTitle(level)}`);
  const noun = entityCount === 1 ? 'entity' : 'entities';
  return `Rolled up from ${formatNumber(entityCount)} ${noun}: ${parts.join(
    ', ',
  )}.`;
}

/** The roll-up of a group, partner or the community, in a sentence. */
export function RollUpSummary(props: { score: EntityScore }) {
  const { rollUp } = props.score;
  if (!rollUp) return null;
  return (
    <Typography variant="body2" data-testid="roll-up">
      {rollUpText(rollUp)}
    </Typography>
  );
}
