import { ReactNode, useMemo } from 'react';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import {
  createUnifiedTheme,
  genPageTheme,
  palettes,
  shapes,
  UnifiedThemeProvider,
} from '@backstage/theme';

const fallbackPrimary = '#0b6e4f';
const fallbackSecondary = '#f2a541';

function useBrandColors() {
  const config = useApi(configApiRef);
  return {
    primary: config.getOptionalString('communityHub.branding.primaryColor') ?? fallbackPrimary,
    secondary:
      config.getOptionalString('communityHub.branding.secondaryColor') ?? fallbackSecondary,
  };
}

/** Builds a theme from the community's brand colours in config. */
export function CommunityThemeProvider(props: {
  variant: 'light' | 'dark';
  children: ReactNode;
}) {
  const { primary, secondary } = useBrandColors();
  const theme = useMemo(() => {
    const base = props.variant === 'light' ? palettes.light : palettes.dark;
    const headerTheme = genPageTheme({ colors: [primary, secondary], shape: shapes.wave });
    return createUnifiedTheme({
      palette: {
        ...base,
        primary: { main: primary },
        secondary: { main: secondary },
        navigation: { ...base.navigation, indicator: secondary },
      },
      defaultPageTheme: 'home',
      pageTheme: {
        home: headerTheme,
        documentation: genPageTheme({ colors: [primary, '#2a9d8f'], shape: shapes.wave2 }),
        tool: headerTheme,
        service: headerTheme,
        website: headerTheme,
        library: headerTheme,
        other: headerTheme,
        app: headerTheme,
        apis: headerTheme,
      },
    });
  }, [primary, secondary, props.variant]);
  return <UnifiedThemeProvider theme={theme}>{props.children}</UnifiedThemeProvider>;
}
