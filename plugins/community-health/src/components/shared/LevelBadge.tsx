import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { LEVEL_COLOURS, levelTitle } from '../../lib/levels';

const useStyles = makeStyles({
  badge: { fontWeight: 600 },
});

/**
 * An entity's level as a coloured badge with its short name ("Gold",
 * "Silver", "Bronze"), or an outlined "No level" below the lowest.
 */
export function LevelBadge(props: {
  level: string | null;
  size?: 'small' | 'medium';
}) {
  const classes = useStyles();
  const colours = props.level ? LEVEL_COLOURS[props.level] : undefined;
  const title = levelTitle(props.level);
  if (!props.level) {
    return (
      <Chip
        size={props.size ?? 'small'}
        variant="outlined"
        label={title}
        className={classes.badge}
        data-testid="level-badge"
      />
    );
  }
  return (
    <Chip
      size={props.size ?? 'small'}
      color={colours ? undefined : 'primary'}
      label={title}
      className={classes.badge}
      style={
        colours
          ? { backgroundColor: colours.background, color: colours.text }
          : undefined
      }
      data-testid="level-badge"
    />
  );
}
