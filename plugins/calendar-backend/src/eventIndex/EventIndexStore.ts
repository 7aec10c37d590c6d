import { EventEntity } from '@community-hub/catalog-common';
import { Knex } from 'knex';

/** One indexed Event entity as stored. */
export interface StoredEvent {
  entityRef: string;
  contentHash: string;
  sequence: number;
  entity: EventEntity;
}

/** What a sync changed. */
export interface IndexChanges {
  added: number;
  changed: number;
  removed: number;
}

type EventRow = {
  entity_ref: string;
  content_hash: string;
  sequence: number;
  entity: string;
  updated_at: string;
};

// Keeps statements below SQLite's limit of bound variables.
const BATCH = 200;

/** The calendar's copy of Event entities, with their SEQUENCE and a generation counter. */
export class EventIndexStore {
  constructor(private readonly knex: Knex) {}

  async generation(): Promise<number> {
    const row = await this.knex('calendar_index_state')
      .where({ id: 1 })
      .first('generation');
    return Number(row?.generation ?? 0);
  }

  async loadAll(): Promise<{ generation: number; events: StoredEvent[] }> {
    return this.knex.transaction(async tx => {
      const state = await tx('calendar_index_state')
        .where({ id: 1 })
        .first('generation');
      const rows: EventRow[] = await tx('calendar_events').select();
      return {
        generation: Number(state?.generation ?? 0),
        events: rows.map(row => ({
          entityRef: row.entity_ref,
          contentHash: row.content_hash,
          sequence: Number(row.sequence),
          entity: JSON.parse(row.entity),
        })),
      };
    });
  }

  /**
   * Makes the stored set equal to `events`: new refs are added with SEQUENCE
   * 0, refs whose content hash changed get their SEQUENCE raised, refs that
   * are gone are removed. The generation rises when anything changed.
   */
  async replaceAll(
    events: { entityRef: string; contentHash: string; entity: EventEntity }[],
    now: Date,
  ): Promise<IndexChanges> {
    return this.knex.transaction(async tx => {
      const existing = new Map<string, { hash: string; sequence: number }>();
      const rows: Pick<EventRow, 'entity_ref' | 'content_hash' | 'sequence'>[] =
        await tx('calendar_events').select(
          'entity_ref',
          'content_hash',
          'sequence',
        );
      for (const row of rows) {
        existing.set(row.entity_ref, {
          hash: row.content_hash,
          sequence: Number(row.sequence),
        });
      }

      const updatedAt = now.toISOString();
      const inserts: EventRow[] = [];
      let changed = 0;
      for (const event of events) {
        const before = existing.get(event.entityRef);
        existing.delete(event.entityRef);
        if (!before) {
          inserts.push({
            entity_ref: event.entityRef,
            content_hash: event.contentHash,
            sequence: 0,
            entity: JSON.stringify(event.entity),
            updated_at: updatedAt,
          });
        } else if (before.hash !== event.contentHash) {
          changed += 1;
          await tx('calendar_events')
            .where({ entity_ref: event.entityRef })
            .update({
              content_hash: event.contentHash,
              sequence: before.sequence + 1,
              entity: JSON.stringify(event.entity),
              updated_at: updatedAt,
            });
        }
      }
      for (let i = 0; i < inserts.length; i += BATCH) {
        await tx('calendar_events').insert(inserts.slice(i, i + BATCH));
      }
      const removed = [...existing.keys()];
      for (let i = 0; i < removed.length; i += BATCH) {
        await tx('calendar_events')
          .whereIn('entity_ref', removed.slice(i, i + BATCH))
          .delete();
      }

      const changes = {
        added: inserts.length,
        changed,
        removed: removed.length,
      };
      if (changes.added + changes.changed + changes.removed > 0) {
        await tx('calendar_index_state')
          .where({ id: 1 })
          .increment('generation', 1);
      }
      return changes;
    });
  }
}
