export interface Config {
  communityHub?: {
    /** Where what people create from templates goes. */
    createdContent?: {
      /**
       * `portal` (default): the portal keeps created entities in its database and
       * serves them to the catalog, and commits package skeletons to git
       * repositories under `directory`. `pull-request`: templates open a pull
       * request against `pullRequest.repoUrl` instead.
       */
      publish?: 'portal' | 'pull-request';
      /** The directory for created package skeletons, relative to the backend's working directory (default ../../data/created). */
      directory?: string;
      pullRequest?: {
        /** The community repository, e.g. github.com?owner=kestrel-project&repo=community */
        repoUrl?: string;
      };
    };
  };
}
