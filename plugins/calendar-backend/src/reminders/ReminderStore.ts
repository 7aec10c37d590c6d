import { Knex } from 'knex';

function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as {
    code?: string;
    message?: string;
  };
  return (
    code === '23505' || // PostgreSQL unique_violation
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed/.test(message ?? '')
  );
}

/**
 * The reminders already sent. Claiming a reminder inserts its row; the
 * primary key lets exactly one of several racing replicas win, so each
 * reminder goes out once.
 */
export class ReminderStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Claims one reminder of one occurrence for sending.
   *
   * @param occurrenceStart - the occurrence's start as an ISO instant (UTC)
   * @param reminder - the reminder's offset as an ISO duration, e.g. `P1D`
   * @returns true for the caller that should send it, false when it was claimed already.
   */
  async claim(
    eventRef: string,
    occurrenceStart: string,
    reminder: string,
    now: Date,
  ): Promise<boolean> {
    try {
      await this.knex('calendar_reminders_sent').insert({
        event_ref: eventRef,
        occurrence_start: occurrenceStart,
        reminder,
        sent_at: now.toISOString(),
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Forgets reminders of occurrences that started before the given time; returns how many. */
  async prune(before: Date): Promise<number> {
    return this.knex('calendar_reminders_sent')
      .where('occurrence_start', '<', before.toISOString())
      .delete();
  }
}
