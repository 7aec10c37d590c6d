import {
  communityHealthExemptionManagePermission,
  communityHealthRecomputePermission,
  EntityHealth,
  HealthDashboard,
} from '@community-hub/plugin-community-health-common';
import express from 'express';
import Router from 'express-promise-router';
import { recomputeEntity } from '../computation/recomputeEntity';
import { COMMUNITY_REF } from '../computation/targets';
import {
  dashboardQuery,
  entityQuery,
  entityRefFromPath,
  parseOrThrow,
  scoresQuery,
} from './requestSchemas';
import { RouteContext } from './RouteContext';

/** How many movers and worst entities the dashboard lists. */
export const DASHBOARD_LIST_SIZE = 10;

/** Scorecards, metric definitions, the dashboard, score lists and one entity's health. */
export function scoreRoutes(ctx: RouteContext): express.Router {
  const { store, scorecards, authorizer, computation } = ctx.options;
  const router = Router();

  router.get('/scorecards', async (req, res) => {
    await ctx.reader(req);
    res.json({ items: scorecards.all });
  });

  router.get('/metrics/definitions', async (req, res) => {
    await ctx.reader(req);
    res.json({ items: ctx.options.definitions() });
  });

  router.get('/dashboard', async (req, res) => {
    await ctx.reader(req);
    const { days, ...filter } = parseOrThrow(
      dashboardQuery,
      req.query,
      'query',
    );
    const since = ctx.since(days);
    const [[community], history, levelDistribution, movers, worst, latestRun] =
      await Promise.all([
        store.getScores([COMMUNITY_REF]),
        store.history(COMMUNITY_REF, since),
        store.levelDistribution(filter),
        store.movers(filter, since, DASHBOARD_LIST_SIZE),
        store.worstScores(filter, DASHBOARD_LIST_SIZE),
        ctx.options.runs.latest(ctx.now()),
      ]);
    const dashboard: HealthDashboard = {
      community: community?.score ?? null,
      history,
      levelDistribution,
      movers,
      worst,
      ...(latestRun ? { latestRun } : {}),
    };
    res.json(dashboard);
  });

  router.get('/scores', async (req, res) => {
    await ctx.reader(req);
    const query = parseOrThrow(scoresQuery, req.query, 'query');
    res.json(await store.listScores(query));
  });

  router.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const credentials = await ctx.reader(req);
    const entityRef = entityRefFromPath(req.params);
    const { days } = parseOrThrow(entityQuery, req.query, 'query');
    const target = await ctx.targetOfRef(entityRef);
    const [[stored], exemptions, history, [exempt, recompute]] =
      await Promise.all([
        store.getScores([entityRef]),
        store.listExemptions({
          entityRef,
          includeInactive: true,
          today: ctx.today(),
        }),
        store.history(entityRef, ctx.since(days)),
        authorizer.allowedOnEntity(
          credentials,
          [
            communityHealthExemptionManagePermission,
            communityHealthRecomputePermission,
          ],
          entityRef,
        ),
      ]);
    const health: EntityHealth = {
      score: stored?.score ?? null,
      scorecard: ctx.scorecardOf(target) ?? null,
      exemptions,
      history,
      can: { exempt, recompute },
    };
    res.json(health);
  });

  router.post(
    '/entities/:kind/:namespace/:name/recompute',
    async (req, res) => {
      const credentials = await ctx.user(req);
      const entityRef = entityRefFromPath(req.params);
      await authorizer.authorizeOnEntity(
        credentials,
        communityHealthRecomputePermission,
        entityRef,
        `Only the owners of ${entityRef} and community managers may recompute it`,
      );
      res.json(await recomputeEntity(computation, entityRef, ctx.now()));
    },
  );

  return router;
}
