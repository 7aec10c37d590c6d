import { MetricDefinition } from '@community-hub/plugin-community-health-common';
import { INDEPENDENT_EMAIL_DOMAINS } from './organizations';

/** The ids of the metrics read from git history. */
export const CONTRIBUTION_METRIC_IDS = {
  contributorAbsenceFactor: 'contributions.contributor-absence-factor',
  elephantFactor: 'contributions.elephant-factor',
  newContributors: 'contributions.new-contributors',
  activeContributors: 'contributions.active-contributors',
  releaseFrequency: 'contributions.release-frequency',
} as const;

const COMMON_RULES =
  'Commits are those reachable from the default branch (merges followed into all their parents), ' +
  'dated by their author date; a commit is in the window when it was authored within the window ' +
  'days before the computation (later than now minus the window, not later than now). ' +
  'Authors are the same person when their email addresses match ignoring case (an author without ' +
  'an email is identified by name). Bot accounts (a name or email local part ending in "[bot]") ' +
  'are not contributors and their commits are not counted.';

/**
 * The published definitions of the contribution metrics. A changed formula
 * gets a new version.
 */
export const contributionMetricDefinitions: MetricDefinition[] = [
  {
    id: CONTRIBUTION_METRIC_IDS.contributorAbsenceFactor,
    version: '1',
    title: 'Contributor absence factor',
    description:
      'How few people the recent work depends on: the smallest number of contributors who made half of the commits in the window.',
    unit: 'count',
    source: 'contributions',
    definition:
      'Count the commits of each contributor in the window, sort the contributors by count from ' +
      'most to fewest and add them up until the sum reaches at least 50% of all commits in the ' +
      'window; the number of contributors added is the value. Without commits in the window the ' +
      `value is 0. ${COMMON_RULES}`,
    reference: 'https://chaoss.community/kb/metric-contributor-absence-factor/',
  },
  {
    id: CONTRIBUTION_METRIC_IDS.elephantFactor,
    version: '1',
    title: 'Elephant factor',
    description:
      'How few organizations the recent work depends on: the smallest number of organizations whose people made half of the commits in the window.',
    unit: 'count',
    source: 'contributions',
    definition: [
      'Map each author to an organization by the domain of their email: a Partner whose',
      'spec.emailDomains lists the domain or a parent of it is the organization (the most specific',
      'listed domain wins; a domain listed by several partners belongs to the partner whose entity',
      `ref sorts first); a free-mail or no-reply domain (${INDEPENDENT_EMAIL_DOMAINS.join(
        ', ',
      )},`,
      'or a subdomain of one), a domain without a dot, or a missing email makes the author an',
      'independent contributor who counts as an organization of their own; any other domain is an',
      'organization by itself. Count the commits of each organization in the window, sort from',
      'most to fewest and add them up until the sum reaches at least 50% of all commits in the',
      'window; the number of organizations added is the value (0 without commits).',
      COMMON_RULES,
    ].join(' '),
    reference: 'https://chaoss.community/kb/metric-elephant-factor/',
  },
  {
    id: CONTRIBUTION_METRIC_IDS.newContributors,
    version: '1',
    title: 'New contributors',
    description:
      'People who made their first commit to the repository in the window.',
    unit: 'count',
    source: 'contributions',
    definition:
      "The number of contributors whose earliest commit in the repository's whole history falls in " +
      `the window. ${COMMON_RULES}`,
    reference: 'https://chaoss.community/kb/metric-new-contributors/',
  },
  {
    id: CONTRIBUTION_METRIC_IDS.activeContributors,
    version: '1',
    title: 'Active contributors',
    description: 'People who made at least one commit in the window.',
    unit: 'count',
    source: 'contributions',
    definition: `The number of distinct contributors with at least one commit in the window. ${COMMON_RULES}`,
    reference: 'https://chaoss.community/kb/metric-contributors/',
  },
  {
    id: CONTRIBUTION_METRIC_IDS.releaseFrequency,
    version: '1',
    title: 'Release frequency',
    description: 'Releases per month (30 days) over the window.',
    unit: 'per-month',
    source: 'contributions',
    definition:
      'Releases are the tags whose name ends in a version number (major.minor with an optional ' +
      'patch and pre-release or build suffix, after an optional prefix such as "v" or ' +
      '"@kestrel/flow@": v1.4.0, 2.0.0-rc.1); other tags are not releases. A release is in the ' +
      "window when the annotated tag's date (for a lightweight tag, the tagged commit's committer " +
      'date) falls within the window days before the computation. The value is the number of ' +
      'releases in the window times 30 divided by the window in days, rounded to two decimals ' +
      '(3 releases in 90 days: 1 per month).',
    reference: 'https://chaoss.community/kb/metric-release-frequency/',
  },
];
