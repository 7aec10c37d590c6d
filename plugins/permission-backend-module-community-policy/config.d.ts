export interface Config {
  communityHub?: {
    templates?: {
      /**
       * `audience` (default): a template labelled `communityhub.dev/audience` is
       * shown only to that role (and community managers); every catalog read of
       * other people then carries a condition, which costs large catalogs
       * throughput. `everyone`: every template is shown to everyone; running one
       * still needs the role.
       */
      visibility?: 'audience' | 'everyone';
    };
    /**
     * Community roles, each granted to the members of the listed catalog
     * groups. Refs may omit the kind (defaults to `group`) and the namespace
     * (defaults to `default`). A role that is not configured keeps its default.
     */
    roles?: {
      /**
       * Groups whose members may do everything in the portal.
       * Defaults to `[group:default/community-managers]`.
       */
      communityManagers?: string[];
      /**
       * Groups whose members may register entities and locations, create
       * packages and delete the entities their groups own.
       * Defaults to `[group:default/core-maintainers, group:default/tooling-maintainers]`.
       */
      maintainers?: string[];
      /**
       * Groups whose members may import events into drafts and create events
       * and content items.
       * Defaults to `[group:default/event-organisers]`.
       */
      eventOrganisers?: string[];
      /**
       * Groups whose members may create learning paths and courses.
       * Defaults to `[group:default/educators]`.
       */
      educators?: string[];
      /**
       * Groups whose members triage every public support question: they may
       * moderate public questions of any queue, as each queue's own team may
       * for its queue.
       * Defaults to `[group:default/support-team]`.
       */
      supportTeam?: string[];
    };
  };
}
