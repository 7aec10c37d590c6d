import {
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  parseEntityRef,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  loadCommunityEntities,
  readTemplate,
  TemplateName,
  templateDirs,
} from './__testUtils__/dryRunTemplate';

const audiences: Record<TemplateName, string> = {
  'new-package': 'maintainers',
  'new-event': 'event-organisers',
  'new-content-item': 'event-organisers',
  'new-partner': 'community-managers',
  'new-learning-path': 'educators',
};

// The catalog's own entity policies, as it applies them to every entity it reads
const catalogPolicy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

const names = Object.keys(templateDirs) as TemplateName[];
const community = loadCommunityEntities();
const known = new Set(community.map(e => stringifyEntityRef(e)));

describe('the community templates', () => {
  it('are all registered through community/catalog.yaml', () => {
    const registered = community
      .filter(e => e.kind === 'Template')
      .map(e => e.metadata.name);
    expect(registered.sort()).toEqual([...names].sort());
  });

  it.each(names)('%s passes the catalog entity policies', async name => {
    const { template } = readTemplate(name);
    await expect(
      catalogPolicy.enforce(template as Entity),
    ).resolves.toBeDefined();
    expect(template).toMatchObject({
      apiVersion: 'scaffolder.backstage.io/v1beta3',
      kind: 'Template',
      metadata: { name },
    });
  });

  it.each(names)(
    '%s is labelled with its audience and owned by a group that exists',
    name => {
      const { template } = readTemplate(name);
      expect(template.metadata.labels['communityhub.dev/audience']).toBe(
        audiences[name],
      );
      expect(
        known.has(stringifyEntityRef(parseEntityRef(template.spec.owner))),
      ).toBe(true);
      expect(template.spec.owner).toMatch(/^group:default\//);
    },
  );

  it.each(names)(
    '%s: every parameter has a title, pickers filter by kind, and default entities exist',
    name => {
      const { template } = readTemplate(name);
      const properties = (
        template.spec.parameters as Array<{ title: string; properties: object }>
      ).flatMap(page =>
        Object.entries<any>(page.properties).map(([key, property]) => ({
          page: page.title,
          key,
          property,
        })),
      );
      const pickers = properties.filter(({ property }) =>
        ['EntityPicker', 'OwnerPicker', 'MultiEntityPicker'].includes(
          property['ui:field'],
        ),
      );
      const defaults = properties
        .map(({ property }) => property.default)
        .filter(
          (value): value is string =>
            typeof value === 'string' && value.includes(':default/'),
        );

      expect(
        properties.filter(({ page, property }) => !page || !property.title),
      ).toEqual([]);
      expect(pickers.length).toBeGreaterThan(0);
      expect(
        pickers.filter(
          ({ property }) =>
            !property['ui:options']?.catalogFilter?.kind ||
            !property.description,
        ),
      ).toEqual([]);
      expect(defaults.filter(ref => !known.has(ref))).toEqual([]);
    },
  );
});
