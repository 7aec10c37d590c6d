/**
 * A published metric definition. A changed formula gets a new version;
 * stored values name the version that produced them.
 *
 * @public
 */
export interface MetricDefinition {
  /** `<source>.<name>`, for example `contributions.elephant-factor`. */
  id: string;
  version: string;
  title: string;
  description: string;
  unit: 'count' | 'hours' | 'share' | 'per-month' | 'boolean';
  /** The provider that computes it: `catalog`, `support`, `calendar`, `contributions`, ... */
  source: string;
  /** The written definition: what is counted, over which window, with which exclusions. */
  definition: string;
  /** A published definition it follows (CHAOSS), as a URL. */
  reference?: string;
}

/**
 * One metric value for one entity. `null` means the metric does not apply or
 * its data is missing (a package without a repository); checks on it then fail
 * unless exempted, and say why.
 *
 * @public
 */
export interface MetricValue {
  metricId: string;
  version: string;
  value: number | null;
  /** Why the value is null, or a short note on where it came from. */
  note?: string;
}

/** @public */
export type CheckOperator = '>=' | '>' | '<=' | '<' | '==';

/** A threshold on a metric, with a weight and advice. @public */
export interface CheckDefinition {
  id: string;
  title: string;
  metricId: string;
  operator: CheckOperator;
  threshold: number;
  /** Relative weight in the 0-100 score; positive. */
  weight: number;
  /** What to do to pass it, in Markdown. */
  howToImprove: string;
}

/**
 * A level: a set of checks. Levels are ordered from lowest to highest and are
 * cumulative: an entity reaches a level when it passes (or is exempt from)
 * every check of that level and of every lower level.
 *
 * @public
 */
export interface LevelDefinition {
  id: string;
  title: string;
  checks: string[];
}

/** The kinds of things scorecards apply to. @public */
export type ScorecardTarget = 'package' | 'partner' | 'group' | 'community';

/**
 * A scorecard, kept as code under `community/health/` and reviewed like code.
 *
 * @public
 */
export interface Scorecard {
  id: string;
  title: string;
  /** Bumped on every change; snapshots name the version they were scored with. */
  version: string;
  target: ScorecardTarget;
  checks: CheckDefinition[];
  levels: LevelDefinition[];
}

/** @public */
export type CheckStatus = 'pass' | 'fail' | 'exempt' | 'missing';

/** A check's outcome for one entity. @public */
export interface CheckResult {
  checkId: string;
  status: CheckStatus;
  /** The metric value used (null when missing). */
  value: number | null;
}

/** An entity's scored result. @public */
export interface EntityScore {
  entityRef: string;
  target: ScorecardTarget;
  scorecardId: string;
  scorecardVersion: string;
  /** 0-100, rounded to one decimal. */
  score: number;
  /** The highest level reached, or `null` below the lowest. */
  level: string | null;
  checks: CheckResult[];
  metrics: MetricValue[];
  /** For roll-ups (groups, partners, the community): what was rolled up. */
  rollUp?: { entityCount: number; levelCounts: Record<string, number> };
  computedAt: string;
}

/** A check an entity is exempt from, with why and until when. @public */
export interface Exemption {
  id: number;
  entityRef: string;
  checkId: string;
  justification: string;
  /** ISO date (inclusive); an expired exemption no longer applies. */
  expiresOn: string;
  createdByRef: string;
  createdAt: string;
  /** Set when withdrawn; withdrawn exemptions stay listed for the audit. */
  revokedAt?: string;
  revokedByRef?: string;
}

/** One point of an entity's history (a daily snapshot). @public */
export interface HistoryPoint {
  /** ISO date (UTC day). */
  date: string;
  score: number;
  level: string | null;
  scorecardVersion: string;
}

/** A full computation's progress. @public */
export interface ComputationRun {
  id: number;
  status: 'running' | 'succeeded' | 'failed';
  trigger: 'schedule' | 'manual';
  total: number;
  done: number;
  startedAt: string;
  finishedAt?: string;
  error?: string;
}

/** `GET /dashboard` @public */
export interface HealthDashboard {
  community: EntityScore | null;
  history: HistoryPoint[];
  levelDistribution: Record<string, number>;
  /** Largest score changes over `moversWindowDays`. */
  movers: Array<{
    entityRef: string;
    target: ScorecardTarget;
    from: number;
    to: number;
  }>;
  worst: Array<{
    entityRef: string;
    target: ScorecardTarget;
    score: number;
    level: string | null;
  }>;
  latestRun?: ComputationRun;
}

/** Filters of the dashboard and of `GET /scores`. @public */
export interface ScoreFilter {
  target?: ScorecardTarget;
  /** Owner group ref. */
  owner?: string;
  /** Partner ref: the packages it sponsors or maintains. */
  partner?: string;
}
