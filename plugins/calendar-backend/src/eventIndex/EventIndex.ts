import { EventIndexStore } from './EventIndexStore';
import { EventSnapshot } from './EventSnapshot';

/** How often a replica asks the database whether the index changed. */
const DEFAULT_CHECK_INTERVAL_MS = 2_000;

/**
 * The index as this replica serves it: an in-memory snapshot of the
 * database's copy, replaced when the stored generation moves on. Any replica
 * may write the database (the sync task runs on one of them); every replica
 * notices within the check interval.
 */
export class EventIndex {
  private snapshot: EventSnapshot | undefined;
  private loading: Promise<EventSnapshot> | undefined;
  private checkedAt = 0;

  constructor(
    private readonly store: EventIndexStore,
    private readonly options: {
      checkIntervalMs?: number;
      now?: () => number;
    } = {},
  ) {}

  /** The current snapshot; reloads it when the stored generation changed. */
  async current(): Promise<EventSnapshot> {
    const now = (this.options.now ?? Date.now)();
    const interval = this.options.checkIntervalMs ?? DEFAULT_CHECK_INTERVAL_MS;
    if (this.snapshot && now - this.checkedAt < interval) {
      return this.snapshot;
    }
    if (!this.loading) {
      this.loading = this.refresh(now).finally(() => {
        this.loading = undefined;
      });
    }
    return this.loading;
  }

  /** Forgets the freshness check, so the next read looks at the database. */
  invalidate(): void {
    this.checkedAt = 0;
  }

  private async refresh(now: number): Promise<EventSnapshot> {
    const generation = await this.store.generation();
    if (!this.snapshot || this.snapshot.generation !== generation) {
      const loaded = await this.store.loadAll();
      this.snapshot = new EventSnapshot(loaded.generation, loaded.events);
    }
    this.checkedAt = now;
    return this.snapshot;
  }
}
