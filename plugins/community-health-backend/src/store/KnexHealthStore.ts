import { DatabaseService } from '@backstage/backend-plugin-api';
import type {
  ComputationRun,
  Exemption,
  HistoryPoint,
  ScoreFilter,
  ScoreRow,
} from '@community-hub/plugin-community-health-common';
import { Knex } from 'knex';
import { migrateDatabase } from '../database/migrateDatabase';
import * as exemptions from './exemptionQueries';
import type {
  AuditEntry,
  HealthStore,
  MemberScore,
  MemberSelector,
  Mover,
  NewExemption,
  RetentionPolicy,
  ScoreListQuery,
  ScoreRecord,
  StoredScore,
} from './HealthStore';
import * as runs from './runQueries';
import * as scores from './scoreQueries';
import * as snapshots from './snapshotQueries';

/**
 * The community health store on a knex database (SQLite or PostgreSQL).
 * Build it with {@link KnexHealthStore.create}, which runs the migrations,
 * or with the constructor on an already migrated client.
 */
export class KnexHealthStore implements HealthStore {
  /** Runs the migrations (unless the database service skips them) and returns the store. */
  static async create(options: {
    database: DatabaseService;
  }): Promise<KnexHealthStore> {
    return new KnexHealthStore(await migrateDatabase(options.database));
  }

  constructor(private readonly knex: Knex) {}

  saveScores(records: ScoreRecord[]): Promise<void> {
    return scores.saveScores(this.knex, records);
  }

  getScores(entityRefs: string[]): Promise<StoredScore[]> {
    return scores.getScores(this.knex, entityRefs);
  }

  listScores(
    query: ScoreListQuery,
  ): Promise<{ items: ScoreRow[]; totalCount: number }> {
    return scores.listScores(this.knex, query);
  }

  memberScores(selector: MemberSelector): Promise<MemberScore[]> {
    return scores.memberScores(this.knex, selector);
  }

  levelDistribution(filter: ScoreFilter): Promise<Record<string, number>> {
    return scores.levelDistribution(this.knex, filter);
  }

  worstScores(filter: ScoreFilter, limit: number): Promise<MemberScore[]> {
    return scores.worstScores(this.knex, filter, limit);
  }

  movers(filter: ScoreFilter, since: string, limit: number): Promise<Mover[]> {
    return snapshots.movers(this.knex, filter, since, limit);
  }

  history(entityRef: string, since: string): Promise<HistoryPoint[]> {
    return snapshots.history(this.knex, entityRef, since);
  }

  deleteScoresComputedBefore(instant: string): Promise<number> {
    return scores.deleteScoresComputedBefore(this.knex, instant);
  }

  pruneSnapshots(policy: RetentionPolicy): Promise<number> {
    return snapshots.pruneSnapshots(this.knex, policy);
  }

  addExemption(
    exemption: NewExemption,
    actorRef: string,
    now: Date,
  ): Promise<Exemption> {
    return exemptions.addExemption(this.knex, exemption, actorRef, now);
  }

  revokeExemption(id: number, actorRef: string, now: Date): Promise<Exemption> {
    return exemptions.revokeExemption(this.knex, id, actorRef, now);
  }

  getExemption(id: number): Promise<Exemption | undefined> {
    return exemptions.getExemption(this.knex, id);
  }

  listExemptions(query: {
    entityRef?: string;
    includeInactive?: boolean;
    today: string;
  }): Promise<Exemption[]> {
    return exemptions.listExemptions(this.knex, query);
  }

  listAudit(query?: { entityRef?: string }): Promise<AuditEntry[]> {
    return exemptions.listAudit(this.knex, query);
  }

  failAbandonedRuns(cutoffs: {
    claimedBefore: string;
    unclaimedBefore: string;
    now: Date;
  }): Promise<void> {
    return runs.failAbandonedRuns(this.knex, cutoffs);
  }

  requestRun(now: Date): Promise<ComputationRun> {
    return runs.requestRun(this.knex, now);
  }

  startRun(now: Date): Promise<ComputationRun | undefined> {
    return runs.startRun(this.knex, now);
  }

  updateRunProgress(
    id: number,
    progress: { total?: number; done: number },
    now: Date,
  ): Promise<void> {
    return runs.updateRunProgress(this.knex, id, progress, now);
  }

  finishRun(id: number, outcome: { error?: string }, now: Date): Promise<void> {
    return runs.finishRun(this.knex, id, outcome, now);
  }

  claimRequestedRun(now: Date): Promise<ComputationRun | undefined> {
    return runs.claimRequestedRun(this.knex, now);
  }

  latestRun(): Promise<ComputationRun | undefined> {
    return runs.latestRun(this.knex);
  }
}
