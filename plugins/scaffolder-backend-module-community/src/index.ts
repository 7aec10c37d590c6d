/**
 * Scaffolder actions for the community templates: checking a form against
 * the catalog, committing skeletons, keeping created entities in the portal,
 * and choosing where created things go.
 *
 * @packageDocumentation
 */
export { scaffolderModuleCommunity as default } from './module';
