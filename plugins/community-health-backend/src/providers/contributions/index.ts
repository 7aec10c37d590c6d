export {
  createContributionsProvider,
  REPOSITORY_ANNOTATION,
} from './createContributionsProvider';
export {
  contributionMetricDefinitions,
  CONTRIBUTION_METRIC_IDS,
} from './contributionMetricDefinitions';
export {
  readRepositoriesConfig,
  DEFAULT_REPOSITORIES_DIRECTORY,
} from './repositoriesConfig';
export type { RepositoriesSettings } from './repositoriesConfig';
