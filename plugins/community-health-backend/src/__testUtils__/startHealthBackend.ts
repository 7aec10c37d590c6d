import {
  BackstageCredentials,
  BackstageUserPrincipal,
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  Permission,
  PermissionCondition,
  PermissionCriteria,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  communityHealthMetricsExtensionPoint,
  MetricProvider,
} from '@community-hub/plugin-community-health-node';
import { CommunityPermissionPolicy } from '@community-hub/plugin-permission-backend-module-community-policy';
import { Knex } from 'knex';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { refOf } from '../catalog/entityFacts';
import { COMPUTATION_TASK_ID } from '../computation/computationRuns';
import { communityHealthPlugin } from '../plugin';
import { ScorecardSet } from '../scorecards/ScorecardSet';

/** A running community health backend for route tests. */
export interface HealthTestBackend {
  backend: TestBackend;
  server: TestBackend['server'];
  /** Runs the scheduled full computation now, and waits for it. */
  runComputation(): Promise<void>;
  stop(): Promise<void>;
}

type Criteria = PermissionCriteria<PermissionCondition>;

/** Applies the catalog's ownership rule to the test entities, as the catalog would. */
function applies(criteria: Criteria, entity: Entity | undefined): boolean {
  if (!entity) return false;
  if ('allOf' in criteria) return criteria.allOf.every(c => applies(c, entity));
  if ('anyOf' in criteria) return criteria.anyOf.some(c => applies(c, entity));
  if ('not' in criteria) return !applies(criteria.not, entity);
  if (criteria.rule !== 'IS_ENTITY_OWNER') {
    throw new Error(`The test catalog cannot apply ${criteria.rule}`);
  }
  const claims = ((criteria.params as { claims: string[] }).claims ?? []).map(
    c => c.toLocaleLowerCase('en-US'),
  );
  return (entity.relations ?? []).some(
    r =>
      r.type === 'ownedBy' &&
      claims.includes(r.targetRef.toLocaleLowerCase('en-US')),
  );
}

/**
 * Starts the community health plugin with the community's real permission
 * policy asked in-process (conditional decisions on catalog entities are
 * applied to the test entities, as the catalog would), an in-memory catalog,
 * the given scorecards written to a file, extra metric providers added
 * through the extension point, and a database the test holds.
 */
export async function startHealthBackend(options: {
  knex: Knex;
  entities: Entity[];
  scorecards: ScorecardSet;
  providers: MetricProvider[];
  groupsByUser: Record<string, string[]>;
  /** More of `communityHealth` (for example `repositories`). */
  config?: Record<string, unknown>;
}): Promise<HealthTestBackend> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'health-backend-'));
  const scorecardsFile = path.join(dir, 'scorecards.yaml');
  // JSON is YAML
  fs.writeFileSync(
    scorecardsFile,
    JSON.stringify({ scorecards: options.scorecards.all }),
  );

  const userInfo = mockServices.userInfo.mock({
    async getUserInfo(credentials: BackstageCredentials) {
      const { userEntityRef } = credentials.principal as BackstageUserPrincipal;
      const groups = options.groupsByUser[userEntityRef] ?? [];
      return { userEntityRef, ownershipEntityRefs: [userEntityRef, ...groups] };
    },
  });
  const policy = CommunityPermissionPolicy.fromConfig(new ConfigReader({}), {
    userInfo,
  });
  const byRef = new Map(options.entities.map(e => [refOf(e), e]));
  const decide = async (
    permission: Permission,
    credentials: BackstageCredentials,
    resourceRef?: string,
  ): Promise<PolicyDecision> => {
    if ((credentials.principal as { type: string }).type !== 'user') {
      return { result: AuthorizeResult.DENY };
    }
    const user = credentials as BackstageCredentials<BackstageUserPrincipal>;
    const decision = await policy.handle(
      { permission },
      { credentials: user, info: await userInfo.getUserInfo(user) },
    );
    if (decision.result !== AuthorizeResult.CONDITIONAL) return decision;
    if (decision.resourceType !== 'catalog-entity' || !resourceRef) {
      throw new Error(`Unexpected conditional decision for ${permission.name}`);
    }
    return {
      result: applies(
        decision.conditions,
        byRef.get(resourceRef.toLocaleLowerCase('en-US')),
      )
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    };
  };
  const permissions = mockServices.permissions.mock({
    authorize: async (requests, requestOptions) =>
      Promise.all(
        requests.map(request =>
          decide(
            request.permission,
            (requestOptions as { credentials: BackstageCredentials })
              .credentials,
            (request as { resourceRef?: string }).resourceRef,
          ),
        ),
      ) as any,
  });

  const scheduler = mockServices.scheduler();
  const testMetrics = createBackendModule({
    pluginId: 'community-health',
    moduleId: 'test-metrics',
    register(reg) {
      reg.registerInit({
        deps: { metrics: communityHealthMetricsExtensionPoint },
        async init({ metrics }) {
          metrics.addMetricProvider(...options.providers);
        },
      });
    },
  });

  const backend = await startTestBackend({
    features: [
      communityHealthPlugin,
      testMetrics,
      permissions.factory,
      userInfo.factory,
      catalogServiceMock.factory({ entities: options.entities }),
      mockServices.database.factory({ knex: options.knex }),
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({
        data: {
          communityHealth: {
            scorecards: scorecardsFile,
            retention: { dailyDays: 90, weeklyDays: 730 },
            ...options.config,
          },
        },
      }),
    ],
  });
  return {
    backend,
    server: backend.server,
    runComputation: () => scheduler.triggerTask(COMPUTATION_TASK_ID),
    async stop() {
      await backend.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The Authorization header of a signed-in person. */
export function signedInAs(userRef: string): { Authorization: string } {
  return { Authorization: mockCredentials.user.header(userRef) };
}
