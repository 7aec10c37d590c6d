import type {
  ComputationRun,
  Exemption,
  ScorecardTarget,
} from '@community-hub/plugin-community-health-common';
import { Knex } from 'knex';
import { decodeChecks, decodeMetrics } from './compactJson';
import type { AuditEntry, StoredScore } from './HealthStore';

export const TABLES = {
  refs: 'community_health_refs',
  scores: 'community_health_scores',
  scorePartners: 'community_health_score_partners',
  snapshots: 'community_health_snapshots',
  exemptions: 'community_health_exemptions',
  audit: 'community_health_audit',
  runs: 'community_health_runs',
} as const;

/** A knex client or a transaction. */
export type Db = Knex | Knex.Transaction;

export type ScoreRow = {
  entity_ref: string;
  entity_id: number;
  target: ScorecardTarget;
  scorecard_id: string;
  scorecard_version: string;
  score: number | string;
  level: string | null;
  own_score: number | string | null;
  own_level: string | null;
  owner_ref: string | null;
  computed_at: string;
  checks: string;
  metrics: string;
  roll_up: string | null;
};

export type ExemptionRow = {
  id: number;
  entity_ref: string;
  check_id: string;
  justification: string;
  expires_on: string;
  created_by_ref: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by_ref: string | null;
};

export type AuditRow = {
  id: number;
  exemption_id: number;
  entity_ref: string;
  action: 'created' | 'revoked';
  actor_ref: string;
  at: string;
  details: string;
};

export type RunRow = {
  id: number;
  status: ComputationRun['status'];
  trigger: ComputationRun['trigger'];
  total: number;
  done: number;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
  error: string | null;
  claimed: boolean | number;
  running_slot: number | null;
};

/** Refs are kept lower-cased, so that lookups do not depend on how a ref was spelled. */
export function normaliseRef(entityRef: string): string {
  return entityRef.toLocaleLowerCase('en-US');
}

/** PostgreSQL returns some numbers as strings; scores are kept to one decimal. */
export function toScore(value: number | string): number {
  return Math.round(Number(value) * 10) / 10;
}

export function toStoredScore(
  row: ScoreRow,
  partnerRefs: string[],
): StoredScore {
  return {
    score: {
      entityRef: row.entity_ref,
      target: row.target,
      scorecardId: row.scorecard_id,
      scorecardVersion: row.scorecard_version,
      score: toScore(row.score),
      level: row.level,
      checks: decodeChecks(row.checks),
      metrics: decodeMetrics(row.metrics),
      ...(row.roll_up ? { rollUp: JSON.parse(row.roll_up) } : {}),
      computedAt: row.computed_at,
    },
    ownerRef: row.owner_ref ?? undefined,
    partnerRefs,
    ...(row.own_score === null
      ? {}
      : { own: { score: toScore(row.own_score), level: row.own_level } }),
  };
}

export function toExemption(row: ExemptionRow): Exemption {
  return {
    id: Number(row.id),
    entityRef: row.entity_ref,
    checkId: row.check_id,
    justification: row.justification,
    expiresOn: row.expires_on,
    createdByRef: row.created_by_ref,
    createdAt: row.created_at,
    ...(row.revoked_at
      ? { revokedAt: row.revoked_at, revokedByRef: row.revoked_by_ref! }
      : {}),
  };
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    exemptionId: Number(row.exemption_id),
    entityRef: row.entity_ref,
    action: row.action,
    actorRef: row.actor_ref,
    at: row.at,
    details: JSON.parse(row.details),
  };
}

export function toRun(row: RunRow): ComputationRun {
  return {
    id: Number(row.id),
    status: row.status,
    trigger: row.trigger,
    total: Number(row.total),
    done: Number(row.done),
    startedAt: row.started_at,
    ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
    ...(row.error ? { error: row.error } : {}),
  };
}

export function isPostgres(knex: Db): boolean {
  const client = String(knex.client.config.client);
  return client === 'pg' || client.startsWith('postgres');
}

export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as {
    code?: string;
    message?: string;
  };
  return (
    code === '23505' || // PostgreSQL unique_violation
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    /UNIQUE constraint failed/.test(message ?? '')
  );
}

/** The id of an inserted row, as PostgreSQL (`returning`) and SQLite report it. */
export function insertedId(result: unknown[]): number {
  const first = result[0] as number | { id: number };
  return Number(typeof first === 'object' ? first.id : first);
}

/** Splits a list so that no statement binds more parameters than the engines allow. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
