import {
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  communityHealthReadPermission,
  MetricDefinition,
  Scorecard,
  ScorecardTarget,
} from '@community-hub/plugin-community-health-common';
import express from 'express';
import { CatalogReader } from '../catalog/CatalogReader';
import { ComputationRuns } from '../computation/computationRuns';
import type { ComputationDeps } from '../computation/runFullComputation';
import { COMMUNITY_REF, targetOf } from '../computation/targets';
import { HealthAuthorizer } from '../permissions/HealthAuthorizer';
import { ScorecardSet } from '../scorecards/ScorecardSet';
import type { HealthStore } from '../store/HealthStore';

/** Everything the routes need. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  authorizer: HealthAuthorizer;
  logger: LoggerService;
  store: HealthStore;
  scorecards: ScorecardSet;
  /** The definitions of every provider's metrics. */
  definitions: () => MetricDefinition[];
  catalog: CatalogReader;
  /** For one-entity recomputation and rescoring after exemption changes. */
  computation: ComputationDeps;
  runs: ComputationRuns;
  now?: () => Date;
}

/** Shared helpers of the route files. */
export class RouteContext {
  readonly now: () => Date;

  constructor(readonly options: RouterOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** The signed-in user's credentials (401 without). */
  user(
    req: express.Request,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    return this.options.httpAuth.credentials(req, { allow: ['user'] });
  }

  /** The signed-in user's credentials, once they may read scores. */
  async reader(
    req: express.Request,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    const credentials = await this.user(req);
    await this.options.authorizer.authorize(
      credentials,
      communityHealthReadPermission,
      'You may not read community health',
    );
    return credentials;
  }

  today(): string {
    return this.now().toISOString().slice(0, 10);
  }

  /** The ISO date `days` days before now. */
  since(days: number): string {
    return new Date(this.now().getTime() - days * 86_400_000)
      .toISOString()
      .slice(0, 10);
  }

  /**
   * The scorecard target of an entity: from its kept score, or from the
   * catalog when it has not been scored yet.
   *
   * @throws NotFoundError when neither knows it.
   */
  async targetOfRef(entityRef: string): Promise<ScorecardTarget | undefined> {
    if (entityRef === COMMUNITY_REF) return 'community';
    const [stored] = await this.options.store.getScores([entityRef]);
    if (stored) return stored.score.target;
    const entity = await this.options.catalog.getEntity(entityRef);
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    return targetOf(entity);
  }

  scorecardOf(target: ScorecardTarget | undefined): Scorecard | undefined {
    return target ? this.options.scorecards.forTarget(target) : undefined;
  }
}
