export interface Config {
  techdocs?: {
    generator?: {
      mkdocs?: {
        /**
         * Build docs with plain mkdocs, without the techdocs-core plugin (which
         * Debian does not package). Read by the TechDocs generator.
         */
        omitTechdocsCorePlugin?: boolean;
      };
    };
  };
}
