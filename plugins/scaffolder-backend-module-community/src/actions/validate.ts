import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import semver from 'semver';
import { checkRefs } from '../lib/checkRefs';
import { checkTimes } from '../lib/checkTimes';
import {
  ENTITY_NAME_RULE,
  isValidEntityName,
  isValidNamespace,
} from '../lib/entityNames';
import { Problem, throwIfProblems } from '../lib/problems';

/**
 * `community:validate`: checks a template's input before anything is
 * created, and reports every problem at once under the form parameter it
 * belongs to.
 */
export function createValidateAction(options: { catalog: CatalogService }) {
  const { catalog } = options;
  return createTemplateAction({
    id: 'community:validate',
    description:
      'Checks the form before anything is created: the name follows the catalog rules and is free, dates are real and end after start, the time zone is an IANA zone, the version is semver, and every referenced entity exists. Fails with one error naming each offending parameter.',
    supportsDryRun: true,
    schema: {
      input: {
        kind: z =>
          z
            .enum(['Component', 'Event', 'Partner'])
            .describe('The kind of entity the template creates'),
        name: z =>
          z
            .string()
            .describe(
              'The new entity name (form parameter `name`); must be free in the catalog',
            ),
        namespace: z =>
          z
            .string()
            .optional()
            .describe('The namespace of the new entity; default `default`'),
        fields: z =>
          z
            .object({
              start: z
                .string()
                .nullish()
                .describe(
                  'Form parameter `start`: YYYY-MM-DDTHH:mm in timeZone, or YYYY-MM-DD when allDay',
                ),
              end: z
                .string()
                .nullish()
                .describe('Form parameter `end`: like start, and after it'),
              timeZone: z
                .string()
                .nullish()
                .describe(
                  'Form parameter `timeZone`: an IANA zone such as Europe/Berlin',
                ),
              allDay: z
                .boolean()
                .nullish()
                .describe(
                  'Whether start and end are dates; end may then equal start',
                ),
              publishDate: z
                .string()
                .nullish()
                .describe(
                  'Form parameter `publishDate` of a content item: a real date',
                ),
              version: z
                .string()
                .nullish()
                .describe(
                  'Form parameter `version`: a semantic version such as 0.1.0',
                ),
            })
            .optional()
            .describe(
              'Form values to check; blank or missing values are skipped',
            ),
        refs: z =>
          z
            .record(
              z.union([
                z.string(),
                z.null(),
                z.array(z.union([z.string(), z.null()])),
              ]),
            )
            .optional()
            .describe(
              'Entity refs by form parameter, e.g. { owner: [group:default/core-maintainers], speakers: [...] }; each must be kind:namespace/name and exist in the catalog. Blank values are skipped.',
            ),
      },
      output: {
        entityRef: z =>
          z
            .string()
            .describe(
              'The ref the new entity will have, e.g. component:default/kestrel-foo',
            ),
      },
    },
    async handler(ctx) {
      const { kind, name, fields = {}, refs = {} } = ctx.input;
      const namespace = ctx.input.namespace || 'default';
      const problems: Problem[] = [];

      const nameValid = isValidEntityName(name);
      if (!nameValid) {
        problems.push({
          parameter: 'name',
          message: `'${name}' is not a valid name: ${ENTITY_NAME_RULE}`,
        });
      }
      const namespaceValid = isValidNamespace(namespace);
      if (!namespaceValid) {
        problems.push({
          parameter: 'namespace',
          message: `'${namespace}' is not a valid namespace: use lowercase letters, digits and dashes`,
        });
      }
      const entityRef = stringifyEntityRef({ kind, namespace, name });

      checkTimes(fields, problems);

      const version = fields.version;
      if (typeof version === 'string' && version.trim() !== '') {
        if (semver.valid(version) !== version) {
          problems.push({
            parameter: 'version',
            message: `'${version}' is not a semantic version (for example 0.1.0 or 1.2.0-beta.1)`,
          });
        }
      }

      await checkRefs({
        ownRef:
          nameValid && namespaceValid
            ? { parameter: 'name', ref: entityRef }
            : undefined,
        refs,
        catalog,
        credentials: await ctx.getInitiatorCredentials(),
        problems,
      });

      throwIfProblems(problems);
      ctx.logger.info(`The form is valid for ${entityRef}`);
      ctx.output('entityRef', entityRef);
    },
  });
}
