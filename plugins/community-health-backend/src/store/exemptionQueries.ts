import { ConflictError, NotFoundError } from '@backstage/errors';
import type { Exemption } from '@community-hub/plugin-community-health-common';
import { Knex } from 'knex';
import type { AuditEntry, NewExemption } from './HealthStore';
import {
  AuditRow,
  Db,
  ExemptionRow,
  insertedId,
  normaliseRef,
  TABLES,
  toAuditEntry,
  toExemption,
} from './rows';

async function audit(
  tx: Db,
  exemption: Exemption,
  action: AuditEntry['action'],
  actorRef: string,
  at: string,
  details: Record<string, unknown>,
): Promise<void> {
  await tx(TABLES.audit).insert({
    exemption_id: exemption.id,
    entity_ref: exemption.entityRef,
    action,
    actor_ref: actorRef,
    at,
    details: JSON.stringify(details),
  });
}

async function readExemption(tx: Db, id: number): Promise<ExemptionRow> {
  const row: ExemptionRow | undefined = await tx(TABLES.exemptions)
    .where({ id })
    .first();
  if (!row) throw new NotFoundError(`No exemption ${id}`);
  return row;
}

/** Adds an exemption and its audit line together. */
export async function addExemption(
  knex: Knex,
  exemption: NewExemption,
  actorRef: string,
  now: Date,
): Promise<Exemption> {
  const at = now.toISOString();
  return knex.transaction(async tx => {
    const id = insertedId(
      await tx(TABLES.exemptions)
        .insert({
          entity_ref: normaliseRef(exemption.entityRef),
          check_id: exemption.checkId,
          justification: exemption.justification,
          expires_on: exemption.expiresOn,
          created_by_ref: actorRef,
          created_at: at,
        })
        .returning('id'),
    );
    const created = toExemption(await readExemption(tx, id));
    await audit(tx, created, 'created', actorRef, at, {
      checkId: created.checkId,
      justification: created.justification,
      expiresOn: created.expiresOn,
    });
    return created;
  });
}

/** Withdraws an exemption (it stays listed) and audits it. */
export async function revokeExemption(
  knex: Knex,
  id: number,
  actorRef: string,
  now: Date,
): Promise<Exemption> {
  const at = now.toISOString();
  return knex.transaction(async tx => {
    const updated = await tx(TABLES.exemptions)
      .where({ id })
      .whereNull('revoked_at')
      .update({ revoked_at: at, revoked_by_ref: actorRef });
    const row = await readExemption(tx, id);
    if (updated === 0) {
      throw new ConflictError(
        `Exemption ${id} was already withdrawn on ${row.revoked_at}`,
      );
    }
    const revoked = toExemption(row);
    await audit(tx, revoked, 'revoked', actorRef, at, {
      checkId: revoked.checkId,
    });
    return revoked;
  });
}

export async function getExemption(
  knex: Knex,
  id: number,
): Promise<Exemption | undefined> {
  const row: ExemptionRow | undefined = await knex(TABLES.exemptions)
    .where({ id })
    .first();
  return row && toExemption(row);
}

export async function listExemptions(
  knex: Knex,
  query: { entityRef?: string; includeInactive?: boolean; today: string },
): Promise<Exemption[]> {
  const select = knex(TABLES.exemptions).orderBy([
    { column: 'created_at', order: 'desc' },
    { column: 'id', order: 'desc' },
  ]);
  if (query.entityRef) {
    select.where('entity_ref', normaliseRef(query.entityRef));
  }
  if (!query.includeInactive) {
    select.whereNull('revoked_at').where('expires_on', '>=', query.today);
  }
  return ((await select) as ExemptionRow[]).map(toExemption);
}

export async function listAudit(
  knex: Knex,
  query: { entityRef?: string } = {},
): Promise<AuditEntry[]> {
  const select = knex(TABLES.audit).orderBy('id');
  if (query.entityRef) {
    select.where('entity_ref', normaliseRef(query.entityRef));
  }
  return ((await select) as AuditRow[]).map(toAuditEntry);
}
