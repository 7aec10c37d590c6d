import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';

/** One person's registration for one event. */
export interface Registration {
  eventRef: string;
  userRef: string;
  status: 'registered' | 'waitlisted';
  seat?: number;
  registeredAt: string;
  /** 1-based; only for waitlisted registrations. */
  waitlistPosition?: number;
}

/** Seats taken and the waitlist of an event. */
export interface RegistrationCounts {
  registered: number;
  waitlisted: number;
}

type RegistrationRow = {
  id: number;
  event_ref: string;
  user_ref: string;
  status: 'registered' | 'waitlisted';
  seat: number | null;
  capacity: number | null;
  registered_at: string;
};

// A seat taken by a concurrent request is retried with the next free one.
const MAX_SEAT_ATTEMPTS = 50;

function isUniqueViolation(error: unknown): boolean {
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

function toRegistration(row: RegistrationRow): Registration {
  return {
    eventRef: row.event_ref,
    userRef: row.user_ref,
    status: row.status,
    seat: row.seat ?? undefined,
    registeredAt: row.registered_at,
  };
}

/**
 * Registrations, seats and waitlists. The database keeps the promises:
 * one registration per person and event, one person per seat, and no seat
 * number beyond the event's capacity; concurrent requests that race for the
 * same seat are retried with the next one.
 */
export class RegistrationStore {
  constructor(private readonly knex: Knex) {}

  async get(
    eventRef: string,
    userRef: string,
  ): Promise<Registration | undefined> {
    const row: RegistrationRow | undefined = await this.knex(
      'calendar_registrations',
    )
      .where({ event_ref: eventRef, user_ref: userRef })
      .first();
    if (!row) return undefined;
    const registration = toRegistration(row);
    if (row.status === 'waitlisted') {
      const ahead = await this.knex('calendar_registrations')
        .where({ event_ref: eventRef, status: 'waitlisted' })
        .andWhere('id', '<', row.id)
        .count({ count: '*' });
      registration.waitlistPosition = Number(ahead[0].count) + 1;
    }
    return registration;
  }

  async counts(eventRef: string): Promise<RegistrationCounts> {
    const rows: { status: string; count: string | number }[] = await this.knex(
      'calendar_registrations',
    )
      .where({ event_ref: eventRef })
      .groupBy('status')
      .select('status')
      .count({ count: '*' });
    const byStatus = new Map(rows.map(row => [row.status, Number(row.count)]));
    return {
      registered: byStatus.get('registered') ?? 0,
      waitlisted: byStatus.get('waitlisted') ?? 0,
    };
  }

  /**
   * Registers a person: the lowest free seat when the event has a capacity
   * and a seat is free, the end of the waitlist when it is full, a
   * registration without a seat when the event has no limit.
   *
   * @throws ConflictError when the person is already registered or waitlisted.
   */
  async register(options: {
    eventRef: string;
    userRef: string;
    capacity?: number;
    now: Date;
  }): Promise<Registration> {
    const { eventRef, userRef, capacity, now } = options;
    for (let attempt = 0; attempt < MAX_SEAT_ATTEMPTS; attempt++) {
      try {
        await this.knex.transaction(async tx => {
          const row: Omit<RegistrationRow, 'id'> = {
            event_ref: eventRef,
            user_ref: userRef,
            status: 'registered',
            seat: null,
            capacity: capacity ?? null,
            registered_at: now.toISOString(),
          };
          if (capacity !== undefined) {
            const seat = await this.lowestFreeSeat(tx, eventRef, capacity);
            if (seat === undefined) {
              row.status = 'waitlisted';
            } else {
              row.seat = seat;
            }
          }
          await tx('calendar_registrations').insert(row);
        });
        return (await this.get(eventRef, userRef))!;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (await this.get(eventRef, userRef)) {
          throw new ConflictError(
            `${userRef} is already registered for ${eventRef}`,
          );
        }
        // Someone else took the seat first; try the next free one.
      }
    }
    throw new ConflictError(
      `Too many people registered for ${eventRef} at once; try again`,
    );
  }

  /**
   * Cancels a person's registration. A freed seat goes to the first person
   * on the waitlist, who is returned.
   *
   * @returns whether there was a registration, and who was promoted.
   */
  async cancel(
    eventRef: string,
    userRef: string,
    capacity: number | undefined,
  ): Promise<{ cancelled: boolean; promoted?: string }> {
    return this.knex.transaction(async tx => {
      const row: RegistrationRow | undefined = await tx(
        'calendar_registrations',
      )
        .where({ event_ref: eventRef, user_ref: userRef })
        .first();
      if (!row) return { cancelled: false };
      await tx('calendar_registrations').where({ id: row.id }).delete();
      if (row.seat === null || capacity === undefined)
        return { cancelled: true };
      const promoted = await this.promoteNext(tx, eventRef, row.seat, capacity);
      return { cancelled: true, promoted };
    });
  }

  /**
   * Gives free seats to waitlisted people in order, for example after the
   * event's capacity was raised. Returns who was promoted.
   */
  async fillFreeSeats(eventRef: string, capacity: number): Promise<string[]> {
    return this.knex.transaction(async tx => {
      const promoted: string[] = [];
      for (;;) {
        const seat = await this.lowestFreeSeat(tx, eventRef, capacity);
        if (seat === undefined) return promoted;
        const userRef = await this.promoteNext(tx, eventRef, seat, capacity);
        if (!userRef) return promoted;
        promoted.push(userRef);
      }
    });
  }

  /** Everyone registered or waitlisted, in registration order. */
  async list(eventRef: string): Promise<Registration[]> {
    const rows: RegistrationRow[] = await this.knex('calendar_registrations')
      .where({ event_ref: eventRef })
      .orderBy('id');
    let position = 0;
    return rows.map(row => {
      const registration = toRegistration(row);
      if (row.status === 'waitlisted')
        registration.waitlistPosition = ++position;
      return registration;
    });
  }

  /** A person's registrations, waitlist positions included. */
  async listForUser(userRef: string): Promise<Registration[]> {
    const rows: RegistrationRow[] = await this.knex('calendar_registrations')
      .where({ user_ref: userRef })
      .orderBy('id');
    return Promise.all(
      rows.map(async row =>
        row.status === 'waitlisted'
          ? (await this.get(row.event_ref, userRef))!
          : toRegistration(row),
      ),
    );
  }

  /** The events with anyone on their waitlist. */
  async eventsWithWaitlist(): Promise<string[]> {
    const rows: { event_ref: string }[] = await this.knex(
      'calendar_registrations',
    )
      .where({ status: 'waitlisted' })
      .distinct('event_ref');
    return rows.map(row => row.event_ref);
  }

  /** The events anyone is registered for (not waitlisted). */
  async eventsWithRegistrations(): Promise<string[]> {
    const rows: { event_ref: string }[] = await this.knex(
      'calendar_registrations',
    )
      .where({ status: 'registered' })
      .distinct('event_ref');
    return rows.map(row => row.event_ref);
  }

  /** The people holding a registration (not waitlisted) for an event. */
  async registeredUsers(eventRef: string): Promise<string[]> {
    const rows: { user_ref: string }[] = await this.knex(
      'calendar_registrations',
    )
      .where({ event_ref: eventRef, status: 'registered' })
      .orderBy('id')
      .select('user_ref');
    return rows.map(row => row.user_ref);
  }

  private async lowestFreeSeat(
    tx: Knex.Transaction,
    eventRef: string,
    capacity: number,
  ): Promise<number | undefined> {
    const rows: { seat: number }[] = await tx('calendar_registrations')
      .where({ event_ref: eventRef })
      .whereNotNull('seat')
      .select('seat');
    const taken = new Set(rows.map(row => Number(row.seat)));
    for (let seat = 1; seat <= capacity; seat++) {
      if (!taken.has(seat)) return seat;
    }
    return undefined;
  }

  private async promoteNext(
    tx: Knex.Transaction,
    eventRef: string,
    seat: number,
    capacity: number,
  ): Promise<string | undefined> {
    if (seat > capacity) return undefined;
    for (;;) {
      const next: RegistrationRow | undefined = await tx(
        'calendar_registrations',
      )
        .where({ event_ref: eventRef, status: 'waitlisted' })
        .orderBy('id')
        .first();
      if (!next) return undefined;
      // A concurrent cancellation may have promoted this person already.
      const updated = await tx('calendar_registrations')
        .where({ id: next.id, status: 'waitlisted' })
        .update({ status: 'registered', seat, capacity });
      if (updated === 1) return next.user_ref;
    }
  }
}
