import type { MetricDefinition } from '@community-hub/plugin-community-health-common';

/** The annotation that marks a person as no longer active (`'true'`). */
export const INACTIVE_ANNOTATION = 'communityhub.dev/inactive';

const catalog = (
  definition: Omit<MetricDefinition, 'source' | 'version'>,
): MetricDefinition => ({ source: 'catalog', version: '1', ...definition });

/** The metrics read from the catalog entry of each package and partner. */
export const catalogMetricDefinitions: MetricDefinition[] = [
  catalog({
    id: 'catalog.has-owner',
    title: 'Has an owner',
    description: 'Whether the entity names an owner the catalog knows.',
    unit: 'boolean',
    definition:
      '1 when `spec.owner` (the `ownedBy` relation) names a Group or User that exists in the catalog, otherwise 0.',
  }),
  catalog({
    id: 'catalog.has-description',
    title: 'Has a description',
    description: 'Whether the catalog entry says what the entity is.',
    unit: 'boolean',
    definition:
      '1 when `metadata.description` holds at least one character other than white space, otherwise 0.',
  }),
  catalog({
    id: 'catalog.has-techdocs',
    title: 'Has documentation',
    description: 'Whether the entity has a TechDocs site.',
    unit: 'boolean',
    definition:
      '1 when the entity has the `backstage.io/techdocs-ref` annotation, otherwise 0.',
  }),
  catalog({
    id: 'catalog.techdocs-builds',
    title: 'Documentation builds',
    description: 'Whether the TechDocs site has been built and published.',
    unit: 'boolean',
    definition:
      "1 when TechDocs storage holds the entity's published site (its `index.html`), otherwise 0; 0 as well without a TechDocs site. Read from the local publisher's directory (`techdocs.publisher.local.publishDirectory`); with another publisher the value is missing. With the local builder a site is built the first time someone opens it, so a site nobody has opened yet counts as not built.",
  }),
  catalog({
    id: 'catalog.lifecycle-production',
    title: 'In production',
    description: 'Whether a package is declared ready for production use.',
    unit: 'boolean',
    definition:
      '1 when a Component has `spec.lifecycle: production`, otherwise 0. Missing for entities that are not Components.',
  }),
  catalog({
    id: 'catalog.active-maintainers',
    title: 'Active maintainers',
    description: 'People in the owning team who are still active.',
    unit: 'count',
    definition: `The members of the owning Group (its \`hasMember\` relations, and Users whose \`memberOf\` names it) that are not marked inactive with the annotation \`${INACTIVE_ANNOTATION}: 'true'\`. When the owner is a User: 1 unless that person is marked inactive. Missing when the entity has no owner or the owner is not in the catalog.`,
  }),
];
