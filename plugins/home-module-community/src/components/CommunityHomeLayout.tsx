import { Content, Header, Page } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import type { HomePageLayoutProps } from '@backstage/plugin-home-react/alpha';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';

/** Half-width widgets shown first, by name: the community calendar's next events. */
const LEADING_WIDGETS = ['UpcomingEvents'];

/**
 * The community's front page: its name and purpose from config, then every
 * installed home widget, each in its own card.
 */
export function CommunityHomeLayout(props: HomePageLayoutProps) {
  const isFullWidth = (widget: HomePageLayoutProps['widgets'][number]) =>
    widget.layout?.width?.defaultColumns === 12;
  const isLeading = (widget: HomePageLayoutProps['widgets'][number]) =>
    LEADING_WIDGETS.includes(widget.name ?? '');
  // Full-width widgets (the quick links) lead, then the upcoming events; the rest keep their order.
  const widgets = [
    ...props.widgets.filter(isFullWidth),
    ...props.widgets.filter(w => !isFullWidth(w) && isLeading(w)),
    ...props.widgets.filter(w => !isFullWidth(w) && !isLeading(w)),
  ];
  const config = useApi(configApiRef);
  const name =
    config.getOptionalString('communityHub.branding.name') ??
    config.getOptionalString('app.title') ??
    'Community Hub';
  const tagline = config.getOptionalString('communityHub.branding.tagline');
  return (
    <Page themeId="home">
      <Header title={name} subtitle="Welcome" />
      <Content>
        {tagline && (
          <Typography variant="h6" component="p" paragraph>
            {tagline}
          </Typography>
        )}
        <Grid container spacing={3}>
          {widgets.map(widget => (
            <Grid
              item
              xs={12}
              md={isFullWidth(widget) ? 12 : 6}
              key={widget.node.spec.id}
            >
              {widget.component}
            </Grid>
          ))}
        </Grid>
      </Content>
    </Page>
  );
}
