import { Link } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { quickLinks } from './quickLinks';
import { useCatalogCounts } from './useCatalogCounts';

const useStyles = makeStyles(theme => ({
  tile: {
    padding: theme.spacing(2),
    height: '100%',
    borderTop: `4px solid ${theme.palette.primary.main}`,
  },
  count: { color: theme.palette.text.secondary },
}));

/** Tiles that lead to the main areas of the portal, with live catalog counts. */
export function QuickLinksCard() {
  const classes = useStyles();
  const { value: counts } = useCatalogCounts();
  return (
    <Grid container spacing={2}>
      {quickLinks.map(link => {
        const count = link.countKind ? counts?.get(link.countKind) : undefined;
        return (
          <Grid item xs={12} sm={6} md={3} key={link.title}>
            <Paper className={classes.tile} variant="outlined">
              <Typography variant="h6">
                <Link to={link.to}>{link.title}</Link>
              </Typography>
              <Typography variant="body2">{link.description}</Typography>
              {count !== undefined && (
                <Typography variant="caption" className={classes.count}>
                  {count} {link.countNouns?.[count === 1 ? 0 : 1]}
                </Typography>
              )}
            </Paper>
          </Grid>
        );
      })}
    </Grid>
  );
}
