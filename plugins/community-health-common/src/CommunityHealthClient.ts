import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  CommunityHealthApi,
  EntityHealth,
  ScoreRow,
} from './CommunityHealthApi';
import type {
  ComputationRun,
  EntityScore,
  Exemption,
  HealthDashboard,
  MetricDefinition,
  Scorecard,
  ScoreFilter,
} from './types';

/** @public */
export interface CommunityHealthClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi?: { fetch: typeof fetch };
}

function entityPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/entities/${[kind, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** Builds `?a=1&b=2` from the defined values, or an empty string. */
function queryString(
  values: Record<string, string | number | boolean | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

function filterQuery(filter: ScoreFilter = {}) {
  return {
    target: filter.target,
    owner: filter.owner,
    partner: filter.partner,
  };
}

/**
 * A {@link CommunityHealthApi} over HTTP, for the browser and for other
 * backends. Throws a `ResponseError` (from `@backstage/errors`) on any
 * response that is not 2xx.
 *
 * @public
 */
export class CommunityHealthClient implements CommunityHealthApi {
  private readonly discoveryApi: CommunityHealthClientOptions['discoveryApi'];
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: CommunityHealthClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: globalThis.fetch };
  }

  listScorecards(): Promise<{ items: Scorecard[] }> {
    return this.json('/scorecards');
  }

  listMetricDefinitions(): Promise<{ items: MetricDefinition[] }> {
    return this.json('/metrics/definitions');
  }

  getDashboard(
    options: ScoreFilter & { days?: number } = {},
  ): Promise<HealthDashboard> {
    return this.json(
      `/dashboard${queryString({
        days: options.days,
        ...filterQuery(options),
      })}`,
    );
  }

  listScores(
    options: ScoreFilter & {
      sort?: 'score' | 'name';
      order?: 'asc' | 'desc';
      limit?: number;
      offset?: number;
    } = {},
  ): Promise<{ items: ScoreRow[]; totalCount: number }> {
    const query = queryString({
      ...filterQuery(options),
      sort: options.sort,
      order: options.order,
      limit: options.limit,
      offset: options.offset,
    });
    return this.json(`/scores${query}`);
  }

  async getEntityHealth(
    entityRef: string,
    options: { days?: number } = {},
  ): Promise<EntityHealth> {
    return this.json(
      `${entityPath(entityRef)}${queryString({ days: options.days })}`,
    );
  }

  async recompute(entityRef: string): Promise<EntityScore> {
    return this.json(`${entityPath(entityRef)}/recompute`, { method: 'POST' });
  }

  async addExemption(
    entityRef: string,
    exemption: { checkId: string; justification: string; expiresOn: string },
  ): Promise<Exemption> {
    return this.json(`${entityPath(entityRef)}/exemptions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(exemption),
    });
  }

  revokeExemption(id: number): Promise<Exemption> {
    return this.json(`/exemptions/${encodeURIComponent(String(id))}`, {
      method: 'DELETE',
    });
  }

  listExemptions(
    options: { entityRef?: string; includeInactive?: boolean } = {},
  ): Promise<{ items: Exemption[] }> {
    return this.json(
      `/exemptions${queryString({
        entityRef: options.entityRef,
        includeInactive: options.includeInactive,
      })}`,
    );
  }

  startRun(): Promise<ComputationRun> {
    return this.json('/runs', { method: 'POST' });
  }

  getLatestRun(): Promise<ComputationRun> {
    return this.json('/runs/latest');
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('community-health');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
