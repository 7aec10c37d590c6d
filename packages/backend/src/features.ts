/**
 * The backend's features in three groups, so that the benchmark can run the
 * same Backstage plugins with and without what the community adds.
 */

/** Backstage's own plugins and modules, without a permission policy. */
export const backstageFeatures = [
  import('@backstage/plugin-app-backend'),
  import('@backstage/plugin-proxy-backend'),

  // Sign-in: GitHub in production
  import('@backstage/plugin-auth-backend'),
  import('@backstage/plugin-auth-backend-module-github-provider'),

  import('@backstage/plugin-catalog-backend'),
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
  import('@backstage/plugin-catalog-backend-module-logs'),

  import('@backstage/plugin-permission-backend'),

  import('@backstage/plugin-scaffolder-backend'),
  import('@backstage/plugin-scaffolder-backend-module-github'),
  import('@backstage/plugin-scaffolder-backend-module-notifications'),

  import('@backstage/plugin-techdocs-backend'),

  // Search: Lunr in memory on SQLite, the PostgreSQL engine when on PostgreSQL
  import('@backstage/plugin-search-backend'),
  import('@backstage/plugin-search-backend-module-pg'),
  import('@backstage/plugin-search-backend-module-catalog'),
  import('@backstage/plugin-search-backend-module-techdocs'),

  // The event bus carries catalog and signal events between replicas
  import('@backstage/plugin-events-backend'),

  import('@backstage/plugin-user-settings-backend'),
  import('@backstage/plugin-notifications-backend'),
  import('@backstage/plugin-signals-backend'),
  import('@backstage/plugin-mcp-actions-backend'),
];

/** Sign-in as any catalog user; inactive unless configured, never in production. */
export const demoSignInFeature = import(
  '@community-hub/plugin-auth-backend-module-demo-provider'
);

/** What the community adds: its catalog kinds, its permission policy and its plugins. */
export const communityFeatures = [
  import('@community-hub/plugin-catalog-backend-module-community'),
  import('@community-hub/plugin-permission-backend-module-community-policy'),
  import('@community-hub/plugin-calendar-backend'),
  import('@community-hub/plugin-support-backend'),
  import('@community-hub/plugin-search-backend-module-support'),
  import('@community-hub/plugin-community-health-backend'),
  import('@community-hub/plugin-scaffolder-backend-module-community'),
];
