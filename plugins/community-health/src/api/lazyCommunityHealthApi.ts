import type { CommunityHealthApi } from '@community-hub/plugin-community-health-common';

/**
 * A {@link CommunityHealthApi} that loads its implementation on first use,
 * so the client (and the scoring code shipped with it) stays out of the
 * app's initial JavaScript.
 */
export function lazyCommunityHealthApi(
  load: () => Promise<CommunityHealthApi>,
): CommunityHealthApi {
  let client: Promise<CommunityHealthApi> | undefined;
  const api = () => {
    client ??= load();
    return client;
  };
  return {
    listScorecards: async () => (await api()).listScorecards(),
    listMetricDefinitions: async () => (await api()).listMetricDefinitions(),
    getDashboard: async options => (await api()).getDashboard(options),
    listScores: async options => (await api()).listScores(options),
    getEntityHealth: async (entityRef, options) =>
      (await api()).getEntityHealth(entityRef, options),
    recompute: async entityRef => (await api()).recompute(entityRef),
    addExemption: async (entityRef, exemption) =>
      (await api()).addExemption(entityRef, exemption),
    revokeExemption: async id => (await api()).revokeExemption(id),
    listExemptions: async options => (await api()).listExemptions(options),
    startRun: async () => (await api()).startRun(),
    getLatestRun: async () => (await api()).getLatestRun(),
  };
}
