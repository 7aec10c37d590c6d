/**
 * One commit of a repository's default branch, with what the contribution
 * metrics need.
 */
export interface GitCommitRecord {
  oid: string;
  authorName: string;
  authorEmail: string;
  /** The author date (when the change was written), in ms since the epoch. */
  authoredAt: number;
}

/** One tag of a repository. */
export interface GitTagRecord {
  /** The tag's short name, for example `v1.4.0`. */
  name: string;
  /**
   * The annotated tag's date; for a lightweight tag, the committer date of the
   * tagged commit. In ms since the epoch.
   */
  taggedAt: number;
}

/**
 * A repository's history as a plain structure: every commit reachable from
 * the default branch (each once) and every tag. The metrics are computed over
 * it without git.
 */
export interface GitHistory {
  /** The commit the default branch pointed at when read; `null` when it has no commits. */
  head: string | null;
  commits: GitCommitRecord[];
  tags: GitTagRecord[];
}
