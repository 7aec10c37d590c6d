import { useMemo } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { MetricDefinition } from '@community-hub/plugin-community-health-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { communityHealthApiRef } from '../../api/communityHealthApiRef';

/** An entity's scorecard, exemptions and history over `days`; `retry` reloads it. */
export function useEntityHealth(entityRef: string, days: number) {
  const api = useApi(communityHealthApiRef);
  return useAsyncRetry(
    () => api.getEntityHealth(entityRef, { days }),
    [api, entityRef, days],
  );
}

/** The published metric definitions by id (for units and descriptions); empty until loaded. */
export function useMetricDefinitions(): Map<string, MetricDefinition> {
  const api = useApi(communityHealthApiRef);
  const definitions = useAsync(
    async () => (await api.listMetricDefinitions()).items,
    [api],
  );
  return useMemo(
    () =>
      new Map(
        (definitions.value ?? []).map(definition => [
          definition.id,
          definition,
        ]),
      ),
    [definitions.value],
  );
}
