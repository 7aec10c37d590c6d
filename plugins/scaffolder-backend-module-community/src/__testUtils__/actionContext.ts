import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';

/** The person who runs the templates in these tests. */
export const AMARA = 'user:default/amara.okafor';

/**
 * A mock action context run by `user`, optionally as a dry-run, whose
 * outputs can be read back as an object.
 */
export function actionContext<TInput extends Record<string, any>>(options: {
  input: TInput;
  workspacePath: string;
  isDryRun?: boolean;
  credentials?: BackstageCredentials;
}) {
  const credentials = options.credentials ?? mockCredentials.user(AMARA);
  const ctx = {
    ...createMockActionContext<TInput>({
      input: options.input,
      workspacePath: options.workspacePath,
      user: { ref: AMARA },
    }),
    isDryRun: options.isDryRun ?? false,
    getInitiatorCredentials: async () => credentials,
  };
  const outputs = (): Record<string, unknown> =>
    Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls as Array<[string, unknown]>,
    );
  return { ctx, outputs };
}
