import type {
  ComputationRun,
  EntityScore,
  Exemption,
  HistoryPoint,
  ScoreFilter,
  ScoreRow,
  ScorecardTarget,
} from '@community-hub/plugin-community-health-common';

/** A score to keep, with what the filters need. */
export interface ScoreRecord {
  score: EntityScore;
  /** The owner group (or user) ref of the entity, for the `owner` filter. */
  ownerRef?: string;
  /** Partners that sponsor or maintain the entity, for the `partner` filter. */
  partnerRefs?: string[];
  /** A partner's own score and level, before its packages are rolled in. */
  own?: { score: number; level: string | null };
}

/** A kept score, as {@link HealthStore.getScores} returns it. */
export interface StoredScore extends ScoreRecord {
  partnerRefs: string[];
}

/** What a roll-up needs of a member. */
export interface MemberScore {
  entityRef: string;
  target: ScorecardTarget;
  score: number;
  level: string | null;
}

/** Which latest scores a roll-up takes in; the conditions combine with AND. */
export interface MemberSelector {
  targets: ScorecardTarget[];
  /** Entities owned by this group (or user). */
  ownerRef?: string;
  /** Entities this partner sponsors or maintains. */
  partnerRef?: string;
  entityRefs?: string[];
}

/** `GET /scores` in store terms. */
export interface ScoreListQuery extends ScoreFilter {
  sort: 'score' | 'name';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** A change of score between the first point of a window and now. */
export interface Mover {
  entityRef: string;
  target: ScorecardTarget;
  from: number;
  to: number;
}

/** The retention policy of snapshots, as of a UTC day. */
export interface RetentionPolicy {
  /** ISO date (UTC) the ages are counted from. */
  today: string;
  /** Every daily point younger than this many days is kept. */
  dailyDays: number;
  /** Up to this age, one point per ISO week is kept (the latest); older, one per month. */
  weeklyDays: number;
}

/** A new exemption. */
export interface NewExemption {
  entityRef: string;
  checkId: string;
  justification: string;
  expiresOn: string;
}

/** One line of the exemption audit log. */
export interface AuditEntry {
  id: number;
  exemptionId: number;
  entityRef: string;
  action: 'created' | 'revoked';
  actorRef: string;
  at: string;
  details: Record<string, unknown>;
}

/**
 * Everything community health keeps: latest scores, daily snapshots,
 * exemptions with their audit log, and computation runs. All SQL lives in
 * the implementation ({@link KnexHealthStore}).
 */
export interface HealthStore {
  /**
   * Keeps scores as the latest of their entities and as the snapshot of the
   * UTC day of their `computedAt` (replacing one already kept for that day).
   */
  saveScores(records: ScoreRecord[]): Promise<void>;
  /** The latest scores of the given entities (refs compared case-insensitively). */
  getScores(entityRefs: string[]): Promise<StoredScore[]>;
  /** A page of latest scores. */
  listScores(
    query: ScoreListQuery,
  ): Promise<{ items: ScoreRow[]; totalCount: number }>;
  /** The latest scores a roll-up takes in: by target, and optionally by owner, partner or refs. */
  memberScores(selector: MemberSelector): Promise<MemberScore[]>;
  /** How many entities are at each level (`none` below the lowest). */
  levelDistribution(filter: ScoreFilter): Promise<Record<string, number>>;
  /** The lowest latest scores. */
  worstScores(filter: ScoreFilter, limit: number): Promise<MemberScore[]>;
  /** The largest changes between the first snapshot on or after `since` and the latest score. */
  movers(filter: ScoreFilter, since: string, limit: number): Promise<Mover[]>;
  /** An entity's snapshots from `since` (ISO date), oldest first. */
  history(entityRef: string, since: string): Promise<HistoryPoint[]>;
  /** Forgets latest scores computed before an instant (entities gone from the catalog). */
  deleteScoresComputedBefore(instant: string): Promise<number>;
  /** Thins snapshots by the policy; returns how many were removed. */
  pruneSnapshots(policy: RetentionPolicy): Promise<number>;

  addExemption(
    exemption: NewExemption,
    actorRef: string,
    now: Date,
  ): Promise<Exemption>;
  /** @throws NotFoundError, or ConflictError when it was already withdrawn. */
  revokeExemption(id: number, actorRef: string, now: Date): Promise<Exemption>;
  getExemption(id: number): Promise<Exemption | undefined>;
  /**
   * Exemptions, newest first. Without `includeInactive`, only those neither
   * withdrawn nor expired on `today` (an ISO date; `expiresOn` is inclusive).
   */
  listExemptions(query: {
    entityRef?: string;
    includeInactive?: boolean;
    today: string;
  }): Promise<Exemption[]>;
  /** The audit log, oldest first. */
  listAudit(query?: { entityRef?: string }): Promise<AuditEntry[]>;

  /**
   * Marks runs failed that stopped reporting progress: claimed runs not
   * updated since `claimedBefore`, requested runs no task picked up since
   * `unclaimedBefore`.
   */
  failAbandonedRuns(cutoffs: {
    claimedBefore: string;
    unclaimedBefore: string;
    now: Date;
  }): Promise<void>;
  /** Records a manual run for a task to pick up. @throws ConflictError when a run is in progress. */
  requestRun(now: Date): Promise<ComputationRun>;
  /**
   * Starts a run for the computation task: the requested run if one waits,
   * otherwise a new scheduled one. `undefined` when another run is in progress.
   */
  startRun(now: Date): Promise<ComputationRun | undefined>;
  /** Claims a requested run that no task has picked up yet, if there is one. */
  claimRequestedRun(now: Date): Promise<ComputationRun | undefined>;
  updateRunProgress(
    id: number,
    progress: { total?: number; done: number },
    now: Date,
  ): Promise<void>;
  finishRun(id: number, outcome: { error?: string }, now: Date): Promise<void>;
  latestRun(): Promise<ComputationRun | undefined>;
}
