import type { QuestionPatch } from './SupportStore';

/** Tags without blanks and repeats, in the order given. */
export function uniqueTags(tags: string[]): string[] {
  return [...new Set(tags.map(tag => tag.trim()).filter(Boolean))];
}

const COLUMNS: Record<keyof QuestionPatch, string> = {
  title: 'title',
  body: 'body',
  tags: 'tags',
  status: 'status',
  closeReason: 'close_reason',
  duplicateOfId: 'duplicate_of_id',
  assigneeRef: 'assignee_ref',
  priority: 'priority',
  visibility: 'visibility',
  queueId: 'queue_id',
  teamRef: 'team_ref',
  firstResponseDueAt: 'first_response_due_at',
  resolutionDueAt: 'resolution_due_at',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
  firstResponseBreachedAt: 'first_response_breached_at',
  resolutionBreachedAt: 'resolution_breached_at',
  escalatedAt: 'escalated_at',
  updatedAt: 'updated_at',
};

/**
 * The column values of a patch: keys left `undefined` are not touched,
 * `null` clears a column, dates become epoch milliseconds and tags JSON.
 */
export function patchColumns(patch: QuestionPatch): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = COLUMNS[key as keyof QuestionPatch];
    if (!column) throw new Error(`Unknown question field ${key}`);
    if (key === 'tags') {
      columns[column] = JSON.stringify(uniqueTags(value as string[]));
    } else if (value instanceof Date) {
      columns[column] = value.getTime();
    } else {
      columns[column] = value;
    }
  }
  return columns;
}
