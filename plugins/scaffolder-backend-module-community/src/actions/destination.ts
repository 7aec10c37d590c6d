import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { CreatedContentSettings } from '../config';

/**
 * `community:destination`: tells a template where created things go, so that
 * it can branch with `if: ${{ steps.destination.output.mode === 'portal' }}`.
 */
export function createDestinationAction(options: {
  settings: CreatedContentSettings;
}) {
  const { publish, repoUrl } = options.settings;
  return createTemplateAction({
    id: 'community:destination',
    description:
      "Where created things go, from communityHub.createdContent: 'portal' keeps them in the portal, 'pull-request' proposes them to the community repository.",
    supportsDryRun: true,
    schema: {
      input: {},
      output: {
        mode: z =>
          z
            .enum(['portal', 'pull-request'])
            .describe(
              "'portal': keep the entity in the portal (community:git:commit, community:entity:create); 'pull-request': open a pull request against repoUrl",
            ),
        repoUrl: z =>
          z
            .string()
            .optional()
            .describe(
              "The repository for pull requests (publish:github:pull-request repoUrl form, e.g. github.com?owner=kestrel&repo=community); set in 'pull-request' mode",
            ),
      },
    },
    async handler(ctx) {
      ctx.output('mode', publish);
      if (publish === 'pull-request' && repoUrl) {
        ctx.output('repoUrl', repoUrl);
      }
    },
  });
}
