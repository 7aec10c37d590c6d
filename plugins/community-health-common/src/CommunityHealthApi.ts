import type {
  ComputationRun,
  EntityScore,
  Exemption,
  HealthDashboard,
  HistoryPoint,
  MetricDefinition,
  Scorecard,
  ScoreFilter,
  ScorecardTarget,
} from './types';

/** An entity's scorecard page. @public */
export interface EntityHealth {
  score: EntityScore | null;
  scorecard: Scorecard | null;
  exemptions: Exemption[];
  history: HistoryPoint[];
  can: { exempt: boolean; recompute: boolean };
}

/** A row of `GET /scores`. @public */
export interface ScoreRow {
  entityRef: string;
  target: ScorecardTarget;
  score: number;
  level: string | null;
  computedAt: string;
}

/**
 * The community health HTTP API (`/api/community-health`). Entities are
 * named by ref (`component:default/kestrel-flow`); the route paths use
 * `/entities/:kind/:namespace/:name`.
 *
 * @public
 */
export interface CommunityHealthApi {
  /** `GET /scorecards` */
  listScorecards(): Promise<{ items: Scorecard[] }>;
  /** `GET /metrics/definitions` */
  listMetricDefinitions(): Promise<{ items: MetricDefinition[] }>;
  /** `GET /dashboard?days=&target=&owner=&partner=` */
  getDashboard(
    options?: ScoreFilter & { days?: number },
  ): Promise<HealthDashboard>;
  /** `GET /scores?target=&owner=&partner=&sort=score|name&order=asc|desc&limit=&offset=` */
  listScores(
    options?: ScoreFilter & {
      sort?: 'score' | 'name';
      order?: 'asc' | 'desc';
      limit?: number;
      offset?: number;
    },
  ): Promise<{ items: ScoreRow[]; totalCount: number }>;
  /** `GET /entities/:kind/:namespace/:name?days=` */
  getEntityHealth(
    entityRef: string,
    options?: { days?: number },
  ): Promise<EntityHealth>;
  /** `POST /entities/:kind/:namespace/:name/recompute` */
  recompute(entityRef: string): Promise<EntityScore>;
  /** `POST /entities/:kind/:namespace/:name/exemptions` (201) */
  addExemption(
    entityRef: string,
    exemption: { checkId: string; justification: string; expiresOn: string },
  ): Promise<Exemption>;
  /** `DELETE /exemptions/:id` (withdraws; stays listed) */
  revokeExemption(id: number): Promise<Exemption>;
  /** `GET /exemptions?entityRef=&includeInactive=` */
  listExemptions(options?: {
    entityRef?: string;
    includeInactive?: boolean;
  }): Promise<{ items: Exemption[] }>;
  /** `POST /runs` (202): starts a full computation */
  startRun(): Promise<ComputationRun>;
  /** `GET /runs/latest` (404 when none) */
  getLatestRun(): Promise<ComputationRun>;
}
