import type {
  EntityScore,
  Scorecard,
} from '@community-hub/plugin-community-health-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import { levelGaps, levelTitle } from '../../lib/levels';

/**
 * The scorecard's levels, lowest first: which are reached, and for each one
 * not reached yet, the checks still in the way ("To reach Silver: ...").
 */
export function LevelsPanel(props: {
  scorecard: Scorecard;
  score: EntityScore | null;
}) {
  const { scorecard, score } = props;
  const gaps = new Map(
    levelGaps(scorecard, score?.level ?? null, score?.checks ?? []).map(gap => [
      gap.levelId,
      gap,
    ]),
  );
  const rollUpOnly = scorecard.checks.length === 0;

  return (
    <>
      {rollUpOnly && (
        <Typography variant="body2" paragraph>
          The level is the highest one that at least half of the entities rolled
          up reach.
        </Typography>
      )}
      <List dense aria-label="Levels">
        {scorecard.levels.map(level => {
          const gap = gaps.get(level.id);
          const reached = !!score && !gap;
          let detail: string;
          if (!score) detail = 'Not scored yet';
          else if (reached) detail = 'Reached';
          else if (rollUpOnly || !gap || gap.missing.length === 0)
            detail = 'Not reached';
          else {
            detail = `To reach ${levelTitle(level.id)}: ${gap.missing
              .map(check => check.title)
              .join(', ')}`;
          }
          const count = level.checks.length;
          return (
            <ListItem key={level.id} data-testid={`level-${level.id}`}>
              <ListItemIcon>
                {reached ? (
                  <CheckCircleIcon color="primary" aria-hidden />
                ) : (
                  <RadioButtonUncheckedIcon color="disabled" aria-hidden />
                )}
              </ListItemIcon>
              <ListItemText
                primary={level.title}
                secondary={
                  rollUpOnly
                    ? detail
                    : `${detail} (${count} ${
                        count === 1 ? 'check' : 'checks'
                      } at this level)`
                }
              />
            </ListItem>
          );
        })}
      </List>
    </>
  );
}
