import { GitHistory } from './GitHistory';
import {
  readGitHistory,
  readRepositoryState,
  RepositoryState,
} from './readGitHistory';

/** Parsed histories by repository, read again only when the repository changed. */
export interface GitHistoryCache {
  /**
   * The history of the repository in `dir`. Resolves HEAD and the tags first
   * (refs only) and reuses the parsed history while they point where they did;
   * concurrent calls for one repository share one read.
   */
  read(dir: string): Promise<GitHistory>;
}

/** Creates an empty {@link GitHistoryCache}. */
export function createGitHistoryCache(): GitHistoryCache {
  const entries = new Map<string, { key: string; history: GitHistory }>();
  const pending = new Map<string, Promise<GitHistory>>();

  async function load(dir: string): Promise<GitHistory> {
    const state = await readRepositoryState(dir);
    const key = stateKey(state);
    const cached = entries.get(dir);
    if (cached?.key === key) {
      return cached.history;
    }
    const history = await readGitHistory(dir, state);
    entries.set(dir, { key, history });
    return history;
  }

  return {
    read(dir) {
      const running = pending.get(dir);
      if (running) {
        return running;
      }
      const reading = load(dir).finally(() => pending.delete(dir));
      pending.set(dir, reading);
      return reading;
    },
  };
}

function stateKey(state: RepositoryState): string {
  const tags = state.tags.map(tag => `${tag.name}=${tag.oid}`).join(',');
  return `${state.head ?? '-'}|${tags}`;
}
