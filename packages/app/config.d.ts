export interface Config {
  communityHub?: {
    branding?: {
      /**
       * The community's name, shown on the home page and in the sidebar.
       * @visibility frontend
       */
      name?: string;
      /**
       * A short form of the name for the sidebar; defaults to the name.
       * @visibility frontend
       */
      shortName?: string;
      /**
       * One or two sentences on what the community is for.
       * @visibility frontend
       */
      tagline?: string;
      /**
       * URL of a logo image for the sidebar; a generated mark is used when unset.
       * @visibility frontend
       */
      logoUrl?: string;
      /**
       * Main brand colour, a CSS colour such as '#0b6e4f'.
       * @visibility frontend
       */
      primaryColor?: string;
      /**
       * Accent colour, a CSS colour.
       * @visibility frontend
       */
      secondaryColor?: string;
    };
    signIn?: {
      /**
       * 'demo' lets people pick any catalog user (development only);
       * 'github' signs in with GitHub.
       * @visibility frontend
       */
      provider?: 'demo' | 'github';
    };
  };
}
