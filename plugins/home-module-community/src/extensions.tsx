import {
  HomePageLayoutBlueprint,
  HomePageWidgetBlueprint,
} from '@backstage/plugin-home-react/alpha';

/** The community front page layout: name, purpose, then the widgets. */
export const communityHomeLayout = HomePageLayoutBlueprint.make({
  params: {
    loader: async () =>
      import('./components/CommunityHomeLayout').then(m => m.CommunityHomeLayout),
  },
});

/** Tiles leading to packages, partners, governance, learning and templates. */
export const quickLinksWidget = HomePageWidgetBlueprint.make({
  name: 'community-quick-links',
  params: {
    name: 'CommunityQuickLinks',
    title: 'Explore the community',
    description: 'Packages, partners, governance, learning and templates',
    layout: { width: { defaultColumns: 12 } },
    components: async () => {
      const { QuickLinksCard } = await import('./components/QuickLinksCard');
      return { Content: QuickLinksCard };
    },
  },
});
