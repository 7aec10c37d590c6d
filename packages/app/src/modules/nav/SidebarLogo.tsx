import { Link, sidebarConfig, useSidebarOpenState } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  root: {
    width: sidebarConfig.drawerWidthClosed,
    height: 3 * sidebarConfig.logoHeight,
    display: 'flex',
    flexFlow: 'row nowrap',
    alignItems: 'center',
    marginBottom: -14,
  },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: 10,
    marginLeft: 22,
    color: theme.palette.navigation?.selectedColor ?? '#fff',
    textDecoration: 'none',
    whiteSpace: 'nowrap',
    fontWeight: 700,
    fontSize: 18,
  },
  image: { height: 28, width: 28 },
}));

/** The community's logo (from config, or a mark drawn from its initial) and name. */
export function SidebarLogo() {
  const classes = useStyles();
  const { isOpen } = useSidebarOpenState();
  const config = useApi(configApiRef);
  const name =
    config.getOptionalString('communityHub.branding.shortName') ??
    config.getOptionalString('communityHub.branding.name') ??
    'Community Hub';
  const logoUrl = config.getOptionalString('communityHub.branding.logoUrl');
  const color = config.getOptionalString('communityHub.branding.secondaryColor') ?? '#f2a541';
  return (
    <div className={classes.root}>
      <Link to="/" underline="none" className={classes.link} aria-label="Home">
        {logoUrl ? (
          <img src={logoUrl} alt="" className={classes.image} />
        ) : (
          <svg viewBox="0 0 28 28" className={classes.image} aria-hidden>
            <circle cx="14" cy="14" r="13" fill={color} />
            <text x="14" y="19" textAnchor="middle" fontSize="14" fontWeight="700" fill="#1b1b1b">
              {name.charAt(0)}
            </text>
          </svg>
        )}
        {isOpen && <span>{name}</span>}
      </Link>
    </div>
  );
}
